import type { portfolioEn } from './en';

// The Portfolio sheet (src/portfolio) and its errors. A key ending in .one/.few/.many/.other is one plural form.
export const portfolioDe: { readonly [K in keyof typeof portfolioEn]: string } = {
  'portfolio.title.one': 'Portfolio aus {count} CRM-ROI-Business-Case',
  'portfolio.title.few': 'Portfolio aus {count} CRM-ROI-Business-Cases',
  'portfolio.title.many': 'Portfolio aus {count} CRM-ROI-Business-Cases',
  'portfolio.title.other': 'Portfolio aus {count} CRM-ROI-Business-Cases',
  'portfolio.subtitle': 'Beträge in {currency}. Jede Zahl ist eine Formel über die benannten Zellen der Fallblätter: Ändern Sie ein Fallblatt, folgt dieses Blatt. Führen Sie Portfolio erneut aus, nachdem Sie ein Fallblatt hinzugefügt, umbenannt oder entfernt oder ein Startdatum oder einen Betrachtungszeitraum geändert haben.',
  'portfolio.section.cases': 'Business Cases',
  'portfolio.col.CASE_NAME': 'Business Case',
  'portfolio.col.START_DATE': 'Start',
  'portfolio.col.HORIZON': 'Zeitraum (Monate)',
  'portfolio.col.TOTAL_COSTS': 'Gesamtkosten',
  'portfolio.col.TOTAL_BENEFITS': 'Gesamtnutzen',
  'portfolio.col.NPV': 'Kapitalwert (zu eigenem Start und Zinssatz)',
  'portfolio.col.ROI': 'ROI (nominal)',
  'portfolio.col.ROI_PV': 'ROI (Barwert, TEI)',
  'portfolio.col.IRR': 'Interner Zinsfuß (p. a.)',
  'portfolio.col.PAYBACK': 'Amortisationsdauer (Monate)',
  'portfolio.col.FIRST': 'Anfangsperiode fällt in Portfolioperiode',
  'portfolio.col.LAST': 'Letzter Monat fällt in Portfolioperiode',
  'portfolio.total': 'Summe (jeder Kapitalwert zu eigenem Start und Zinssatz)',
  'portfolio.section.combined': 'Die Business Cases zusammen: ihre monatlichen Zahlungsströme nach Kalendermonat addiert',
  'portfolio.combined.START_DATE': 'Portfoliostart (frühester Start eines Business Case)',
  'portfolio.combined.DISCOUNT_RATE': 'Jährlicher Kalkulationszinssatz (des ersten Business Case)',
  'portfolio.combined.MONTHLY_RATE': 'Monatlicher Kalkulationszinssatz',
  'portfolio.combined.PERIODS': 'Monate nach der Anfangsperiode',
  'portfolio.combined.TOTAL_COSTS': 'Gesamtkosten',
  'portfolio.combined.TOTAL_BENEFITS': 'Gesamtnutzen',
  'portfolio.combined.PV_COSTS': 'Barwert der Kosten (ab Portfoliostart)',
  'portfolio.combined.PV_BENEFITS': 'Barwert des Nutzens (ab Portfoliostart)',
  'portfolio.combined.NPV': 'Kapitalwert der zusammengefassten Zahlungsströme',
  'portfolio.combined.ROI': 'ROI (nominal)',
  'portfolio.combined.ROI_PV': 'ROI (Barwert, TEI)',
  'portfolio.combined.IRR': 'Interner Zinsfuß (p. a.)',
  'portfolio.combined.PAYBACK': 'Amortisationsdauer (Monate ab Portfoliostart)',
  'portfolio.combined.IRR_GUESS': 'Startwert der IRR-Suche (Monatszins)',
  'portfolio.section.flows': 'Zusammengefasste monatliche Zahlungsströme nach Kalendermonat (Netto-Zahlungsstrom jedes Business Case, dann die Summen)',
  'portfolio.flows.period': 'Periode (0 = früheste Anfangsperiode)',
  'portfolio.flows.month': 'Monat',
  'portfolio.flows.costs': 'Kosten',
  'portfolio.flows.benefits': 'Nutzen',
  'portfolio.flows.net': 'Netto-Zahlungsstrom',
  'portfolio.flows.cumulative': 'Kumuliert netto',
  'portfolio.flows.helper': 'Hilfsspalte: Periode, wenn kumuliert netto < 0, sonst −1',
  'portfolio.flows.initial': 'Anfang',
  'portfolio.chart.npv': 'Kapitalwert je Business Case (jeweils zu eigenem Start)',
  'portfolio.chart.payback': 'Amortisationsdauer je Business Case (Monate; kein Balken: nie im Betrachtungszeitraum)',
  'portfolio.error.noCases': 'Es gibt keinen ROI-Business-Case zum Zusammenfassen.',
  'portfolio.error.noSheets': 'Diese Arbeitsmappe hat kein vom Add-in erstelltes ROI-Blatt; es gibt nichts zusammenzufassen, und nichts wurde geschrieben.',
  'portfolio.error.currency': '{first} ist in {firstCurrency}, {other} aber in {otherCurrency}; ein Portfolio addiert Beträge in einer Währung und rechnet sie nie um.',
  'portfolio.cli.summary': 'Mehrere Business Cases in einer Arbeitsmappe mit einem Live-Portfolio-Blatt zusammenfassen',
  'portfolio.cli.usage': `Aufruf: crm-roi portfolio <fall.json | roi.xlsx>... -o <portfolio.xlsx> [--lang <Sprache>] [--json]

Fasst mehrere ROI-Business-Cases in einer Arbeitsmappe zusammen: vorn ein Blatt „{sheet}“, dahinter
das ROI-Blatt jedes Business Case. Falldateien (.json) und Arbeitsmappen (.xlsx von crm-roi workbook
oder ein Portfolio: jedes ROI-Blatt darin) lassen sich frei mischen. Das Portfolio-Blatt besteht aus
Formeln über die benannten Zellen der Fallblätter und folgt so jeder Änderung eines Fallblatts:
  - eine Zeile je Business Case: Name, Start, Zeitraum, Kosten, Nutzen, Kapitalwert, ROI auf beiden
    Grundlagen, interner Zinsfuß, Amortisationsdauer;
  - die Summen (jeder Kapitalwert zu eigenem Start und Kalkulationszinssatz);
  - die monatlichen Zahlungsströme nach Kalendermonat addiert, vom frühesten Start bis zum spätesten
    Ende, mit Kapitalwert, ROI, internem Zinsfuß und Amortisationsdauer dieser Summe, abgezinst ab
    dem frühesten Start zum Kalkulationszinssatz des ersten Business Case;
  - zwei Diagramme: Kapitalwert und Amortisationsdauer je Business Case.

Alle Business Cases müssen in einer Währung sein: Beträge werden nie umgerechnet.

Optionen:
  -o, --output <Datei>  die zu schreibende Arbeitsmappe (.xlsx); erst vollständig ersetzt
                        (ein fehlgeschlagenes Schreiben lässt sie unverändert); nie eine Eingabe
  --lang <Sprache>      en, de, fr, pl oder zh-CN: Sprache aller geschriebenen Blätter und dieser
                        Meldungen. Ohne die Option behält jedes aus einer Arbeitsmappe gelesene
                        Fallblatt seine Sprache, eine Falldatei wird Englisch, und das
                        Portfolio-Blatt folgt dem ersten Business Case
  --json                die Zahlen als JSON ausgeben: cases, total, combined (dann ist -o
                        optional); in jeder Sprache gleich
  -h, --help            diese Hilfe anzeigen

Exit-Codes: 0 geschrieben; 1 eine Datei ist nicht lesbar oder kein gültiger Business Case (sie wird
genannt, nichts wird geschrieben), die Fälle haben verschiedene Währungen, oder die Ausgabe lässt
sich nicht schreiben; 2 Aufruffehler.`,
  'portfolio.cli.outputIsInput': 'die Ausgabe {output} ist die Eingabe {input}; das Portfolio dorthin zu schreiben würde sie ersetzen. Wählen Sie ein anderes -o.',
  'portfolio.cli.nothingWritten': '{problem} Nichts wurde geschrieben.',
  'portfolio.cli.wrote.one': '{output} geschrieben: Blatt „{sheet}“ über {count} Fallblatt ({sheets}).',
  'portfolio.cli.wrote.few': '{output} geschrieben: Blatt „{sheet}“ über {count} Fallblätter ({sheets}).',
  'portfolio.cli.wrote.many': '{output} geschrieben: Blatt „{sheet}“ über {count} Fallblätter ({sheets}).',
  'portfolio.cli.wrote.other': '{output} geschrieben: Blatt „{sheet}“ über {count} Fallblätter ({sheets}).',
  'portfolio.cli.missingFiles': 'es fehlen die Falldateien',
  'portfolio.cli.missingOutput': 'es fehlt -o <portfolio.xlsx> (oder --json, um nur die Zahlen auszugeben)',
};
