// What text a case may hold. Every name and note ends up in a workbook cell (XML 1.0) and on a screen, so the rules are
// the workbook's: no control characters (except tab and line breaks in notes), no lone surrogates, no non-characters
// (U+FFFE, U+FFFF, U+FDD0–U+FDEF and their kin in every plane), and a name must show something.

/** Limits in characters (code points), documented in docs/case-format.md; Excel's own cell limit is 32,767. */
export const MAX_NAME_LENGTH = 120;
export const MAX_NOTE_LENGTH = 2000;
export const MAX_CASE_NOTES = 50;

export interface TextProblem {
  kind: 'badCharacter' | 'tooLong' | 'invisible';
  codePoint?: number;
  /** 1-based position of the bad character, in characters. */
  position?: number;
  length?: number;
}

const isNonCharacter = (cp: number) => (cp >= 0xfdd0 && cp <= 0xfdef) || (cp & 0xfffe) === 0xfffe;
const isSurrogate = (cp: number) => cp >= 0xd800 && cp <= 0xdfff;
const isControl = (cp: number, multiline: boolean) =>
  (cp < 0x20 && !(multiline && (cp === 0x09 || cp === 0x0a || cp === 0x0d))) || (cp >= 0x7f && cp <= 0x9f);

/** Characters that show nothing on their own: white space, format characters (zero-width space, BOM…), fillers. */
const INVISIBLE = /[\p{White_Space}\p{Cf}\u115F\u1160\u2800\u3164\uFFA0]/gu;

/**
 * The first problem with `text`, if any. `multiline` allows tab and line breaks (notes); `visible` requires at least
 * one visible character (names).
 */
export function textProblem(text: string, options: { max: number; multiline?: boolean; visible?: boolean }): TextProblem | undefined {
  let position = 0;
  for (const ch of text) {
    position++;
    const cp = ch.codePointAt(0)!;
    if (isControl(cp, options.multiline ?? false) || isSurrogate(cp) || isNonCharacter(cp)) return { kind: 'badCharacter', codePoint: cp, position };
  }
  if (position > options.max) return { kind: 'tooLong', length: position };
  if (options.visible && text.replace(INVISIBLE, '') === '') return { kind: 'invisible' };
  return undefined;
}
