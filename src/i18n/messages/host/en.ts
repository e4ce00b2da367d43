// The hosts' own failures (Office.js error codes, Apps Script's wording), as what to do: taskpane/host-error.ts.
export const hostEn = {
  'host.excel.denied': 'Excel refused the change: the workbook or sheet is protected or read-only ({detail}).',
  'host.excel.busy': 'Excel is busy: a cell is being edited. Press Enter or Esc in the sheet, then try again.',
  'host.excel.conflict': 'The workbook changed while writing ({detail}). Try again.',
  'host.excel.connection': 'Lost the connection to Excel ({detail}). Check your connection and try again.',
  'host.sheets.protected': 'The sheet is protected ({detail}). Ask its owner for edit access or unprotect it.',
  'host.sheets.connection': 'Lost the connection to Google Sheets ({detail}). Check your connection and try again.',
  'host.sheets.permission': 'The add-in lacks permission ({detail}). Reopen it from Extensions and grant access.',
  'host.sheets.missing': 'The add-in’s server function {fn} is missing; reinstall or update the add-in.',
  'host.unknown': 'Unknown error',
  'host.playground.name': 'Playground',
  'host.playground.noSheet': 'There is no sheet to update yet.',
} as const;
