import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { workbookCommand } from '../../src/cli/workbook';
import { chooseSheetName } from '../../src/plan';
import { cellMessage } from '../../src/plan/issue-text';
import { sheetNameProblem } from '../../src/plan/sheet-name';

// Excel's sheet-name rules: the CLI refuses a --sheet that breaks one; chooseSheetName never produces one.

describe('sheetNameProblem', () => {
  it.each([
    ['', [], 'is empty'],
    ['x'.repeat(32), [], 'is 32 characters long as Excel counts them; a sheet name has at most 31'],
    ['😀'.repeat(16), [], 'is 32 characters long as Excel counts them; a sheet name has at most 31'], // 16 emoji: 32 UTF-16 units
    ['a\nb', [], 'contains the control character U+000A at position 2; a sheet name cannot hold control characters (line breaks, tabs…)'],
    ['tab\there', [], 'contains the control character U+0009 at position 4; a sheet name cannot hold control characters (line breaks, tabs…)'],
    ['del\u007f', [], 'contains the control character U+007F at position 4; a sheet name cannot hold control characters (line breaks, tabs…)'],
    ['c1\u0085', [], 'contains the control character U+0085 at position 3; a sheet name cannot hold control characters (line breaks, tabs…)'],
    ...[':', '\\', '/', '?', '*', '[', ']'].map((ch) => [`Q3${ch}`, [], `contains "${ch}"; a sheet name cannot hold any of : \\ / ? * [ ]`]),
    ['   ', [], 'is blank; a sheet name needs a visible character'],
    ["'quoted'", [], 'starts with an apostrophe; a sheet name cannot start or end with one'],
    ["Bob'", [], 'ends with an apostrophe; a sheet name cannot start or end with one'],
    ['History', [], 'is reserved by Excel (in any mix of upper and lower case)'],
    ['hISTORY', [], 'is reserved by Excel (in any mix of upper and lower case)'],
    ['crm roi case', ['CRM ROI case'], 'is the name of the workbook’s sheet "CRM ROI case" (Excel ignores case in sheet names)'],
    ['ÄRGER', ['ärger'], 'is the name of the workbook’s sheet "ärger" (Excel ignores case in sheet names)'],
  ] as [string, string[], string][])('%j is refused: %j', (name, others, problem) => {
    expect(cellMessage(sheetNameProblem(name, others)!, 'en')).toBe(problem);
  });

  it('says why in the reader’s language', () => {
    expect(cellMessage(sheetNameProblem('x'.repeat(32), [])!, 'de')).toBe('ist nach Excels Zählung 32 Zeichen lang; ein Blattname hat höchstens 31');
    expect(cellMessage(sheetNameProblem('History', [])!, 'zh-CN')).toBe('是 Excel 的保留名称（不区分大小写）');
  });

  it.each([['CRM ROI'], ['x'.repeat(31)], ['😀'.repeat(15) + 'x'], ["Bob's case"], ['History (2)'], ['Histories'], ['売上 2026'], [' padded ']])('%j is a good name', (name) => {
    expect(sheetNameProblem(name, ['CRM ROI case', 'Budget'])).toBeUndefined();
  });

  it('accepts exactly what ExcelJS accepts, for the rules ExcelJS knows', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', ' ', "'", ':', '[', '?', '\n', 'History', 'x'), maxLength: 4 }), (name) => {
        let excelJsProblem: unknown;
        try {
          new ExcelJS.Workbook().addWorksheet(name);
        } catch (err) {
          excelJsProblem = err;
        }
        // ExcelJS misses control characters, blank names and "history" in lower case; where it refuses, so do we.
        if (excelJsProblem) expect(sheetNameProblem(name, [])).toBeDefined();
      }),
    );
  });
});

describe('chooseSheetName never produces a name Excel refuses', () => {
  it('turns control characters into spaces and steps around "History"', () => {
    expect(chooseSheetName([], 'Pipeline\nQ3\tdraft')).toBe('Pipeline Q3 draft');
    expect(chooseSheetName([], '\u0085Deals\u009b')).toBe('Deals');
    expect(chooseSheetName([], 'History')).toBe('History (2)');
    expect(chooseSheetName([{ name: 'History (2)', owned: false }], 'history')).toBe('history (3)');
  });

  it('strips apostrophes and blanks at both ends, even where cutting exposes them, and never splits an emoji', () => {
    expect(chooseSheetName([], "' 'x' '")).toBe('x');
    expect(chooseSheetName([], `${'a'.repeat(30)}' tail`)).toBe('a'.repeat(30));
    expect(chooseSheetName([], `${'a'.repeat(30)}😀`)).toBe('a'.repeat(30));
  });

  it('for any desired name and existing sheets, the result passes sheetNameProblem', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'B', ' ', "'", ':', '/', '\n', '\u0085', '😀', 'History', '(2)'), maxLength: 40 });
    fc.assert(
      fc.property(fc.array(fc.record({ name: text, owned: fc.boolean() }), { maxLength: 4 }), text, (existing, desired) => {
        const sheets = existing.filter((s) => sheetNameProblem(s.name, []) === undefined);
        const chosen = chooseSheetName(sheets, desired);
        const reused = sheets.some((s) => s.owned && s.name.toLowerCase() === chosen.toLowerCase());
        expect(sheetNameProblem(chosen, reused ? [] : sheets.map((s) => s.name))).toBeUndefined();
      }),
    );
  });
});

describe('crm-roi workbook --sheet', () => {
  const dir = mkdtempSync(join(tmpdir(), 'crm-roi-sheet-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const example = join(__dirname, '../../examples/small-business.json');
  let stderr: string[];
  beforeEach(() => {
    stderr = [];
    vi.spyOn(console, 'error').mockImplementation((...a) => void stderr.push(a.join(' ')));
    vi.spyOn(console, 'log').mockImplementation(() => undefined);
  });
  afterEach(() => vi.restoreAllMocks());

  it.each([
    ['crm roi case', 'is the name of the workbook’s sheet "CRM ROI case" (Excel ignores case in sheet names)'],
    ['History', 'is reserved by Excel (in any mix of upper and lower case)'],
    ["'quoted'", 'starts with an apostrophe; a sheet name cannot start or end with one'],
    ['a\nb', 'contains the control character U+000A at position 2'],
    ['a/b', 'contains "/"'],
  ])('refuses %j with exit 2 and the rule it breaks, writing nothing', async (sheet, problem) => {
    const out = join(dir, 'never.xlsx');
    expect(await workbookCommand.run([example, '-o', out, '--sheet', sheet])).toBe(2);
    expect(stderr[0]).toContain(`crm-roi workbook: --sheet ${JSON.stringify(sheet)} ${problem}`);
    expect(stderr[0]).not.toContain('internal error');
    expect(() => readFileSync(out)).toThrow();
  });

  it('writes a good name, with its named ranges', async () => {
    const out = join(dir, 'ok.xlsx');
    expect(await workbookCommand.run([example, '-o', out, '--sheet', "Bob's case"])).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    expect(book.worksheets.map((s) => s.name)).toEqual(["Bob's case", 'CRM ROI case']);
    expect(book.definedNames.getRanges('CRMROI_BOB_S_CASE_NPV').ranges[0]).toMatch(/^'Bob''s case'!\$B\$\d+$/);
  });
});
