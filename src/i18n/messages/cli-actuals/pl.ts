import type { CliActualsMessages } from './en';

export const cliActualsPl: CliActualsMessages = {
  'cli-actuals.heading': 'Plan a wykonanie, do {calendar} (miesiąc {month})',
  'cli-actuals.toDate': 'Do dziś',
  'cli-actuals.planned': 'Plan',
  'cli-actuals.actual': 'Wykonanie',
  'cli-actuals.variance': 'Odchylenie',
  'cli-actuals.roi': 'ROI',
  'cli-actuals.filledFromPlan.one': '{count} miesiąc pozycji bez wartości rzeczywistej liczy się do dziś według planu (--json je wymienia).',
  'cli-actuals.filledFromPlan.few': '{count} miesiące pozycji bez wartości rzeczywistej liczą się do dziś według planu (--json je wymienia).',
  'cli-actuals.filledFromPlan.many': '{count} miesięcy pozycji bez wartości rzeczywistej liczy się do dziś według planu (--json je wymienia).',
  'cli-actuals.filledFromPlan.other': '{count} miesiąca pozycji bez wartości rzeczywistej liczy się do dziś według planu (--json je wymienia).',
  'cli-actuals.line': 'Pozycja',
  'cli-actuals.side': 'Rodzaj',
  'cli-actuals.side.cost': 'koszt',
  'cli-actuals.side.benefit': 'korzyść',
  'cli-actuals.monthsWithActuals': 'Miesiące z wykonaniem',
  'cli-actuals.reforecast': 'Prognoza (wykonanie do dziś, potem plan)',
  'cli-actuals.reforecastColumn': 'Prognoza',
  'cli-actuals.realisedRate': 'Zrealizowane tempo',
  'cli-actuals.annualRoi.one': 'Roczny ROI (ostatni {count} miesiąc, na koszt systemu {cost})',
  'cli-actuals.annualRoi.few': 'Roczny ROI (ostatnie {count} miesiące, na koszt systemu {cost})',
  'cli-actuals.annualRoi.many': 'Roczny ROI (ostatnich {count} miesięcy, na koszt systemu {cost})',
  'cli-actuals.annualRoi.other': 'Roczny ROI (ostatnie {count} miesiąca, na koszt systemu {cost})',
  'cli-actuals.impliedPayback': 'Okres zwrotu przy tym tempie',
  'cli-actuals.reforecastPayback': 'Okres zwrotu z przepływów prognozy',
  'cli-actuals.neverAtThisRate': 'nigdy przy tym tempie',
  'cli-actuals.periodRoi': 'ROI okresu',
  'cli-actuals.impliedPaybackShort': 'Implikowany okres zwrotu',
  'cli-actuals.quarter': 'Rok {year} Q{quarter}',
  'cli-actuals.year': 'Rok {year}',
  'cli-actuals.underWay': '{period} (do dziś)',
  'cli-actuals.kpi.baseline': 'Wartość bazowa',
  'cli-actuals.kpi.target': 'Cel',
  'cli-actuals.kpi.progress': 'Realizacja',
  'cli-actuals.kpi.benefitRealised': 'Zrealizowana korzyść',
  'cli-actuals.kpi.higher': 'wyższa',
  'cli-actuals.kpi.lower': 'niższa',

  'cli-actuals.summary': 'Wczytaj wykonanie z pliku CSV (miesiąc, pozycja, kwota) do skoroszytu',
  'cli-actuals.usage': `Użycie: crm-roi actuals <roi.xlsx> <wykonanie.csv> -o <wynik.xlsx> [--lang <język>]

Wczytuje do analizy to, co faktycznie się wydarzyło: odczytuje analizę z arkusza ROI
skoroszytu utworzonego przez crm-roi lub dodatek, ustawia wartość rzeczywistą każdej pozycji
w każdym miesiącu podanym w pliku CSV i zapisuje skoroszyt tak jak \`crm-roi workbook\`
(arkusz ROI zaktualizowany, każdy inny arkusz i każda Twoja komórka zachowane; do pliku
wynikowego, jeśli istnieje). Wartość rzeczywista zastępuje w swoim miesiącu plan pozycji
skorygowany o ryzyko; \`crm-roi evaluate\` pokazuje potem plan a wykonanie i prognozę.

Plik CSV ma wiersz nagłówka z kolumnami month, line i amount, w dowolnej kolejności
i wielkości liter (inne kolumny są pomijane), rozdzielonymi znakiem "," lub, tak jak Excel
zapisuje tam, gdzie separatorem dziesiętnym jest przecinek, znakiem ";". UTF-8, ze
znacznikiem kolejności bajtów (BOM) lub bez.
  month   "RRRR-MM", data "RRRR-MM-DD" (jej miesiąc) lub "Mar 2025", od miesiąca przed
          datą początkową (okres początkowy) do ostatniego miesiąca horyzontu; data lokalna
          (03/04/2025) lub rok dwucyfrowy jest odrzucany, nie zgadywany
  line    identyfikator pozycji, a w przeciwnym razie jej dokładna nazwa (wielkość liter
          bez znaczenia); nazwa wspólna dla dwóch pozycji jest odrzucana: podaj
          identyfikator. Pozycja korzyści mierzona wskaźnikiem nie przyjmuje tu wykonania.
  amount  1234.56 lub 1,234.56 (kropka dziesiętna), ujemna z minusem lub w nawiasach,
          z symbolem lub kodem waluty analizy ($1,234.56, USD 99, ($50.00)); przecinek
          dziesiętny (1.234,56) jest odrzucany, podobnie 1,234 lub 1.234 w pliku
          rozdzielanym znakiem ";", które można odczytać na dwa sposoby.
          Pusta kwota oznacza, że nie jest jeszcze znana: zostawia istniejące wykonanie.
Wartość zastępuje wykonanie pozycji w danym miesiącu; para (miesiąc, pozycja) podana dwa
razy jest błędem. Puste wiersze są pomijane.

Każdy problem jest zgłaszany z numerem wiersza, tak jak numeruje go arkusz kalkulacyjny
(nagłówek to wiersz 1), i nic nie jest zapisywane, dopóki cały plik CSV nie jest poprawny.

Opcje:
  -o, --output <plik>  skoroszyt do zapisania, plik .xlsx (może to być plik wejściowy,
                       aktualizowany na miejscu); zastępowany dopiero, gdy nowy jest gotowy
  --lang <język>       język tych komunikatów: {locales} (domyślnie: z
                       LC_ALL, LC_MESSAGES lub LANG, w przeciwnym razie en). Arkusz ROI
                       zachowuje język, w którym go utworzono, niezależnie od środowiska;
                       z --lang jest przebudowywany w tym języku, jak przy
                       \`crm-roi workbook --lang\`
  -h, --help           pokaż tę pomoc

Kody wyjścia: 0 wczytano i zapisano; 1 brak pliku lub plik nieczytelny, problemy w pliku
CSV lub nieprawidłowa analiza (nic nie zapisano); 2 błąd użycia.`,
  'cli-actuals.usage.files.one': 'oczekiwano skoroszytu i pliku CSV, podano {count} plik',
  'cli-actuals.usage.files.few': 'oczekiwano skoroszytu i pliku CSV, podano {count} pliki',
  'cli-actuals.usage.files.many': 'oczekiwano skoroszytu i pliku CSV, podano {count} plików',
  'cli-actuals.usage.files.other': 'oczekiwano skoroszytu i pliku CSV, podano {count} pliku',
  'cli-actuals.usage.notWorkbook': '{workbook} nie kończy się na .xlsx: wykonanie trafia do skoroszytu utworzonego przez crm-roi lub dodatek',
  'cli-actuals.usage.missingOutput': 'brak -o <wynik.xlsx>: gdzie zapisać skoroszyt z wykonaniem',
  'cli-actuals.invalidWorkbook': '{workbook} nie zawiera prawidłowej analizy',
  'cli-actuals.cannotMerge': 'nie można wczytać {csv}',
  'cli-actuals.invalidMerged': 'analiza z wykonaniem z {csv} jest nieprawidłowa',
  'cli-actuals.problems.one': '{what} ({count} problem); nic nie zapisano:',
  'cli-actuals.problems.few': '{what} ({count} problemy); nic nie zapisano:',
  'cli-actuals.problems.many': '{what} ({count} problemów); nic nie zapisano:',
  'cli-actuals.problems.other': '{what} ({count} problemu); nic nie zapisano:',
  'cli-actuals.row': 'wiersz {row}: {problem}',
  'cli-actuals.merged.one': 'Wczytano {count} wartość rzeczywistą z {csv}{details}.',
  'cli-actuals.merged.few': 'Wczytano {count} wartości rzeczywiste z {csv}{details}.',
  'cli-actuals.merged.many': 'Wczytano {count} wartości rzeczywistych z {csv}{details}.',
  'cli-actuals.merged.other': 'Wczytano {count} wartości rzeczywistej z {csv}{details}.',
  'cli-actuals.replaced.one': ' ({count} zastępuje wcześniejszą)',
  'cli-actuals.replaced.few': ' ({count} zastępują wcześniejsze)',
  'cli-actuals.replaced.many': ' ({count} zastępuje wcześniejsze)',
  'cli-actuals.replaced.other': ' ({count} zastępuje wcześniejsze)',
  'cli-actuals.blank.one': '; {count} pusta kwota niczego nie zmieniła',
  'cli-actuals.blank.few': '; {count} puste kwoty niczego nie zmieniły',
  'cli-actuals.blank.many': '; {count} pustych kwot niczego nie zmieniło',
  'cli-actuals.blank.other': '; {count} pustej kwoty niczego nie zmieniło',

  'cli-actuals.csv.unreadable': 'nieczytelny jako CSV: {detail}',
  'cli-actuals.csv.quoteNotClosed': 'wartość w cudzysłowie nie jest zamknięta do końca pliku',
  'cli-actuals.csv.closingQuote': 'po cudzysłowie zamykającym stoi {char} zamiast separatora lub końca wiersza',
  'cli-actuals.csv.missingColumns.one': 'wiersz nagłówka nie ma kolumny {columns} (potrzebne są month, line i amount; znaleziono: {found})',
  'cli-actuals.csv.missingColumns.few': 'wiersz nagłówka nie ma kolumn {columns} (potrzebne są month, line i amount; znaleziono: {found})',
  'cli-actuals.csv.missingColumns.many': 'wiersz nagłówka nie ma kolumn {columns} (potrzebne są month, line i amount; znaleziono: {found})',
  'cli-actuals.csv.missingColumns.other': 'wiersz nagłówka nie ma kolumn {columns} (potrzebne są month, line i amount; znaleziono: {found})',
  'cli-actuals.csv.foundNothing': 'nic',
  'cli-actuals.csv.columnTwice': 'wiersz nagłówka ma dwie kolumny {column}',
  'cli-actuals.csv.month': 'oczekiwano miesiąca "RRRR-MM", daty "RRRR-MM-DD" lub miesiąca w postaci "Mar 2025", podano {got}',
  'cli-actuals.csv.localDate': 'oczekiwano miesiąca "RRRR-MM", daty "RRRR-MM-DD" lub miesiąca w postaci "Mar 2025", podano {got} (data lokalna oznacza w różnych krajach różne miesiące)',
  'cli-actuals.csv.monthRange': 'miesiąc {month} wykracza poza analizę, która obejmuje okres od {first} (okres początkowy) do {last}',
  'cli-actuals.csv.lineBlank': 'pozycja jest pusta: podaj jej identyfikator lub nazwę',
  'cli-actuals.csv.noLine': 'żadna pozycja nie ma identyfikatora ani nazwy {name}',
  'cli-actuals.csv.ambiguousLine.one': '{name} to nazwa {count} pozycji ({ids}): podaj identyfikator pozycji',
  'cli-actuals.csv.ambiguousLine.few': '{name} to nazwa {count} pozycji ({ids}): podaj identyfikator pozycji',
  'cli-actuals.csv.ambiguousLine.many': '{name} to nazwa {count} pozycji ({ids}): podaj identyfikator pozycji',
  'cli-actuals.csv.ambiguousLine.other': '{name} to nazwa {count} pozycji ({ids}): podaj identyfikator pozycji',
  'cli-actuals.csv.kpi': '{name} to wskaźnik, nie pozycja: wartości wskaźnika należą do kpis analizy, nie do tego pliku CSV',
  'cli-actuals.csv.measured': 'pozycja korzyści "{line}" jest mierzona wskaźnikiem "{kpi}": jej wykonanie pochodzi z wartości wskaźnika, nie z tego pliku CSV',
  'cli-actuals.csv.duplicate': 'pozycja "{line}" w miesiącu {month} jest już podana w wierszu {row}',
  'cli-actuals.csv.twoWays': '{amount} można odczytać na dwa sposoby w pliku rozdzielanym znakiem ";" (separator tysięcy lub przecinek dziesiętny): zapisz kwotę bez separatora tysięcy, z kropką dziesiętną',
  'cli-actuals.csv.decimalComma': '{amount} ma przecinek dziesiętny: oczekiwano kwoty w {currency}, np. 1234.56 lub 1,234.56, z kropką dziesiętną',
  'cli-actuals.csv.amount': 'oczekiwano kwoty w {currency}, np. 1234.56 lub 1,234.56, podano {got}',
  'cli-actuals.csv.tooLarge': '{amount} przekracza co do wartości bezwzględnej {max}, to nie jest wiarygodna kwota',
};
