// Everything the CLI prints goes through say() and warn(), so no text from a case file, a workbook, a path or the
// command line can drive the terminal (retitle it, clear it, reorder text with bidi overrides).

/** C0 controls except newline, DEL, C1 controls and the bidi embeddings, overrides and isolates. */
const UNSAFE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/**
 * `text` with each unsafe character spelled as its JavaScript/JSON escape (ESC → `\u001b`). Newline stays: it is the
 * line break of the output. Raw unsafe characters can only sit inside strings in JSON text, so the escaped text of a
 * JSON document is still the same JSON document.
 */
export const visible = (text: string): string => text.replace(UNSAFE, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** Prints a line (or lines) on stdout. */
export const say = (text: string): void => console.log(visible(text));

/** Prints a line (or lines) on stderr. */
export const warn = (text: string): void => console.error(visible(text));
