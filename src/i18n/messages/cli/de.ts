import type { CliMessages } from './en';

export const cliDe: CliMessages = {
  'cli.help': `crm-roi: CRM-Business-Cases (Kosten, Nutzen, Kapitalwert, ROI, Amortisationsdauer) auf der Kommandozeile.

Aufruf: crm-roi <Befehl> [Optionen]

Befehle:
{commands}

„crm-roi <Befehl> --help“ zeigt die Optionen eines Befehls. Die Ausgabe erscheint in der Sprache
von --lang (en, de, fr, pl, zh-CN), sonst in der der Umgebung (LC_ALL, LC_MESSAGES, LANG).`,
  'cli.unknownCommand': 'unbekannter Befehl „{name}“',
  'cli.internalError': 'interner Fehler: {detail}',

  'cli.usage.unknownOption': 'unbekannte Option {option}',
  'cli.usage.missingFile': 'die Business-Case-Datei fehlt',
  'cli.usage.oneFile': 'erwartet wird eine Business-Case-Datei, angegeben sind {count}',
  'cli.usage.needsValue': '{option} braucht einen Wert',
  'cli.usage.givenTwice': '{option} ist doppelt angegeben',
  'cli.usage.wholeNumber': '{option} muss eine ganze Zahl von {min} bis {max} sein, angegeben ist {got}',
  'cli.usage.lang': '--lang muss eine dieser Sprachen sein: {locales}; angegeben ist {got}',

  'cli.invalidCase.one': '{file} ist kein gültiger Business Case ({count} Problem):',
  'cli.invalidCase.few': '{file} ist kein gültiger Business Case ({count} Probleme):',
  'cli.invalidCase.many': '{file} ist kein gültiger Business Case ({count} Probleme):',
  'cli.invalidCase.other': '{file} ist kein gültiger Business Case ({count} Probleme):',

  'cli.file.empty': '{path} ist leer',
  'cli.file.notJson': '{path} ist kein gültiges JSON: {reason} (Zeile {line}, Spalte {column})',
  'cli.file.jsonEnd': 'unerwartetes Ende der JSON-Eingabe',
  'cli.file.jsonUnexpected': 'unerwartetes Zeichen {char}, erwartet: {expected}',
  'cli.file.jsonWant.value': 'ein Wert: Objekt, Array, Text in doppelten Anführungszeichen, Zahl, true, false oder null',
  'cli.file.jsonWant.key': 'ein Eigenschaftsname in doppelten Anführungszeichen',
  'cli.file.jsonWant.colon': '":" nach dem Eigenschaftsnamen',
  'cli.file.jsonWant.nextInObject': '"," oder "{close}" nach dem Eigenschaftswert',
  'cli.file.jsonWant.nextInArray': '"," oder "{close}" nach dem Wert',
  'cli.file.jsonWant.end': 'nichts mehr nach dem Wert',
  'cli.file.jsonWant.digit': 'eine Ziffer',
  'cli.file.jsonWant.escape': 'eine Escape-Sequenz wie \\n oder \\u00e9',
  'cli.file.jsonWant.stringChar': 'Text, in dem ein Zeilenumbruch oder ein anderes Steuerzeichen als Escape-Sequenz steht (\\n)',
  'cli.file.utf16': '{path} ist UTF-16-Text; bitte als UTF-8 speichern',
  'cli.file.notUtf8': '{path} ist kein UTF-8-Text: ungültige Bytefolge bei Byte-Offset {offset} (Zeile {line}); bitte als UTF-8 speichern',
  'cli.file.notZip': '{path} ist keine .xlsx-Arbeitsmappe: Die Datei ist kein ZIP-Archiv, was jede .xlsx-Datei ist',
  'cli.file.badXlsx': '{path} ist keine lesbare .xlsx-Arbeitsmappe: {detail}',
  'cli.file.noRoiSheet': '{path}: Die Arbeitsmappe enthält kein CRM-ROI-Blatt, das crm-roi oder das Add-in erstellt hat',
  'cli.file.sheetInputs': '{path}: Das Tabellenblatt enthält ungültige Eingaben:',
  'cli.file.cannotRead': '{path} kann nicht gelesen werden: {reason}',
  'cli.file.cannotWrite': '{path} kann nicht geschrieben werden: {reason}',
  'cli.fs.noSuchFile': 'Datei nicht vorhanden',
  'cli.fs.noFolder': 'der Ordner existiert nicht',
  'cli.fs.permission': 'keine Berechtigung',
  'cli.fs.isDirectory': 'es ist ein Ordner',
  'cli.fs.notDirectory': 'ein Teil des Pfads ist eine Datei, kein Ordner',
  'cli.fs.noSpace': 'kein Speicherplatz mehr auf dem Datenträger',
  'cli.fs.quota': 'das Speicherkontingent ist erschöpft',
  'cli.fs.tooBig': 'die Datei würde die zulässige Dateigröße überschreiten',
  'cli.fs.readOnly': 'das Dateisystem ist schreibgeschützt',
  'cli.fs.nameTooLong': 'der Name ist zu lang',
  'cli.fs.loop': 'zu viele symbolische Links',

  'cli.percent': '{value}\u00a0%',
  'cli.months': '{value} Monate',
  'cli.monthNumber': 'Monat {month} ({calendar})',
  'cli.never': 'nie',
  'cli.notAvailable': 'k. A.',

  'cli.metric.TOTAL_COSTS': 'Gesamtkosten',
  'cli.metric.TOTAL_BENEFITS': 'Gesamtnutzen',
  'cli.metric.NET_BENEFIT': 'Nettonutzen',
  'cli.metric.PV_COSTS': 'Barwert der Kosten',
  'cli.metric.PV_BENEFITS': 'Barwert des Nutzens',
  'cli.metric.ROI': 'Kapitalrendite (ROI, nominal, nicht abgezinst)',
  'cli.metric.ROI_PV': 'Kapitalrendite (ROI, Barwertbasis wie TEI)',
  'cli.metric.BCR': 'Nutzen-Kosten-Verhältnis (Barwerte)',
  'cli.metric.IRR': 'Interner Zinsfuß (IRR, p. a.)',
  'cli.metric.PAYBACK': 'Amortisationsdauer (Monate, statisch)',
  'cli.metric.PAYBACK_DISCOUNTED': 'Amortisationsdauer (Monate, dynamisch)',
  'cli.metric.BREAK_EVEN': 'Break-even-Monat',
  'cli.metric.PEAK_FUNDING_MONTH': 'Monat des maximalen Finanzierungsbedarfs',

  'cli.evaluate.summary': 'Einen Business Case auswerten: Kapitalwert, ROI, interner Zinsfuß und Amortisationsdauer',
  'cli.evaluate.usage': `Aufruf: crm-roi evaluate <fall.json | roi.xlsx> [--json] [--lang <Sprache>]

Prüft eine Business-Case-Datei, erstellt den monatlichen Zahlungsplan und gibt die Kennzahlen aus:
Summen, Barwerte, Kapitalwert, ROI (nominal und auf Barwertbasis), Nutzen-Kosten-Verhältnis,
internen Zinsfuß, Amortisationsdauer (statisch und dynamisch), Break-even-Monat und eine
Tabelle je Jahr, jede Summe auch vor Risikoanpassung. Mit Dreipunktschätzungen kommen die
Szenarien konservativ, erwartet und optimistisch nebeneinander hinzu sowie die Sensitivität
des Kapitalwerts (Tornado), die größte Spannweite zuerst.
Mit Istwerten (\`crm-roi actuals\` übernimmt sie aus einer CSV-Datei) kommt Plan gegen Ist hinzu:
die bisherigen Zahlen und ihre Abweichung, je Position; eine Hochrechnung (Ist soweit bekannt,
danach Plan) neben dem Plan; der realisierte Jahres-ROI und die Amortisationsdauer, die er
ergibt; Quartale und Jahre mit ihrem Perioden-ROI; und die Kennzahlen gegen Ausgangs- und Zielwert.
Das Dateiformat beschreibt docs/case-format.md; examples/ enthält Beispiele.
Eine mit \`crm-roi workbook\` erstellte .xlsx-Datei wird aus ihrem ROI-Blatt gelesen, mit Ihren Änderungen.

Optionen:
  --json             die Kennzahlen als JSON ausgeben (Fehler als {errorJson});
                     "unadjusted", "scenarios" und "sensitivity" stehen neben den Kennzahlen,
                     "actuals", "reforecast" und "kpis", wenn der Business Case sie hat.
                     In jeder Sprache gleich
  --lang <Sprache>   die Sprache der Textausgabe: {locales} (Standard: aus
                     LC_ALL, LC_MESSAGES oder LANG, sonst en)
  -h, --help         diese Hilfe anzeigen

Exit-Codes: 0 ausgewertet; 1 die Datei fehlt, ist kein JSON oder kein gültiger Business Case
(jedes Problem steht auf stderr); 2 Aufruffehler.`,
  'cli.evaluate.case': 'Business Case',
  'cli.evaluate.horizon.one': '{count} Monat ab {start} ({first} – {last})',
  'cli.evaluate.horizon.few': '{count} Monate ab {start} ({first} – {last})',
  'cli.evaluate.horizon.many': '{count} Monate ab {start} ({first} – {last})',
  'cli.evaluate.horizon.other': '{count} Monate ab {start} ({first} – {last})',
  'cli.evaluate.rate': '{annual} p. a. ({monthly} pro Monat)',
  'cli.evaluate.withUnadjusted': '{value}  (vor Risikoanpassung: {unadjusted})',
  'cli.evaluate.year': 'Jahr',
  'cli.evaluate.months': 'Monate',
  'cli.evaluate.costs': 'Kosten',
  'cli.evaluate.benefits': 'Nutzen',
  'cli.evaluate.net': 'Netto',
  'cli.evaluate.cumulativeNet': 'Netto kumuliert',
  'cli.evaluate.initial': 'Anfang',
  'cli.evaluate.scenario': 'Szenario',
  'cli.evaluate.conservative': 'Konservativ',
  'cli.evaluate.expected': 'Erwartet',
  'cli.evaluate.optimistic': 'Optimistisch',
  'cli.evaluate.sensitivity': 'Sensitivität des Kapitalwerts',
  'cli.evaluate.swing': 'Spannweite',

  'cli.simulate.summary': 'Monte-Carlo-Simulation der Dreipunktschätzungen: Kapitalwert, ROI und Amortisationsdauer bei P10/P50/P90',
  'cli.simulate.usage': `Aufruf: crm-roi simulate <fall.json | roi.xlsx> [--iterations N] [--seed S] [--pert] [--json] [--lang <Sprache>]

Monte-Carlo-Simulation über die Dreipunktschätzungen des Business Case (ein Treiber, angegeben als
{estimate}): Jede Ziehung gibt jeder Schätzung einen Wert aus ihrer
Spanne, unabhängig von den anderen, und wertet den Business Case aus. Ausgegeben werden Kapitalwert,
ROI (Barwertbasis) und statische Amortisationsdauer bei P10, P50 und P90 mit ihren Mittelwerten
sowie der Anteil der Ziehungen mit positivem Kapitalwert und mit Amortisation innerhalb des
Betrachtungszeitraums. Ohne Schätzungen ergibt jede Ziehung das erwartete Szenario.
Die Methode beschreibt docs/finance.md („Monte Carlo simulation“).

Optionen:
  --iterations N     Anzahl der Ziehungen, eine ganze Zahl von 1 bis {maxIterations} (Standard {iterations})
  --seed S           Startwert des Zufallsgenerators, eine ganze Zahl von 0 bis {maxSeed} (Standard {seed});
                     derselbe Startwert ergibt dieselben Zahlen
  --pert             aus Beta-PERT-Verteilungen statt aus Dreiecksverteilungen ziehen
  --json             die Zahlen als JSON ausgeben (null: keine Amortisation innerhalb des
                     Betrachtungszeitraums oder ein ROI ohne Kosten). In jeder Sprache gleich
  --lang <Sprache>   die Sprache der Textausgabe: {locales} (Standard: aus
                     LC_ALL, LC_MESSAGES oder LANG, sonst en)
  -h, --help         diese Hilfe anzeigen

Exit-Codes: 0 simuliert; 1 die Datei fehlt, ist kein JSON oder kein gültiger Business Case (jedes
Problem steht auf stderr); 2 Aufruffehler.`,
  'cli.simulate.draws': 'Ziehungen',
  'cli.simulate.drawsValue': '{count}, Startwert {seed}',
  'cli.simulate.estimates': 'Dreipunktschätzungen',
  'cli.simulate.estimatesTriangular': '{count}, jede unabhängig aus einer Dreiecksverteilung gezogen',
  'cli.simulate.estimatesPert': '{count}, jede unabhängig aus einer Beta-PERT-Verteilung gezogen',
  'cli.simulate.estimatesNone': 'keine im Business Case: Jede Ziehung ist das erwartete Szenario, ebenso jede Zahl unten',
  'cli.simulate.mean': 'Mittelwert',
  'cli.simulate.npvPositive': 'Kapitalwert über null',
  'cli.simulate.paysBack.one': 'Amortisation innerhalb von {count} Monat',
  'cli.simulate.paysBack.few': 'Amortisation innerhalb von {count} Monaten',
  'cli.simulate.paysBack.many': 'Amortisation innerhalb von {count} Monaten',
  'cli.simulate.paysBack.other': 'Amortisation innerhalb von {count} Monaten',
  'cli.simulate.share': '{share} der Ziehungen ({hits} von {total})',

  'cli.workbook.summary': 'Einen Business Case als .xlsx-Arbeitsmappe mit lebenden Formeln schreiben',
  'cli.workbook.usage': `Aufruf: crm-roi workbook <fall.json | roi.xlsx> [-o <datei.xlsx>] [--sheet <Name>]

Schreibt den Business Case als Excel-Arbeitsmappe: das ROI-Blatt (Eingaben, ein monatlicher Zahlungsplan
aus lebenden Formeln, die Kennzahlen, benannte Bereiche, zwei Diagramme: kumulierter
Netto-Zahlungsstrom mit dem Amortisationszeitpunkt, Kosten und Nutzen je Jahr) und ein Blatt
„{caseSheet}“ mit dem Business Case als JSON. Die Datei öffnet sich in Excel, LibreOffice und Google
Sheets und wird dort neu berechnet.

Gibt es die Ausgabe-Arbeitsmappe schon, wird sie an Ort und Stelle bearbeitet, wie das Add-in
eine geöffnete Arbeitsmappe bearbeitet: Das ROI-Blatt dieses Namens wird aktualisiert, wenn
crm-roi es geschrieben hat, sonst kommt ein neues ROI-Blatt hinzu; jedes andere Blatt,
Diagramm, jeder Name und jede Eigenschaft bleibt erhalten, ebenso jede Ihrer Zellen, auch im
ROI-Blatt. Eine Ihrer Zellen, wo das Blatt Platz braucht, stoppt das Schreiben und wird
genannt. Aus einer .xlsx-Datei, die es zuvor erstellt hat, liest es das ROI-Blatt zurück (mit
Ihren Änderungen an Eingaben und Notizen) und baut es dort unter dem aktuellen Blattnamen neu auf.

Optionen:
  -o, --output <Datei>  wohin geschrieben wird, eine .xlsx-Datei (Standard: der Name der
                        Business-Case-Datei mit .xlsx, hier); nie die Business-Case-Datei
                        selbst, außer sie ist eine .xlsx-Datei, die an Ort und Stelle neu
                        aufgebaut wird. Die alte Datei wird erst ersetzt, wenn die neue
                        vollständig ist: Ein Fehler lässt sie, wie sie war.
  --sheet <Name>        Name des ROI-Blatts (Standard „CRM ROI“), nach Excels Regeln: 1 bis 31
                        Zeichen, keines von : \\ / ? * [ ] und keine Steuerzeichen, kein Apostroph
                        am Anfang oder Ende, nicht „History“, nicht „{caseSheet}“
  --lang <Sprache>     Sprache des Arbeitsblatts und dieser Meldungen: {locales}.
                       Standard: die des Blatts bei Aktualisierung oder Neuaufbau, sonst en.
  -h, --help            diese Hilfe anzeigen

Exit-Codes: 0 geschrieben; 1 die Business-Case-Datei fehlt, ist kein JSON oder kein gültiger Business Case (jedes
Problem steht auf stderr, nichts wird geschrieben), die Ausgabe ist die Business-Case-Datei oder die Datei
kann nicht geschrieben werden; 2 Aufruffehler.`,
  'cli.workbook.invalidCase.one': '{file} ist kein gültiger Business Case ({count} Problem); nichts geschrieben:',
  'cli.workbook.invalidCase.few': '{file} ist kein gültiger Business Case ({count} Probleme); nichts geschrieben:',
  'cli.workbook.invalidCase.many': '{file} ist kein gültiger Business Case ({count} Probleme); nichts geschrieben:',
  'cli.workbook.invalidCase.other': '{file} ist kein gültiger Business Case ({count} Probleme); nichts geschrieben:',
  'cli.workbook.outputIsCase': 'die Ausgabe {output} ist die Business-Case-Datei {file}; die Arbeitsmappe dorthin zu schreiben, würde Ihren Business Case ersetzen. Wählen Sie ein anderes -o.',
  'cli.workbook.notXlsx': 'die Ausgabe {output} endet nicht auf .xlsx; Excel und crm-roi selbst erkennen eine Arbeitsmappe an dieser Endung',
  'cli.workbook.notWritten': '{problem}; nichts geschrieben',
  'cli.workbook.sheet': 'Blatt „{sheet}“ ({owned}, Formeln: {formulas}, benannte Bereiche: {names})',
  'cli.workbook.updated': '{sheet} in {output} aktualisiert; alles andere in der Arbeitsmappe ist unverändert.',
  'cli.workbook.added': '{sheet} in {output} hinzugefügt; alles andere in der Arbeitsmappe ist unverändert.',
  'cli.workbook.wrote': '{output} geschrieben: {sheet} und Blatt „{caseSheet}“.',
};
