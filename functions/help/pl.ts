import type { FunctionHelp } from './shape';

// Excel's Polish error values (#N/D! for #N/A) and function names (ŚREDNIA), and decimal commas in examples.
export const pl: FunctionHelp = {
  ROI: {
    description: 'Zwrot z inwestycji (ROI): (korzyść − koszt) / koszt.',
    params: { benefit: 'Łączna korzyść (kwota)', cost: 'Łączny koszt (kwota); różny od 0' },
  },
  PAYBACK: {
    description: 'Okres zwrotu w (ułamkowych) okresach, aż skumulowane (zdyskontowane) korzyści pokryją nakład początkowy; #N/D!, gdy nigdy go nie pokryją.',
    params: {
      cost: 'Nakład początkowy na starcie (kwota)',
      benefits: 'Korzyść netto każdego okresu, po kolei (jeden wiersz lub kolumna)',
      rate_per_period: 'Stopa dyskontowa na jeden okres, nie na rok: przepływy miesięczne wymagają stopy miesięcznej, (1 + stopa roczna)^(1/12) − 1; pominięta = 0 (prosty okres zwrotu)',
    },
  },
  BCR: {
    description: 'Wskaźnik korzyści do kosztów: korzyść / koszt.',
    params: { benefit: 'Łączna korzyść (w wartości bieżącej)', cost: 'Łączny koszt (w wartości bieżącej); różny od 0' },
  },
  CLV: {
    description: 'Wartość klienta w cyklu życia: marża × retencja / (1 + discount_rate − retencja).',
    params: {
      margin: 'Marża na klienta w okresie (kwota)',
      retention: 'Odsetek klientów utrzymanych w każdym okresie, od 0 do 1',
      discount_rate: 'Stopa dyskontowa na okres',
    },
  },
  UPLIFT: {
    description: 'Zmiana średniej miesięcznej po wdrożeniu: ŚREDNIA(after) − ŚREDNIA(before).',
    params: {
      before: 'Wartości miesięczne przed wdrożeniem (jeden wiersz lub kolumna; puste komórki pomijane)',
      after: 'Wartości miesięczne po wdrożeniu (jeden wiersz lub kolumna; puste komórki pomijane)',
    },
  },
  PERIODROI: {
    description: 'ROI jednego okresu (kwartału, roku): korzyści okresu minus jego koszty, w stosunku do łącznego kosztu systemu.',
    params: {
      benefits: 'Korzyści zrealizowane w okresie (kwota)',
      costs: 'Koszty okresu, np. licencje i wsparcie (kwota)',
      system_cost: 'Łączny koszt systemu (kwota); różny od 0',
    },
  },
  IMPLIEDPAYBACK: {
    description: 'Okres zwrotu w okresach wynikający z ROI okresu: 1 / period_roi, jak gdyby każdy okres przynosił tyle samo; #N/D!, gdy ROI wynosi 0 lub mniej.',
    params: { period_roi: 'ROI jednego okresu, np. z PERIODROI (30% rocznie = 0,3)' },
  },
  REALISEDPAYBACK: {
    description: 'Okres zwrotu z rzeczywistych przepływów pieniężnych netto: (ułamkowe) okresy, aż ich skumulowana (zdyskontowana) suma trwale osiągnie ≥ 0; #N/D!, gdy nigdy nie osiągnie.',
    params: {
      net_flows: 'Przepływ pieniężny netto każdego okresu, po kolei (jeden wiersz lub kolumna); pierwszy należy do okresu początkowego i nie jest dyskontowany: nakład początkowy jest ujemny',
      rate_per_period: 'Stopa dyskontowa na jeden okres, nie na rok (przepływy miesięczne wymagają stopy miesięcznej); pominięta = 0 (prosty okres zwrotu)',
    },
  },
  SUMMARY: {
    description: 'Najważniejsze wskaźniki miesięcznych przepływów kosztów i korzyści (na koniec miesiąca) jako opisana tabela o 2 kolumnach.',
    params: {
      costs: 'Koszt każdego miesiąca, po kolei (jeden wiersz lub kolumna)',
      benefits: 'Korzyść każdego miesiąca, po kolei; krótszy szereg jest uzupełniany zerami',
      annual_rate: 'Roczna stopa dyskontowa, np. 0,1 dla 10%; stosowana miesięcznie jako (1 + annual_rate)^(1/12) − 1; pominięta = 0',
      initial_cost: 'Koszt w okresie początkowym (miesiąc 0: dziś, nigdy nie dyskontowany), np. nakład początkowy; pominięty = 0',
      initial_benefit: 'Korzyść w okresie początkowym (miesiąc 0); pominięta = 0',
    },
  },
};
