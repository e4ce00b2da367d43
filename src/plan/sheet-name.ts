// Excel's rules for a sheet name. A name that breaks one makes Excel refuse the file, or ExcelJS refuse to write it,
// or (a line break) survives the write but breaks every named range that refers to the sheet.

/** Excel's limit, counted in UTF-16 code units as Excel counts. */
export const MAX_SHEET_NAME = 31;

/** Excel keeps "History" for the change-tracking sheet of a shared workbook. */
const RESERVED = 'history';

const FORBIDDEN = /[:\\/?*[\]]/;
/** C0, DEL and C1. */
const CONTROL = /\p{Cc}/u;

/** `text` with a space for each character no sheet name can hold (: \ / ? * [ ] and control characters). */
export const replaceUnusableCharacters = (text: string): string => text.replace(new RegExp(`${FORBIDDEN.source}|${CONTROL.source}`, 'gu'), ' ');

const codePoint = (ch: string) => `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * Why `name` cannot be a sheet name in a workbook that also holds `otherSheets`, as a clause that follows the name
 * ("is 40 characters long; …"); undefined when it can.
 */
export function sheetNameProblem(name: string, otherSheets: string[]): string | undefined {
  if (name.length === 0) return 'is empty';
  if (name.length > MAX_SHEET_NAME) return `is ${name.length} characters long as Excel counts them; a sheet name has at most ${MAX_SHEET_NAME}`;
  const control = CONTROL.exec(name);
  if (control) return `contains the control character ${codePoint(control[0])} at position ${control.index + 1}; a sheet name cannot hold control characters (line breaks, tabs…)`;
  const forbidden = FORBIDDEN.exec(name);
  if (forbidden) return `contains "${forbidden[0]}"; a sheet name cannot hold any of : \\ / ? * [ ]`;
  if (name.trim() === '') return 'is blank; a sheet name needs a visible character';
  if (name.startsWith("'") || name.endsWith("'")) return `${name.startsWith("'") ? 'starts' : 'ends'} with an apostrophe; a sheet name cannot start or end with one`;
  if (name.toLowerCase() === RESERVED) return 'is reserved by Excel (in any mix of upper and lower case)';
  const clash = otherSheets.find((other) => other.toLowerCase() === name.toLowerCase());
  if (clash !== undefined) return `is the name of the workbook's sheet "${clash}" (Excel ignores case in sheet names)`;
  return undefined;
}
