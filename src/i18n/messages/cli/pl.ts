import type { CliMessages } from './en';

// Plural forms by Intl.PluralRules('pl'): one 1, few 2–4 (22–24, …), many 0 and 5–21 (25–31, …), other fractions.
export const cliPl: CliMessages = {
  'cli.help': `crm-roi: analizy opłacalności CRM (koszty, korzyści, NPV, ROI, okres zwrotu) z wiersza poleceń.

Użycie: crm-roi <polecenie> [opcje]

Polecenia:
{commands}

„crm-roi <polecenie> --help” pokazuje opcje polecenia. Tekst jest w języku podanym w --lang
(en, de, fr, pl, zh-CN), a bez niego w języku środowiska (LC_ALL, LC_MESSAGES, LANG).`,
  'cli.unknownCommand': 'nieznane polecenie „{name}”',
  'cli.internalError': 'błąd wewnętrzny: {detail}',

  'cli.usage.unknownOption': 'nieznana opcja {option}',
  'cli.usage.missingFile': 'brak pliku analizy',
  'cli.usage.oneFile': 'oczekiwano jednego pliku analizy, liczba podanych: {count}',
  'cli.usage.needsValue': '{option} wymaga wartości',
  'cli.usage.givenTwice': '{option} podano dwa razy',
  'cli.usage.wholeNumber': '{option} musi być liczbą całkowitą od {min} do {max}, otrzymano {got}',
  'cli.usage.lang': '--lang musi być jednym z języków {locales}, otrzymano {got}',

  'cli.invalidCase.one': '{file} nie jest poprawną analizą ({count} problem):',
  'cli.invalidCase.few': '{file} nie jest poprawną analizą ({count} problemy):',
  'cli.invalidCase.many': '{file} nie jest poprawną analizą ({count} problemów):',
  'cli.invalidCase.other': '{file} nie jest poprawną analizą ({count} problemu):',

  'cli.file.empty': '{path} jest pusty',
  'cli.file.notJson': '{path} nie jest poprawnym JSON-em: {reason} (wiersz {line}, kolumna {column})',
  'cli.file.jsonEnd': 'nieoczekiwany koniec danych JSON',
  'cli.file.jsonUnexpected': 'nieoczekiwany znak {char}, oczekiwano: {expected}',
  'cli.file.jsonWant.value': 'wartość: obiekt, tablica, tekst w cudzysłowie prostym, liczba, true, false lub null',
  'cli.file.jsonWant.key': 'nazwa właściwości w cudzysłowie prostym',
  'cli.file.jsonWant.colon': '":" po nazwie właściwości',
  'cli.file.jsonWant.nextInObject': '"," lub "{close}" po wartości właściwości',
  'cli.file.jsonWant.nextInArray': '"," lub "{close}" po wartości',
  'cli.file.jsonWant.end': 'koniec tekstu po wartości',
  'cli.file.jsonWant.digit': 'cyfra',
  'cli.file.jsonWant.escape': 'sekwencja ucieczki, np. \\n lub \\u00e9',
  'cli.file.jsonWant.stringChar': 'tekst, w którym znak nowego wiersza lub inny znak sterujący zapisuje się jako sekwencję ucieczki (\\n)',
  'cli.file.utf16': '{path} jest tekstem UTF-16; zapisz go jako UTF-8',
  'cli.file.notUtf8': '{path} nie jest tekstem UTF-8: nieprawidłowa sekwencja bajtów na pozycji bajtu {offset} (wiersz {line}); zapisz go jako UTF-8',
  'cli.file.notZip': '{path} nie jest skoroszytem .xlsx: nie jest archiwum ZIP, a jest nim każdy plik .xlsx',
  'cli.file.badXlsx': '{path} nie jest czytelnym skoroszytem .xlsx: {detail}',
  'cli.file.noRoiSheet': '{path}: skoroszyt nie zawiera arkusza CRM ROI utworzonego przez crm-roi ani dodatek',
  'cli.file.sheetInputs': '{path}: arkusz zawiera nieprawidłowe dane wejściowe:',
  'cli.file.cannotRead': 'nie można odczytać {path}: {reason}',
  'cli.file.cannotWrite': 'nie można zapisać {path}: {reason}',
  'cli.fs.noSuchFile': 'nie ma takiego pliku',
  'cli.fs.noFolder': 'jego folder nie istnieje',
  'cli.fs.permission': 'brak uprawnień',
  'cli.fs.isDirectory': 'to jest folder',
  'cli.fs.notDirectory': 'część ścieżki jest plikiem, a nie folderem',
  'cli.fs.noSpace': 'brak miejsca na dysku',
  'cli.fs.quota': 'wyczerpano limit miejsca na dysku',
  'cli.fs.tooBig': 'plik przekroczyłby limit rozmiaru pliku',
  'cli.fs.readOnly': 'system plików jest tylko do odczytu',
  'cli.fs.nameTooLong': 'nazwa jest za długa',
  'cli.fs.loop': 'zbyt wiele dowiązań symbolicznych',

  // Polish writes the percent sign without a space; "mies." is the usual abbreviation in tables and agrees with any number.
  'cli.percent': '{value}%',
  'cli.months': '{value} mies.',
  'cli.monthNumber': 'miesiąc {month} ({calendar})',
  'cli.never': 'nigdy',
  'cli.notAvailable': 'b.d.',

  'cli.metric.TOTAL_COSTS': 'Koszty łącznie',
  'cli.metric.TOTAL_BENEFITS': 'Korzyści łącznie',
  'cli.metric.NET_BENEFIT': 'Korzyść netto',
  'cli.metric.PV_COSTS': 'Wartość bieżąca kosztów',
  'cli.metric.PV_BENEFITS': 'Wartość bieżąca korzyści',
  'cli.metric.ROI': 'ROI (nominalny, bez dyskontowania)',
  'cli.metric.ROI_PV': 'ROI (wartość bieżąca, metoda TEI)',
  'cli.metric.BCR': 'Wskaźnik korzyści do kosztów (BCR, PV)',
  'cli.metric.IRR': 'IRR / wewnętrzna stopa zwrotu (rocznie)',
  'cli.metric.PAYBACK': 'Okres zwrotu (mies., prosty)',
  'cli.metric.PAYBACK_DISCOUNTED': 'Okres zwrotu (mies., zdyskontowany)',
  'cli.metric.BREAK_EVEN': 'Miesiąc osiągnięcia progu rentowności',
  'cli.metric.PEAK_FUNDING_MONTH': 'Miesiąc maksymalnego zapotrzebowania na finansowanie',

  'cli.evaluate.summary': 'Ocenia plik analizy i podaje NPV, ROI, IRR i okres zwrotu',
  'cli.evaluate.usage': `Użycie: crm-roi evaluate <analiza.json | roi.xlsx> [--json] [--lang <język>]

Sprawdza plik analizy, buduje miesięczny harmonogram i podaje wskaźniki: sumy, wartości
bieżące, NPV (wartość bieżącą netto), ROI (nominalny i na bazie wartości bieżącej), wskaźnik
korzyści do kosztów, IRR (wewnętrzną stopę zwrotu), okres zwrotu (prosty i zdyskontowany),
miesiąc progu rentowności i tabelę roczną, każdą sumę także przed korektą o ryzyko. Przy
szacunkach trzypunktowych dodaje obok siebie warianty ostrożny, oczekiwany i optymistyczny
oraz wrażliwość NPV (wykres tornado), od największej rozpiętości.
Z wykonaniem (\`crm-roi actuals\` wczytuje je z pliku CSV) dodaje plan a wykonanie: wartości
do dziś i ich odchylenie, według pozycji; prognozę (wykonanie tam, gdzie znane, potem plan)
obok planu; zrealizowany roczny ROI i wynikający z niego okres zwrotu; kwartały i lata z ich
ROI okresu; oraz wskaźniki na tle wartości bazowej i celu.
Format analizy opisuje docs/case-format.md; przykłady są w examples/.
Plik .xlsx zapisany przez \`crm-roi workbook\` jest odczytywany z arkusza ROI, z Twoimi zmianami.

Opcje:
  --json             wypisuje wskaźniki jako JSON (błędy jako {errorJson});
                     "unadjusted", "scenarios" i "sensitivity" są obok wskaźników,
                     a "actuals", "reforecast" i "kpis", gdy analiza je ma.
                     Taki sam w każdym języku
  --lang <język>     język tekstu: {locales} (domyślnie: z LC_ALL,
                     LC_MESSAGES lub LANG, a w ostateczności en)
  -h, --help         pokazuje tę pomoc

Kody wyjścia: 0 obliczono; 1 brak pliku, plik nie jest JSON-em albo poprawną analizą
(każdy problem jest wypisany na stderr); 2 błąd wywołania.`,
  'cli.evaluate.case': 'Analiza',
  'cli.evaluate.horizon.one': '{count} miesiąc od {start} ({first} – {last})',
  'cli.evaluate.horizon.few': '{count} miesiące od {start} ({first} – {last})',
  'cli.evaluate.horizon.many': '{count} miesięcy od {start} ({first} – {last})',
  'cli.evaluate.horizon.other': '{count} miesiąca od {start} ({first} – {last})',
  'cli.evaluate.rate': '{annual} rocznie ({monthly} miesięcznie)',
  'cli.evaluate.withUnadjusted': '{value}  (przed korektą o ryzyko: {unadjusted})',
  'cli.evaluate.year': 'Rok',
  'cli.evaluate.months': 'Miesiące',
  'cli.evaluate.costs': 'Koszty',
  'cli.evaluate.benefits': 'Korzyści',
  'cli.evaluate.net': 'Netto',
  'cli.evaluate.cumulativeNet': 'Netto narastająco',
  'cli.evaluate.initial': 'Początek',
  'cli.evaluate.scenario': 'Wariant',
  'cli.evaluate.conservative': 'Ostrożny',
  'cli.evaluate.expected': 'Oczekiwany',
  'cli.evaluate.optimistic': 'Optymistyczny',
  'cli.evaluate.sensitivity': 'Wrażliwość NPV',
  'cli.evaluate.swing': 'Rozpiętość',

  'cli.simulate.summary': 'Symulacja Monte Carlo szacunków trzypunktowych: NPV, ROI i okres zwrotu na P10/P50/P90',
  'cli.simulate.usage': `Użycie: crm-roi simulate <analiza.json | roi.xlsx> [--iterations N] [--seed S] [--pert] [--json] [--lang <język>]

Symulacja Monte Carlo szacunków trzypunktowych analizy (czynnika podanego jako
{estimate}): każde losowanie nadaje każdemu szacunkowi wartość z jego
przedziału, niezależnie od pozostałych, i oblicza analizę. Podaje NPV, ROI (na bazie wartości
bieżącej) i prosty okres zwrotu na poziomach P10, P50 i P90 wraz ze średnimi oraz odsetek
losowań z dodatnim NPV i ze zwrotem w horyzoncie analizy. Analiza bez szacunków daje
w każdym losowaniu swój wariant oczekiwany. Metodę opisuje docs/finance.md („Monte Carlo simulation”).

Opcje:
  --iterations N     liczba losowań, liczba całkowita od 1 do {maxIterations} (domyślnie {iterations})
  --seed S           ziarno generatora losowego, liczba całkowita od 0 do {maxSeed} (domyślnie {seed});
                     to samo ziarno daje te same wyniki
  --pert             losuje z rozkładów Beta-PERT zamiast trójkątnych
  --json             wypisuje wyniki jako JSON (null: brak zwrotu w horyzoncie analizy albo ROI
                     bez kosztów). Taki sam w każdym języku
  --lang <język>     język tekstu: {locales} (domyślnie: z LC_ALL,
                     LC_MESSAGES lub LANG, a w ostateczności en)
  -h, --help         pokazuje tę pomoc

Kody wyjścia: 0 przeprowadzono symulację; 1 brak pliku, plik nie jest JSON-em albo poprawną
analizą (każdy problem jest wypisany na stderr); 2 błąd wywołania.`,
  'cli.simulate.draws': 'Losowania',
  'cli.simulate.drawsValue': '{count}, ziarno {seed}',
  'cli.simulate.estimates': 'Szacunki trzypunktowe',
  'cli.simulate.estimatesTriangular': '{count}, każdy losowany niezależnie z rozkładu trójkątnego',
  'cli.simulate.estimatesPert': '{count}, każdy losowany niezależnie z rozkładu Beta-PERT',
  'cli.simulate.estimatesNone': 'brak w analizie: każde losowanie to wariant oczekiwany, tak jak każdy wynik poniżej',
  'cli.simulate.mean': 'Średnia',
  'cli.simulate.npvPositive': 'NPV powyżej zera',
  'cli.simulate.paysBack.one': 'Zwrot w ciągu {count} miesiąca',
  'cli.simulate.paysBack.few': 'Zwrot w ciągu {count} miesięcy',
  'cli.simulate.paysBack.many': 'Zwrot w ciągu {count} miesięcy',
  'cli.simulate.paysBack.other': 'Zwrot w ciągu {count} miesiąca',
  'cli.simulate.share': '{share} losowań ({hits} z {total})',

  'cli.workbook.summary': 'Zapisuje analizę jako skoroszyt .xlsx z aktywnymi formułami',
  'cli.workbook.usage': `Użycie: crm-roi workbook <analiza.json | roi.xlsx> [-o <plik.xlsx>] [--sheet <nazwa>]

Zapisuje analizę jako skoroszyt Excela: arkusz ROI (dane wejściowe, miesięczny harmonogram
z aktywnymi formułami, wskaźniki, nazwane zakresy, dwa wykresy: skumulowany przepływ pieniężny
netto z punktem zwrotu oraz koszty i korzyści w kolejnych latach) i arkusz „{caseSheet}”
z analizą w formacie JSON. Plik otwiera się w Excelu, LibreOffice i Arkuszach Google,
które go przeliczają.

Jeśli skoroszyt wyjściowy istnieje, jest edytowany na miejscu, tak jak dodatek edytuje
otwarty skoroszyt: arkusz ROI o tej nazwie jest aktualizowany, jeśli zapisał go crm-roi,
a w przeciwnym razie dodawany jest nowy arkusz ROI; każdy inny arkusz, wykres, nazwa
i właściwość pozostaje, tak jak każda Twoja komórka, także w arkuszu ROI. Twoja komórka
w miejscu, którego arkusz potrzebuje, zatrzymuje zapis i jest wskazywana. Z pliku .xlsx,
który wcześniej zbudował, odczytuje arkusz ROI (z Twoimi zmianami danych i notatek)
i buduje go tam od nowa, pod obecną nazwą arkusza.

Opcje:
  -o, --output <plik>  dokąd zapisać, plik .xlsx (domyślnie: nazwa pliku analizy z .xlsx,
                       w bieżącym folderze); nigdy sam plik analizy, chyba że to .xlsx
                       przebudowywany na miejscu. Stary plik jest zastępowany dopiero, gdy
                       nowy jest gotowy: nieudany zapis zostawia go bez zmian.
  --sheet <nazwa>      nazwa arkusza ROI (domyślnie „CRM ROI”), według reguł Excela: od 1 do 31
                       znaków, bez : \\ / ? * [ ] i znaków sterujących, bez apostrofu na początku
                       ani na końcu, nie „History”, nie „{caseSheet}”
  --lang <język>       język arkusza i tych komunikatów: {locales}.
                       Domyślnie: język arkusza przy aktualizacji lub przebudowie, w przeciwnym razie en.
  -h, --help           pokazuje tę pomoc

Kody wyjścia: 0 zapisano; 1 brak pliku analizy, plik nie jest JSON-em albo poprawną analizą
(każdy problem jest wypisany na stderr, nic nie jest zapisywane), plik wyjściowy jest plikiem
analizy albo nie można go zapisać; 2 błąd wywołania.`,
  'cli.workbook.invalidCase.one': '{file} nie jest poprawną analizą ({count} problem); niczego nie zapisano:',
  'cli.workbook.invalidCase.few': '{file} nie jest poprawną analizą ({count} problemy); niczego nie zapisano:',
  'cli.workbook.invalidCase.many': '{file} nie jest poprawną analizą ({count} problemów); niczego nie zapisano:',
  'cli.workbook.invalidCase.other': '{file} nie jest poprawną analizą ({count} problemu); niczego nie zapisano:',
  'cli.workbook.outputIsCase': 'plik wyjściowy {output} jest plikiem analizy {file}; zapisanie tam skoroszytu zastąpiłoby Twoją analizę. Wybierz inne -o.',
  'cli.workbook.notXlsx': 'plik wyjściowy {output} nie ma rozszerzenia .xlsx; po nim Excel, a także crm-roi, rozpoznają skoroszyt',
  'cli.workbook.notWritten': '{problem}; niczego nie zapisano',
  'cli.workbook.sheet': 'arkusz „{sheet}” ({owned}, formuły: {formulas}, nazwane zakresy: {names})',
  'cli.workbook.updated': 'Zaktualizowano w {output}: {sheet}; reszta skoroszytu pozostała bez zmian.',
  'cli.workbook.added': 'Dodano w {output}: {sheet}; reszta skoroszytu pozostała bez zmian.',
  'cli.workbook.wrote': 'Zapisano {output}: {sheet} i arkusz „{caseSheet}”.',
};
