import type { portfolioEn } from './en';

// The Portfolio sheet (src/portfolio) and its errors. A key ending in .one/.few/.many/.other is one plural form.
export const portfolioPl: { readonly [K in keyof typeof portfolioEn]: string } = {
  'portfolio.title.one': 'Portfel {count} analizy ROI CRM',
  'portfolio.title.few': 'Portfel {count} analiz ROI CRM',
  'portfolio.title.many': 'Portfel {count} analiz ROI CRM',
  'portfolio.title.other': 'Portfel {count} analiz ROI CRM',
  'portfolio.subtitle': 'Kwoty w {currency}. Każda liczba jest formułą na nazwanych komórkach arkuszy analiz: zmień arkusz analizy, a ten arkusz podąży za nim. Uruchom Portfel ponownie po dodaniu, zmianie nazwy lub usunięciu arkusza analizy albo po zmianie daty początku lub okresu analizy.',
  'portfolio.section.cases': 'Analizy',
  'portfolio.col.CASE_NAME': 'Analiza',
  'portfolio.col.START_DATE': 'Początek',
  'portfolio.col.HORIZON': 'Okres (miesiące)',
  'portfolio.col.TOTAL_COSTS': 'Koszty łącznie',
  'portfolio.col.TOTAL_BENEFITS': 'Korzyści łącznie',
  'portfolio.col.NPV': 'NPV (od własnego początku, własną stopą)',
  'portfolio.col.ROI': 'ROI (nominalny)',
  'portfolio.col.ROI_PV': 'ROI (wartość bieżąca, TEI)',
  'portfolio.col.IRR': 'IRR (roczna)',
  'portfolio.col.PAYBACK': 'Okres zwrotu (miesiące)',
  'portfolio.col.FIRST': 'Okres początkowy przypada na okres portfela',
  'portfolio.col.LAST': 'Ostatni miesiąc przypada na okres portfela',
  'portfolio.total': 'Suma (każda NPV od własnego początku, własną stopą)',
  'portfolio.section.combined': 'Analizy łącznie: ich miesięczne przepływy zsumowane według miesięcy kalendarzowych',
  'portfolio.combined.START_DATE': 'Początek portfela (najwcześniejszy początek analizy)',
  'portfolio.combined.DISCOUNT_RATE': 'Roczna stopa dyskontowa (pierwszej analizy)',
  'portfolio.combined.MONTHLY_RATE': 'Miesięczna stopa dyskontowa',
  'portfolio.combined.PERIODS': 'Miesiące po okresie początkowym',
  'portfolio.combined.TOTAL_COSTS': 'Koszty łącznie',
  'portfolio.combined.TOTAL_BENEFITS': 'Korzyści łącznie',
  'portfolio.combined.PV_COSTS': 'Wartość bieżąca kosztów (od początku portfela)',
  'portfolio.combined.PV_BENEFITS': 'Wartość bieżąca korzyści (od początku portfela)',
  'portfolio.combined.NPV': 'NPV połączonych przepływów',
  'portfolio.combined.ROI': 'ROI (nominalny)',
  'portfolio.combined.ROI_PV': 'ROI (wartość bieżąca, TEI)',
  'portfolio.combined.IRR': 'IRR (roczna)',
  'portfolio.combined.PAYBACK': 'Okres zwrotu (miesiące od początku portfela)',
  'portfolio.combined.IRR_GUESS': 'Punkt startowy wyszukiwania IRR (stopa miesięczna)',
  'portfolio.section.flows': 'Połączone przepływy miesięczne według miesięcy kalendarzowych (przepływ netto każdej analizy, potem sumy)',
  'portfolio.flows.period': 'Okres (0 = najwcześniejszy okres początkowy)',
  'portfolio.flows.month': 'Miesiąc',
  'portfolio.flows.costs': 'Koszty',
  'portfolio.flows.benefits': 'Korzyści',
  'portfolio.flows.net': 'Przepływ netto',
  'portfolio.flows.cumulative': 'Skumulowany przepływ netto',
  'portfolio.flows.helper': 'Pomocnicza: okres, gdy przepływ skumulowany < 0, inaczej −1',
  'portfolio.flows.initial': 'Początek',
  'portfolio.chart.npv': 'NPV według analiz (każda od własnego początku)',
  'portfolio.chart.payback': 'Okres zwrotu według analiz (miesiące; brak słupka: nigdy w okresie analizy)',
  'portfolio.error.noCases': 'Brak analizy ROI do zestawienia.',
  'portfolio.error.noSheets': 'Ten skoroszyt nie ma arkusza ROI utworzonego przez dodatek; nie ma czego zestawić i nic nie zapisano.',
  'portfolio.error.currency': '{first} jest w {firstCurrency}, a {other} w {otherCurrency}; portfel sumuje kwoty w jednej walucie i nigdy ich nie przelicza.',
  'portfolio.cli.summary': 'Zestaw kilka analiz w jednym skoroszycie z aktywnym arkuszem portfela',
  'portfolio.cli.usage': `Użycie: crm-roi portfolio <analiza.json | roi.xlsx>... -o <portfel.xlsx> [--lang <język>] [--json]

Zestawia kilka analiz ROI w jednym skoroszycie: na początku arkusz „{sheet}”, potem arkusz ROI każdej
analizy. Pliki analiz (.json) i skoroszyty (.xlsx zapisane przez crm-roi workbook albo portfel: każdy
jego arkusz ROI) można dowolnie łączyć. Arkusz portfela składa się z formuł na nazwanych komórkach
arkuszy analiz, więc podąża za każdą ich zmianą:
  - wiersz na analizę: nazwa, początek, okres, koszty, korzyści, NPV, ROI w obu ujęciach, IRR,
    okres zwrotu;
  - sumy (każda NPV od własnego początku i własną stopą dyskontową);
  - miesięczne przepływy zsumowane według miesięcy kalendarzowych, od najwcześniejszego początku do
    najpóźniejszego końca, z NPV, ROI, IRR i okresem zwrotu tej sumy, dyskontowane od
    najwcześniejszego początku stopą pierwszej analizy;
  - dwa wykresy: NPV i okres zwrotu według analiz.

Wszystkie analizy muszą być w jednej walucie: kwoty nigdy nie są przeliczane.

Opcje:
  -o, --output <plik>  skoroszyt do zapisania (.xlsx); zastępowany w całości dopiero po ukończeniu
                       (nieudany zapis go nie zmienia); nigdy jedno z wejść
  --lang <język>       en, de, fr, pl lub zh-CN: język wszystkich zapisanych arkuszy i tych
                       komunikatów. Bez niej każdy arkusz odczytany ze skoroszytu zachowuje swój
                       język, plik analizy jest po angielsku, a arkusz portfela idzie za pierwszą
                       analizą
  --json               wypisz liczby jako JSON: cases, total, combined (wtedy -o jest
                       opcjonalne); tak samo w każdym języku
  -h, --help           pokaż tę pomoc

Kody wyjścia: 0 zapisano; 1 pliku nie da się odczytać lub nie jest poprawną analizą (zostaje
wskazany, nic nie jest zapisywane), analizy są w różnych walutach albo wyjścia nie da się zapisać;
2 błąd użycia.`,
  'portfolio.cli.outputIsInput': 'wyjście {output} jest wejściem {input}; zapisanie tam portfela by je zastąpiło. Wybierz inne -o.',
  'portfolio.cli.nothingWritten': '{problem} Nic nie zapisano.',
  'portfolio.cli.wrote.one': 'Zapisano {output}: arkusz „{sheet}” z {count} arkusza analizy ({sheets}).',
  'portfolio.cli.wrote.few': 'Zapisano {output}: arkusz „{sheet}” z {count} arkuszy analiz ({sheets}).',
  'portfolio.cli.wrote.many': 'Zapisano {output}: arkusz „{sheet}” z {count} arkuszy analiz ({sheets}).',
  'portfolio.cli.wrote.other': 'Zapisano {output}: arkusz „{sheet}” z {count} arkuszy analiz ({sheets}).',
  'portfolio.cli.missingFiles': 'brak plików analiz',
  'portfolio.cli.missingOutput': 'brak -o <portfel.xlsx> (lub --json, aby wypisać tylko liczby)',
};
