// Where JSON text goes wrong. Node 20's JSON.parse names a position for most errors but not for an unexpected token
// ("Unexpected token 'x', "…" is not valid JSON") or the end of the input, so the CLI finds it itself.

const SPACE = new Set([' ', '\t', '\n', '\r']);
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);
const isDigit = (ch: string | undefined) => ch !== undefined && ch >= '0' && ch <= '9';
const isHex = (ch: string | undefined) => ch !== undefined && /^[0-9a-fA-F]$/.test(ch);

/** What the text needed where it went wrong: a value, a property name, ":", "," or the bracket to close, its end, … */
export type JsonWant = 'value' | 'key' | 'colon' | 'nextInObject' | 'nextInArray' | 'end' | 'digit' | 'escape' | 'stringChar';

/** Offset of the first character at which `text` stops being JSON (see jsonError); undefined for valid JSON. */
export const jsonErrorOffset = (text: string): number | undefined => jsonError(text)?.offset;

/**
 * Where `text` stops being JSON and what it needed there. The offset is counted as V8 counts it ("at position N"):
 * the offending character, or text.length when the text ends too soon. undefined for valid JSON.
 * Iterative, so a deeply nested document cannot overflow the stack.
 */
export function jsonError(text: string): { offset: number; want: JsonWant } | undefined {
  let i = 0;
  let want: JsonWant = 'value';
  const broken = new Error('broken JSON');
  const expect = (ok: boolean, needed: JsonWant) => {
    if (ok) return;
    want = needed;
    throw broken;
  };
  const space = () => {
    while (SPACE.has(text[i])) i++;
  };
  const digits = () => {
    expect(isDigit(text[i]), 'digit');
    while (isDigit(text[i])) i++;
  };
  const string = (what: JsonWant) => {
    expect(text[i] === '"', what);
    for (i++; text[i] !== '"'; i++) {
      expect(i < text.length && text[i] >= ' ', 'stringChar');
      if (text[i] !== '\\') continue;
      i++;
      if (text[i] !== 'u') expect(ESCAPES.has(text[i]), 'escape');
      else for (let k = 0; k < 4; k++) expect(isHex(text[++i]), 'escape');
    }
    i++;
  };
  const number = () => {
    if (text[i] === '-') i++;
    if (text[i] === '0') i++;
    else digits();
    if (text[i] === '.') {
      i++;
      digits();
    }
    if (text[i] === 'e' || text[i] === 'E') {
      i++;
      if (text[i] === '+' || text[i] === '-') i++;
      digits();
    }
  };
  const word = (w: string) => {
    for (const ch of w) {
      expect(text[i] === ch, 'value');
      i++;
    }
  };
  const key = () => {
    space();
    string('key');
    space();
    expect(text[i] === ':', 'colon');
    i++;
  };

  /** The closing brackets of the open arrays and objects, innermost last. */
  const open: string[] = [];
  try {
    for (;;) {
      // A value.
      space();
      const ch = text[i];
      if (ch === '{' || ch === '[') {
        const close = ch === '{' ? '}' : ']';
        i++;
        space();
        if (text[i] !== close) {
          open.push(close);
          if (close === '}') key();
          continue;
        }
        i++;
      } else if (ch === '"') string('value');
      else if (ch === '-' || isDigit(ch)) number();
      else {
        const literal = ['true', 'false', 'null'].find((w) => w[0] === ch);
        expect(literal !== undefined, 'value');
        word(literal!);
      }
      // After a value: close what it ends, until a comma asks for the next one.
      for (;;) {
        space();
        if (open.length === 0) {
          expect(i === text.length, 'end');
          return undefined;
        }
        if (text[i] === ',') {
          i++;
          if (open[open.length - 1] === '}') key();
          break;
        }
        expect(text[i] === open[open.length - 1], open[open.length - 1] === '}' ? 'nextInObject' : 'nextInArray');
        i++;
        open.pop();
      }
    }
  } catch (err) {
    if (err !== broken) throw err;
    return { offset: i, want };
  }
}

/** 1-based line and column (in UTF-16 units, as editors count) of an offset in `text`. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const lines = text.slice(0, offset).split('\n');
  return { line: lines.length, column: lines[lines.length - 1].length + 1 };
}
