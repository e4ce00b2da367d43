import type { CellText } from './issue-text';
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
 * ("is 40 characters long; …", said in the reader's language by cellMessage); undefined when it can.
 */
export function sheetNameProblem(name: string, otherSheets: string[]): CellText | undefined {
  const problem = (key: Extract<CellText['key'], `cell.sheetName.${string}`>, params?: CellText['params']): CellText => ({ key, ...(params && { params }) });
  if (name.length === 0) return problem('cell.sheetName.empty');
  if (name.length > MAX_SHEET_NAME) return problem('cell.sheetName.tooLong', { length: name.length, max: MAX_SHEET_NAME });
  const control = CONTROL.exec(name);
  if (control) return problem('cell.sheetName.control', { code: codePoint(control[0]), position: control.index + 1 });
  const forbidden = FORBIDDEN.exec(name);
  if (forbidden) return problem('cell.sheetName.forbidden', { char: forbidden[0] });
  if (name.trim() === '') return problem('cell.sheetName.blank');
  if (name.startsWith("'") || name.endsWith("'")) return problem(name.startsWith("'") ? 'cell.sheetName.apostropheStart' : 'cell.sheetName.apostropheEnd');
  if (name.toLowerCase() === RESERVED) return problem('cell.sheetName.reserved');
  const clash = otherSheets.find((other) => other.toLowerCase() === name.toLowerCase());
  if (clash !== undefined) return problem('cell.sheetName.clash', { sheet: clash });
  return undefined;
}
