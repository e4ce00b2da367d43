import type { FunctionHelp } from './shape';

// Excel's German error values (#NV for #N/A) and function names (MITTELWERT), and decimal commas in examples.
export const de: FunctionHelp = {
  ROI: {
    description: 'Kapitalrendite (ROI): (Nutzen − Kosten) / Kosten.',
    params: { benefit: 'Gesamtnutzen (Geldbetrag)', cost: 'Gesamtkosten (Geldbetrag); nicht 0' },
  },
  PAYBACK: {
    description: 'Amortisationsdauer in (anteiligen) Perioden, bis der kumulierte (diskontierte) Nutzen die Anfangsinvestition deckt; #NV, wenn er sie nie deckt.',
    params: {
      cost: 'Anfangsinvestition zu Beginn (Geldbetrag)',
      benefits: 'Netto-Nutzen jeder Periode, der Reihe nach (eine Zeile oder Spalte)',
      rate_per_period: 'Kalkulationszinssatz für eine Periode, nicht für ein Jahr: Monatswerte brauchen einen Monatszins, (1 + Jahreszins)^(1/12) − 1; leer = 0 (statische Amortisationsdauer)',
    },
  },
  BCR: {
    description: 'Nutzen-Kosten-Verhältnis: Nutzen / Kosten.',
    params: { benefit: 'Gesamtnutzen (als Barwert)', cost: 'Gesamtkosten (als Barwert); nicht 0' },
  },
  CLV: {
    description: 'Kundenlebenszeitwert: Marge × Bindungsrate / (1 + discount_rate − Bindungsrate).',
    params: {
      margin: 'Marge je Kunde und Periode (Geldbetrag)',
      retention: 'Anteil der Kunden, die je Periode bleiben, 0 bis 1',
      discount_rate: 'Kalkulationszinssatz je Periode',
    },
  },
  UPLIFT: {
    description: 'Veränderung des Monatsdurchschnitts nach dem Go-live: MITTELWERT(after) − MITTELWERT(before).',
    params: {
      before: 'Monatswerte vor dem Go-live (eine Zeile oder Spalte; leere Zellen werden übersprungen)',
      after: 'Monatswerte nach dem Go-live (eine Zeile oder Spalte; leere Zellen werden übersprungen)',
    },
  },
  PERIODROI: {
    description: 'ROI einer Periode (Quartal, Jahr): Nutzen der Periode minus ihre Kosten, geteilt durch die Gesamtkosten des Systems.',
    params: {
      benefits: 'In der Periode realisierter Nutzen (Geldbetrag)',
      costs: 'Kosten der Periode, z. B. Lizenzen und Support (Geldbetrag)',
      system_cost: 'Gesamtkosten des Systems (Geldbetrag); nicht 0',
    },
  },
  IMPLIEDPAYBACK: {
    description: 'Amortisationsdauer in Perioden, die ein Perioden-ROI nahelegt: 1 / period_roi, als brächte jede Periode gleich viel; #NV, wenn der ROI 0 oder kleiner ist.',
    params: { period_roi: 'ROI einer Periode, z. B. aus PERIODROI (30 % im Jahr = 0,3)' },
  },
  REALISEDPAYBACK: {
    description: 'Amortisationsdauer aus tatsächlichen Netto-Zahlungsströmen: (anteilige) Perioden, bis ihre kumulierte (diskontierte) Summe dauerhaft ≥ 0 ist; #NV, wenn sie es nie ist.',
    params: {
      net_flows: 'Netto-Zahlungsstrom jeder Periode, der Reihe nach (eine Zeile oder Spalte); der erste gehört zur Anfangsperiode und wird nicht diskontiert: eine Anfangsinvestition ist negativ',
      rate_per_period: 'Kalkulationszinssatz für eine Periode, nicht für ein Jahr (Monatswerte brauchen einen Monatszins); leer = 0 (statische Amortisationsdauer)',
    },
  },
  SUMMARY: {
    description: 'Die wichtigsten Kennzahlen monatlicher Kosten- und Nutzenströme (jeweils zum Monatsende) als beschriftete Tabelle mit 2 Spalten.',
    params: {
      costs: 'Kosten jedes Monats, der Reihe nach (eine Zeile oder Spalte)',
      benefits: 'Nutzen jedes Monats, der Reihe nach; die kürzere Reihe wird mit 0 aufgefüllt',
      annual_rate: 'Kalkulationszinssatz pro Jahr, z. B. 0,1 für 10 %; monatlich angewandt als (1 + annual_rate)^(1/12) − 1; leer = 0',
      initial_cost: 'Kosten in der Anfangsperiode (Monat 0: heute, nie diskontiert), z. B. die Anfangsinvestition; leer = 0',
      initial_benefit: 'Nutzen in der Anfangsperiode (Monat 0); leer = 0',
    },
  },
};
