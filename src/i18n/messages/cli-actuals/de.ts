import type { CliActualsMessages } from './en';

export const cliActualsDe: CliActualsMessages = {
  'cli-actuals.heading': 'Plan gegen Ist, bis {calendar} (Monat {month})',
  'cli-actuals.toDate': 'Bisher',
  'cli-actuals.planned': 'Plan',
  'cli-actuals.actual': 'Ist',
  'cli-actuals.variance': 'Abweichung',
  'cli-actuals.roi': 'ROI',
  'cli-actuals.filledFromPlan.one': '{count} Positionsmonat ohne Istwert zählt bisher mit dem Planwert (--json listet ihn auf).',
  'cli-actuals.filledFromPlan.few': '{count} Positionsmonate ohne Istwert zählen bisher mit dem Planwert (--json listet sie auf).',
  'cli-actuals.filledFromPlan.many': '{count} Positionsmonate ohne Istwert zählen bisher mit dem Planwert (--json listet sie auf).',
  'cli-actuals.filledFromPlan.other': '{count} Positionsmonate ohne Istwert zählen bisher mit dem Planwert (--json listet sie auf).',
  'cli-actuals.line': 'Position',
  'cli-actuals.side': 'Art',
  'cli-actuals.side.cost': 'Kosten',
  'cli-actuals.side.benefit': 'Nutzen',
  'cli-actuals.monthsWithActuals': 'Monate mit Istwert',
  'cli-actuals.reforecast': 'Hochrechnung (bisher Ist, danach Plan)',
  'cli-actuals.reforecastColumn': 'Hochrechnung',
  'cli-actuals.realisedRate': 'Realisierte Rendite',
  'cli-actuals.annualRoi.one': 'Jahres-ROI (letzter {count} Monat, auf Systemkosten von {cost})',
  'cli-actuals.annualRoi.few': 'Jahres-ROI (letzte {count} Monate, auf Systemkosten von {cost})',
  'cli-actuals.annualRoi.many': 'Jahres-ROI (letzte {count} Monate, auf Systemkosten von {cost})',
  'cli-actuals.annualRoi.other': 'Jahres-ROI (letzte {count} Monate, auf Systemkosten von {cost})',
  'cli-actuals.impliedPayback': 'Amortisationsdauer bei dieser Rendite',
  'cli-actuals.reforecastPayback': 'Amortisationsdauer aus der Hochrechnung',
  'cli-actuals.neverAtThisRate': 'bei dieser Rendite nie',
  'cli-actuals.periodRoi': 'Perioden-ROI',
  'cli-actuals.impliedPaybackShort': 'Implizite Amortisationsdauer',
  'cli-actuals.quarter': 'Jahr {year} Q{quarter}',
  'cli-actuals.year': 'Jahr {year}',
  'cli-actuals.underWay': '{period} (bisher)',
  'cli-actuals.kpi.baseline': 'Ausgangswert',
  'cli-actuals.kpi.target': 'Zielwert',
  'cli-actuals.kpi.progress': 'Zielerreichung',
  'cli-actuals.kpi.benefitRealised': 'Realisierter Nutzen',
  'cli-actuals.kpi.higher': 'höher',
  'cli-actuals.kpi.lower': 'niedriger',

  'cli-actuals.summary': 'Istwerte aus einer CSV-Datei (Monat, Position, Betrag) in eine Arbeitsmappe übernehmen',
  'cli-actuals.usage': `Aufruf: crm-roi actuals <roi.xlsx> <istwerte.csv> -o <ausgabe.xlsx> [--lang <Sprache>]

Übernimmt, was tatsächlich geschehen ist, in einen Business Case: liest den Business Case aus
dem ROI-Blatt einer mit crm-roi oder dem Add-in erstellten Arbeitsmappe, setzt für jeden Monat,
den die CSV-Datei nennt, den Istwert der Position und schreibt die Arbeitsmappe so wie
\`crm-roi workbook\` (das ROI-Blatt aktualisiert, jedes andere Blatt und jede Ihrer Zellen
bleibt erhalten; in die Ausgabedatei, wenn es sie gibt). Ein Istwert ersetzt in seinem Monat
den risikoadjustierten Plan der Position; \`crm-roi evaluate\` zeigt dann Plan gegen Ist und
eine Hochrechnung.

Die CSV-Datei hat eine Kopfzeile mit den Spalten month, line und amount, in beliebiger
Reihenfolge und Schreibweise (andere Spalten werden ignoriert), getrennt durch "," oder, wie
Excel sie schreibt, wo das Dezimaltrennzeichen ein Komma ist, durch ";". UTF-8, mit oder ohne
Byte-Order-Mark.
  month   "JJJJ-MM", ein Datum "JJJJ-MM-TT" (dessen Monat) oder "Mar 2025", vom Monat vor
          dem Startdatum (der Anfangsperiode) bis zum letzten Monat des Betrachtungszeitraums;
          ein lokales Datum (03/04/2025) oder eine zweistellige Jahreszahl wird abgelehnt,
          nicht geraten
  line    die ID der Position, sonst ihr genauer Name (Groß-/Kleinschreibung egal); ein
          Name, den zwei Positionen tragen, wird abgelehnt: geben Sie die ID an. Eine
          Nutzenposition, die eine Kennzahl misst, nimmt hier keine Istwerte an.
  amount  1234.56 oder 1,234.56 (Dezimalpunkt), negativ mit Minus oder in Klammern, mit dem
          Währungssymbol oder -code des Business Case ($1,234.56, USD 99, ($50.00)); ein
          Dezimalkomma (1.234,56) wird abgelehnt, ebenso 1,234 oder 1.234 in einer durch ";"
          getrennten Datei, da beide Lesarten möglich sind.
          Ein leerer Betrag ist noch nicht bekannt: ein vorhandener Istwert bleibt.
Ein Wert ersetzt den Istwert der Position für diesen Monat; ein (Monat, Position)-Paar, das
zweimal vorkommt, ist ein Fehler. Leere Zeilen werden übersprungen.

Jedes Problem wird mit seiner Zeile gemeldet, so wie eine Tabellenkalkulation sie nummeriert
(die Kopfzeile ist Zeile 1), und nichts wird geschrieben, solange die CSV-Datei nicht
vollständig in Ordnung ist.

Optionen:
  -o, --output <Datei>  die zu schreibende Arbeitsmappe, eine .xlsx-Datei (auch die Eingabe,
                        dann an Ort und Stelle aktualisiert); erst ersetzt, wenn die neue
                        vollständig ist
  --lang <Sprache>      die Sprache dieser Meldungen: {locales} (Standard: aus
                        LC_ALL, LC_MESSAGES oder LANG, sonst en). Das ROI-Blatt behält die
                        Sprache, in der es erstellt wurde, unabhängig von der Umgebung; mit
                        --lang wird es in dieser Sprache neu aufgebaut, wie bei
                        \`crm-roi workbook --lang\`
  -h, --help            diese Hilfe anzeigen

Exit-Codes: 0 übernommen und geschrieben; 1 eine Datei fehlt oder ist nicht lesbar, die
CSV-Datei hat Probleme oder der Business Case ist nicht gültig (nichts wird geschrieben);
2 Aufruffehler.`,
  'cli-actuals.usage.files.one': 'erwartet: eine Arbeitsmappe und eine CSV-Datei, angegeben: {count} Datei',
  'cli-actuals.usage.files.few': 'erwartet: eine Arbeitsmappe und eine CSV-Datei, angegeben: {count} Dateien',
  'cli-actuals.usage.files.many': 'erwartet: eine Arbeitsmappe und eine CSV-Datei, angegeben: {count} Dateien',
  'cli-actuals.usage.files.other': 'erwartet: eine Arbeitsmappe und eine CSV-Datei, angegeben: {count} Dateien',
  'cli-actuals.usage.notWorkbook': '{workbook} endet nicht auf .xlsx: die Istwerte kommen in eine mit crm-roi oder dem Add-in erstellte Arbeitsmappe',
  'cli-actuals.usage.missingOutput': '-o <ausgabe.xlsx> fehlt: wohin die Arbeitsmappe mit den Istwerten geschrieben wird',
  'cli-actuals.invalidWorkbook': '{workbook} enthält keinen gültigen Business Case',
  'cli-actuals.cannotMerge': '{csv} kann nicht übernommen werden',
  'cli-actuals.invalidMerged': 'der Business Case mit den Istwerten aus {csv} ist nicht gültig',
  'cli-actuals.problems.one': '{what} ({count} Problem); nichts geschrieben:',
  'cli-actuals.problems.few': '{what} ({count} Probleme); nichts geschrieben:',
  'cli-actuals.problems.many': '{what} ({count} Probleme); nichts geschrieben:',
  'cli-actuals.problems.other': '{what} ({count} Probleme); nichts geschrieben:',
  'cli-actuals.row': 'Zeile {row}: {problem}',
  'cli-actuals.merged.one': '{count} Istwert aus {csv} übernommen{details}.',
  'cli-actuals.merged.few': '{count} Istwerte aus {csv} übernommen{details}.',
  'cli-actuals.merged.many': '{count} Istwerte aus {csv} übernommen{details}.',
  'cli-actuals.merged.other': '{count} Istwerte aus {csv} übernommen{details}.',
  'cli-actuals.replaced.one': ' ({count} ersetzt einen früheren)',
  'cli-actuals.replaced.few': ' ({count} ersetzen frühere)',
  'cli-actuals.replaced.many': ' ({count} ersetzen frühere)',
  'cli-actuals.replaced.other': ' ({count} ersetzen frühere)',
  'cli-actuals.blank.one': '; {count} leerer Betrag hat nichts geändert',
  'cli-actuals.blank.few': '; {count} leere Beträge haben nichts geändert',
  'cli-actuals.blank.many': '; {count} leere Beträge haben nichts geändert',
  'cli-actuals.blank.other': '; {count} leere Beträge haben nichts geändert',

  'cli-actuals.csv.unreadable': 'nicht als CSV lesbar: {detail}',
  'cli-actuals.csv.quoteNotClosed': 'ein Wert in Anführungszeichen ist bis zum Dateiende nicht geschlossen',
  'cli-actuals.csv.closingQuote': 'auf ein schließendes Anführungszeichen folgt {char} statt des Trennzeichens oder des Zeilenendes',
  'cli-actuals.csv.missingColumns.one': 'die Kopfzeile hat keine Spalte {columns} (nötig sind month, line und amount; gefunden: {found})',
  'cli-actuals.csv.missingColumns.few': 'die Kopfzeile hat keine Spalten {columns} (nötig sind month, line und amount; gefunden: {found})',
  'cli-actuals.csv.missingColumns.many': 'die Kopfzeile hat keine Spalten {columns} (nötig sind month, line und amount; gefunden: {found})',
  'cli-actuals.csv.missingColumns.other': 'die Kopfzeile hat keine Spalten {columns} (nötig sind month, line und amount; gefunden: {found})',
  'cli-actuals.csv.foundNothing': 'nichts',
  'cli-actuals.csv.columnTwice': 'die Kopfzeile hat zwei Spalten {column}',
  'cli-actuals.csv.month': 'erwartet: ein Monat "JJJJ-MM", ein Datum "JJJJ-MM-TT" oder ein Monat wie "Mar 2025", erhalten: {got}',
  'cli-actuals.csv.localDate': 'erwartet: ein Monat "JJJJ-MM", ein Datum "JJJJ-MM-TT" oder ein Monat wie "Mar 2025", erhalten: {got} (ein lokales Datum bedeutet in verschiedenen Ländern verschiedene Monate)',
  'cli-actuals.csv.monthRange': 'der Monat {month} liegt außerhalb des Business Case, der von {first} (Anfangsperiode) bis {last} läuft',
  'cli-actuals.csv.lineBlank': 'die Position ist leer: geben Sie ihre ID oder ihren Namen an',
  'cli-actuals.csv.noLine': 'keine Position hat die ID oder den Namen {name}',
  'cli-actuals.csv.ambiguousLine.one': '{name} ist der Name von {count} Position ({ids}): geben Sie die ID der Position an',
  'cli-actuals.csv.ambiguousLine.few': '{name} ist der Name von {count} Positionen ({ids}): geben Sie die ID der Position an',
  'cli-actuals.csv.ambiguousLine.many': '{name} ist der Name von {count} Positionen ({ids}): geben Sie die ID der Position an',
  'cli-actuals.csv.ambiguousLine.other': '{name} ist der Name von {count} Positionen ({ids}): geben Sie die ID der Position an',
  'cli-actuals.csv.kpi': '{name} ist eine Kennzahl, keine Position: die Werte einer Kennzahl gehören in die kpis des Business Case, nicht in diese CSV-Datei',
  'cli-actuals.csv.measured': 'die Nutzenposition "{line}" wird über die Kennzahl "{kpi}" gemessen: ihre Istwerte kommen aus den Werten der Kennzahl, nicht aus dieser CSV-Datei',
  'cli-actuals.csv.duplicate': 'die Position "{line}" ist für {month} bereits in Zeile {row} angegeben',
  'cli-actuals.csv.twoWays': '{amount} ist in einer durch ";" getrennten Datei zweideutig (Tausendertrennzeichen oder Dezimalkomma): schreiben Sie den Betrag ohne Tausendertrennzeichen, mit Dezimalpunkt',
  'cli-actuals.csv.decimalComma': '{amount} hat ein Dezimalkomma; erwartet: ein Betrag in {currency} wie 1234.56 oder 1,234.56, mit Dezimalpunkt',
  'cli-actuals.csv.amount': 'erwartet: ein Betrag in {currency} wie 1234.56 oder 1,234.56, erhalten: {got}',
  'cli-actuals.csv.tooLarge': '{amount} ist betragsmäßig größer als {max}, kein plausibler Betrag',
};
