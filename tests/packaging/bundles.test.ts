import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { dist, ensureBuilt, root } from '../functions/hosts';

// What the builds ship: decimal.js-light (MIT) travels with its copyright and permission notice in the very file that holds
// it, since a *.LICENSE.txt beside a bundle never reaches Apps Script (clasp pushes .js/.html only), and the Excel
// task pane page, which loads both Excel bundles into one runtime, loads one copy of it.

const require = createRequire(import.meta.url);
const { licenceComment } = require('../../webpack/licences.cjs') as { licenceComment: (files: string[]) => string };

const licence = readFileSync(join(root, 'node_modules/decimal.js-light/LICENCE.md'), 'utf8').replace(/\r\n?/g, '\n');
const copyright = licence.match(/^Copyright .*$/m)![0];
const permission = 'The above copyright notice and this permission notice shall be\nincluded in all copies or substantial portions of the Software.';
/** decimal.js-light's own error prefix: once in every copy of its code. */
const DECIMAL = '[DecimalError]';
const copies = (code: string) => code.split(DECIMAL).length - 1;
/** The notice as written, or inside a JS string (the Risk step's worker source, which the page holds as a string). */
const holdsNotice = (code: string) =>
  [permission, JSON.stringify(permission).slice(1, -1)].some((p) => code.includes(p)) && code.includes(copyright);
const read = (file: string) => readFileSync(dist(file), 'utf8');
const sidebarBuilt = existsSync(dist('gas/Sidebar.html')) || Boolean(process.env.CI);

beforeAll(() => {
  ensureBuilt('gas', 'gas/Code.js');
  ensureBuilt('excel', 'functions.js');
});

describe('licence notices', () => {
  it('licenceComment: the full licence of each npm package among the files, nothing for our own sources', () => {
    const notice = licenceComment([join(root, 'src/finance/money.ts'), join(root, 'node_modules/decimal.js-light/decimal.mjs'), join(root, 'node_modules/decimal.js-light/decimal.js')]);
    expect(notice.startsWith('/*! ')).toBe(true);
    expect(notice.split('decimal.js-light 2.')).toHaveLength(2);
    expect(notice.includes(licence.trim())).toBe(true);
    expect(licenceComment([join(root, 'src/finance/money.ts')])).toBe('');
  });

  it('Code.js carries decimal.js-light’s copyright and permission notice, and dist/gas holds no *.LICENSE.txt', () => {
    const code = read('gas/Code.js');
    expect(copies(code)).toBe(1);
    expect(code.includes(copyright) && code.includes(permission)).toBe(true);
    expect(code.includes('LICENSE.txt')).toBe(false);
    expect(readdirSync(dist('gas')).filter((f) => /licen[cs]e/i.test(f))).toEqual([]);
  });

  it.skipIf(!sidebarBuilt)('Sidebar.html carries the notice in its inlined script', () => {
    const html = read('gas/Sidebar.html');
    // The page's copy, and the Risk step's worker's, which runs only in the worker and carries its own notice.
    expect(copies(html)).toBe(2);
    const script = html.slice(html.indexOf('<script>'));
    expect(script.includes(copyright) && script.includes(permission)).toBe(true);
    expect(script.split(copyright).length - 1).toBe(2);
  });

  it('each Excel bundle holding decimal.js-light carries the notice itself', () => {
    const holders = ['functions.js', 'taskpane.js'].filter((f) => copies(read(f)) > 0);
    // taskpane.js's copy is the Risk step's worker source, a string run only in the worker.
    expect(holders).toEqual(['functions.js', 'taskpane.js']);
    for (const code of holders.map(read)) {
      expect(holdsNotice(code)).toBe(true);
      expect(code.includes('LICENSE.txt')).toBe(false);
    }
  });
});

describe('the Excel task pane page', () => {
  it('loads decimal.js-light once across its scripts; the Risk step’s worker has its own', () => {
    const scripts = [...read('taskpane.html').matchAll(/<script[^>]*\ssrc="?([^"\s>]+)/g)].map((m) => m[1]).filter((src) => !src.startsWith('https:'));
    expect(scripts).toEqual(['functions.js', 'taskpane.js']);
    // taskpane.js holds one only as the worker's source string, run in the worker, never in the page.
    expect(scripts.map((src) => copies(read(src)))).toEqual([1, 1]);
  });
});
