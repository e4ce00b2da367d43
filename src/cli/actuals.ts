import { evaluate, formatIssue, validateCase } from '../case';
import { LOCALE_TAGS, type Locale } from '../i18n/locales';
import { t } from '../i18n/t';
import { DEFAULT_SHEET_NAME } from '../plan';
import { mergeActuals, readActualsCsv } from './actuals-csv';
import { readCaseFile, readTextFile } from './case-file';
import { EXIT, usageError, type Command } from './command';
import { langOption, withoutLang } from './lang';
import { say, warn } from './output';
import { plural } from '../i18n/plural';
import { writeCaseWorkbook } from './write-workbook';

// The command's words are the cli-actuals.* messages, in the reader's language (--lang, else the environment's).
// The ROI sheet keeps the language it was built in: the environment's never changes a shared workbook; an explicit
// --lang rebuilds it in that language, as `crm-roi workbook --lang` does.
const usage = (locale: Locale) => t(locale, 'cli-actuals.usage', { locales: LOCALE_TAGS.join(', ') });

export const actualsCommand: Command = {
  name: 'actuals',
  summary: (locale) => t(locale, 'cli-actuals.summary'),
  usage,
  async run(args, locale = 'en') {
    const parsed = parseArgs(args, locale);
    if ('help' in parsed) {
      say(usage(locale));
      return EXIT.ok;
    }
    if ('problem' in parsed) return usageError(this, locale, parsed.problem);
    const { workbook, csv, output, lang } = parsed;
    const invalid = (what: string, problems: string[]): number => {
      warn(`crm-roi actuals: ${plural(locale, 'cli-actuals.problems', problems.length, { what })}`);
      for (const p of problems) warn(`  ${p}`);
      return EXIT.badInput;
    };

    const input = await readCaseFile(workbook, locale);
    if (input.error !== undefined) return fail(input.error);
    const checked = validateCase(input.value);
    if (!checked.ok) return invalid(t(locale, 'cli-actuals.invalidWorkbook', { workbook }), checked.issues.map((issue) => formatIssue(issue, locale)));
    const text = await readTextFile(csv, locale);
    if (text.error !== undefined) return fail(t(locale, 'cli.workbook.notWritten', { problem: text.error }));
    const read = readActualsCsv(text.text, checked.case, locale);
    if (!read.ok) return invalid(t(locale, 'cli-actuals.cannotMerge', { csv }), read.problems.map((p) => (p.row === undefined ? p.message : t(locale, 'cli-actuals.row', { row: p.row, problem: p.message }))));

    const { case: merged, merged: count, replaced } = mergeActuals(checked.case, read.entries);
    const again = validateCase(merged);
    if (!again.ok) return invalid(t(locale, 'cli-actuals.invalidMerged', { csv }), again.issues.map((issue) => formatIssue(issue, locale)));
    const written = await writeCaseWorkbook(again.case, evaluate(again.case), { output, source: workbook, sheetName: input.sheetName ?? DEFAULT_SHEET_NAME, lang }, locale);
    if ('problem' in written) return fail(written.problem);
    const blank = read.entries.length - count;
    const details = (replaced ? plural(locale, 'cli-actuals.replaced', replaced, {}) : '') + (blank ? plural(locale, 'cli-actuals.blank', blank, {}) : '');
    say(plural(locale, 'cli-actuals.merged', count, { csv, details }));
    say(written.written);
    return EXIT.ok;
  },
};

type Parsed = { help: true } | { problem: string } | { workbook: string; csv: string; output: string; lang?: Locale };

function parseArgs(all: string[], locale: Locale): Parsed {
  const lang = withoutLang(all, locale);
  const args = 'args' in lang ? lang.args : [];
  if (args.includes('-h') || args.includes('--help')) return { help: true };
  if ('problem' in lang) return lang;
  const files: string[] = [];
  let output: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '-h' || a === '--help') return { help: true };
    if (a === '-o' || a === '--output') {
      output = args[++i];
      if (output === undefined || output === '') return { problem: t(locale, 'cli.usage.needsValue', { option: a }) };
    } else if (a.startsWith('-') && a !== '-') return { problem: t(locale, 'cli.usage.unknownOption', { option: a }) };
    else files.push(a);
  }
  if (files.length !== 2) return { problem: plural(locale, 'cli-actuals.usage.files', files.length, {}) };
  const [workbook, csv] = files;
  if (!isWorkbook(workbook)) return { problem: t(locale, 'cli-actuals.usage.notWorkbook', { workbook }) };
  if (output === undefined) return { problem: t(locale, 'cli-actuals.usage.missingOutput') };
  if (!isWorkbook(output)) return { problem: t(locale, 'cli.workbook.notXlsx', { output }) };
  // Given explicitly, --lang is also the sheet's language; withoutLang has checked it names one.
  return { workbook, csv, output, lang: langOption(all) };
}

const isWorkbook = (path: string) => /\.xlsx$/i.test(path);

function fail(message: string): number {
  warn(`crm-roi actuals: ${message}`);
  return EXIT.badInput;
}
