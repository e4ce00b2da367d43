import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { readCaseFile } from '../../src/cli/case-file';
import { jsonErrorOffset } from '../../src/cli/json-error';

// Reading a case file's text: every JSON error located by line and column; bytes that are not UTF-8 refused by offset.

const dir = mkdtempSync(join(tmpdir(), 'crm-roi-case-file-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const example = readFileSync(join(__dirname, '../../examples/small-business.json'));

async function read(name: string, content: string | Buffer) {
  const path = join(dir, name);
  writeFileSync(path, content);
  return { path, ...(await readCaseFile(path)) };
}

describe('malformed JSON: always a line and column', () => {
  it.each([
    // The end of the text, or the first character that cannot stand where it is (V8's own words are English only):
    ['an unexpected token', '{\n  "name": x\n}', 'Unexpected character "x", expected a value: an object, an array, a string in double quotes, a number, true, false or null (line 2, column 11)'],
    ['the end of the input', '{\n  "name": "x",\n  "costs": [1, 2,', 'Unexpected end of JSON input (line 3, column 18)'],
    ['the end inside a literal', '{"a": tru', 'Unexpected end of JSON input (line 1, column 10)'],
    ['only blank lines', '\n\n  ', 'Unexpected end of JSON input (line 3, column 3)'],
    ['a missing comma', '{\n  "name": "x"\n  "currency": "USD"\n}', 'Unexpected character "\\"", expected "," or "}" after the property value (line 3, column 3)'],
    ['a trailing comma', '[1,\n2,\n]', 'Unexpected character "]", expected a value: an object, an array, a string in double quotes, a number, true, false or null (line 3, column 1)'],
    ['a line break in a string', '{"name": "a\nb"}', 'Unexpected character "\\n", expected the text of a string, in which a line break or another control character is written as an escape (\\n) (line 1, column 12)'],
    ['CRLF line ends', '{\r\n"a": 1,\r\n"b": ?\r\n}', 'Unexpected character "?", expected a value: an object, an array, a string in double quotes, a number, true, false or null (line 3, column 6)'],
    ['a trailing comma in an object', '{"a": 1,}', 'Unexpected character "}", expected a property name in double quotes (line 1, column 9)'],
    ['a missing colon', '{"a" 1}', 'Unexpected character "1", expected ":" after the property name (line 1, column 6)'],
    ['text after the value', '{} x', 'Unexpected character "x", expected nothing more after the value (line 1, column 4)'],
    ['a bad escape', '["a\\qb"]', 'Unexpected character "q", expected an escape such as \\n or \\u00e9 (line 1, column 5)'],
    ['a number without digits', '[-x]', 'Unexpected character "x", expected a digit (line 1, column 3)'],
    ['a missing comma in an array', '[1 2]', 'Unexpected character "2", expected "," or "]" after the value (line 1, column 4)'],
    ['a character beyond the BMP, quoted whole', '[1, 😀]', 'Unexpected character "😀", expected a value: an object, an array, a string in double quotes, a number, true, false or null (line 1, column 5)'],
  ])('%s', async (_, text, where) => {
    const { path, error } = await read('broken.json', text);
    expect(error).toBe(`${path} is not valid JSON: ${where}`);
  });

  it('after a byte-order mark, which is still accepted, columns count from the first character', async () => {
    expect((await read('bom.json', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), example]))).error).toBeUndefined();
    expect((await read('bom-broken.json', '\uFEFF{"a": x}')).error).toMatch(/\(line 1, column 7\)$/);
  });

  it('jsonErrorOffset agrees with V8 wherever V8 names the position, and finds the token where it names none', () => {
    const json = fc.json({ maxDepth: 3 });
    const broken = fc.tuple(json, fc.nat(), fc.constantFrom('', 'x', '}', ']', ',', ':', '"', '\\', '-', '.', 'e', '\n', '\u0001', 't', '0')).map(([t, at, insert]) => {
      const i = at % (t.length + 1);
      return insert === '' ? t.slice(0, i) : `${t.slice(0, i)}${insert}${t.slice(i + 1)}`;
    });
    fc.assert(
      fc.property(broken, (text) => {
        let message: string | undefined;
        try {
          JSON.parse(text);
        } catch (err) {
          message = (err as Error).message;
        }
        const offset = jsonErrorOffset(text);
        const position = message && /position (\d+)/.exec(message);
        const token = message && /^Unexpected token '(.)'/su.exec(message);
        if (message === undefined) expect(offset).toBeUndefined();
        else if (position) expect(offset).toBe(Number(position[1]));
        else if (token) expect(text[offset!]).toBe(token[1]);
        else expect([message, offset]).toEqual(['Unexpected end of JSON input', text.length]);
      }),
      { numRuns: 2000 },
    );
  });

  it('survives nesting deeper than any stack', () => {
    expect(jsonErrorOffset(`${'['.repeat(200_000)}x`)).toBe(200_000);
  });
});

describe('the text must be UTF-8', () => {
  it('refuses an invalid byte with its offset and line, instead of reading it as U+FFFD', async () => {
    // Latin-1 "é" (E9) in a name on line 3; a real U+FFFD (EF BF BD) before it is valid UTF-8 and no reason to refuse.
    const bytes = Buffer.concat([Buffer.from('{\n"note": "\uFFFD",\n"name": "Caf'), Buffer.from([0xe9]), Buffer.from('"\n}')]);
    const { path, error } = await read('latin1.json', bytes);
    expect(error).toBe(`${path} is not UTF-8 text: invalid byte sequence at byte offset ${bytes.indexOf(0xe9)} (line 3); save it as UTF-8`);
  });

  it.each([
    ['a truncated sequence at the end', Buffer.from([0x7b, 0x0a, 0xe2, 0x82]), 2, 2],
    ['an overlong encoding', Buffer.from([0x5b, 0xc0, 0xaf, 0x5d]), 1, 1],
    ['a UTF-16 surrogate encoded in UTF-8', Buffer.from([0x5b, 0x0a, 0x0a, 0xed, 0xa0, 0x80, 0x5d]), 3, 3],
  ])('%s', async (_, bytes, offset, line) => {
    const { path, error } = await read('bad.json', bytes);
    expect(error).toBe(`${path} is not UTF-8 text: invalid byte sequence at byte offset ${offset} (line ${line}); save it as UTF-8`);
  });

  it.each([
    ['little-endian', [0xff, 0xfe], 'utf16le'],
    ['big-endian', [0xfe, 0xff], 'utf16be'],
  ])('says to save UTF-16 (%s) as UTF-8', async (_, bom, encoding) => {
    const text = Buffer.from(example.toString('utf8'), 'utf16le');
    if (encoding === 'utf16be') text.swap16();
    const { path, error } = await read('utf16.json', Buffer.concat([Buffer.from(bom), text]));
    expect(error).toBe(`${path} is UTF-16 text; save it as UTF-8`);
  });
});
