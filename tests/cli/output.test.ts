import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { visible } from '../../src/cli/output';
import { buildCli, cli } from './run-cli';

// Nothing a case file, a workbook, a path or an argument holds reaches the terminal as a control sequence.

/** C0 except newline, DEL, C1, bidi embeddings/overrides (U+202A–U+202E) and isolates (U+2066–U+2069). */
const UNSAFE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
const unsafeCharacters = [...Array(0x20).keys(), ...Array.from({ length: 0x21 }, (_, i) => 0x7f + i), 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069]
  .filter((cp) => cp !== 0x0a)
  .map((cp) => String.fromCharCode(cp));

describe('visible()', () => {
  it('spells every unsafe character as its \\u escape and keeps everything else', () => {
    expect(visible('\u001b]0;pwned\u0007\u001b[2J')).toBe('\\u001b]0;pwned\\u0007\\u001b[2J');
    expect(visible('a\u009b31m\u202eb\u2066c\u007f\td\re')).toBe('a\\u009b31m\\u202eb\\u2066c\\u007f\\u0009d\\u000de');
    for (const ch of unsafeCharacters) expect(visible(ch)).toMatch(/^\\u[0-9a-f]{4}$/);
    const safe = 'line one\nline two: € 1,000 — 売上 😀 \u200f \u2028 \\u001b';
    expect(visible(safe)).toBe(safe);
  });

  it('leaves JSON text the same JSON: every string, with every unsafe character, reads back unchanged', () => {
    const value = { name: unsafeCharacters.join(''), nested: [`x${unsafeCharacters.join('y')}z`] };
    const text = visible(JSON.stringify(value, null, 2));
    expect(text).not.toMatch(UNSAFE);
    expect(JSON.parse(text)).toEqual(value);
  });

  it('is the only way src/cli prints: no console or process.stdout/stderr elsewhere', () => {
    const folder = join(__dirname, '../../src/cli');
    for (const name of readdirSync(folder).filter((n) => n.endsWith('.ts') && n !== 'output.ts')) {
      expect(readFileSync(join(folder, name), 'utf8'), name).not.toMatch(/\bconsole\.|process\.(stdout|stderr)/);
    }
  });
});

describe('the CLI end to end', () => {
  beforeAll(buildCli);
  const tmp = mkdtempSync(join(tmpdir(), 'crm-roi-output-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));
  const example = JSON.parse(readFileSync('examples/small-business.json', 'utf8'));
  const caseFile = (name: string, edit: (c: typeof example) => void) => {
    const c = structuredClone(example);
    edit(c);
    const path = join(tmp, name);
    writeFileSync(path, JSON.stringify(c));
    return path;
  };
  const hostile = '\u001b]0;pwned\u0007\u001b[2J';
  const bidiName = 'Deal \u202eevil\u202c \u2066x\u2069';
  const writeTo = (name: string, text: string) => {
    writeFileSync(join(tmp, name), text);
    return join(tmp, name);
  };

  // [what, the arguments, how the CLI must show the hostile part]. Validation refuses control characters in names, so
  // there the message names the character; everything else the CLI itself escapes.
  const runs: [string, () => string[], string][] = [
    ['a case name with terminal escapes', () => ['evaluate', caseFile('escapes.json', (c) => (c.name = hostile))], 'U+001B'],
    ['a case name with bidi overrides, as text', () => ['evaluate', caseFile('bidi.json', (c) => (c.name = bidiName))], 'Deal \\u202eevil\\u202c \\u2066x\\u2069'],
    ['a case name with bidi overrides, as JSON', () => ['evaluate', '--json', caseFile('bidi.json', (c) => (c.name = bidiName))], '"Deal \\u202eevil\\u202c \\u2066x\\u2069"'],
    ['a path', () => ['evaluate', join(tmp, `${hostile}.json`)], '\\u001b]0;pwned\\u0007\\u001b[2J.json: no such file'],
    ['an option', () => ['evaluate', `--${hostile}`], 'unknown option --\\u001b]0;pwned\\u0007\\u001b[2J'],
    ['a command', () => [`\u009b2J${hostile}`], 'unknown command "\\u009b2J\\u001b]0;pwned'],
    ['a JSON token', () => ['evaluate', writeTo('token.json', `{"name": ${hostile}}`)], 'Unexpected character "\\u001b", expected a value'],
    ['a --sheet', () => ['workbook', 'examples/small-business.json', '-o', join(tmp, 'x.xlsx'), '--sheet', 'a\u202e\u0085'], '--sheet "a\\u202e\\u0085" contains the control character U+0085'],
  ];

  it.each(runs)('%s: no unsafe character reaches stdout or stderr; it shows escaped', (_, args, shown) => {
    const { stdout, stderr } = cli(...args());
    expect(stdout).not.toMatch(UNSAFE);
    expect(stderr).not.toMatch(UNSAFE);
    expect(`${stdout}${stderr}`).toContain(shown);
  });

  it('--json stays JSON, with the case name intact', () => {
    const { code, stdout } = cli('evaluate', '--json', caseFile('bidi.json', (c) => (c.name = bidiName)));
    expect(code).toBe(0);
    expect(stdout).toContain('"case": "Deal \\u202eevil\\u202c \\u2066x\\u2069"');
    expect(JSON.parse(stdout).case).toBe(bidiName);
  });
});
