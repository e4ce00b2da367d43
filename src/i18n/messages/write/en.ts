// Why a build, an update or the Portfolio wrote nothing (src/writers/write-error.ts). A key ending in .one/.few/.many/.other
// is one plural form.
export const writeEn = {
  'write.protectedExcel': 'Sheet "{sheet}" is protected. Unprotect it (Review › Unprotect Sheet) and try again; nothing was written.',
  'write.protectedSheets': 'Sheet "{sheet}" is protected and you cannot edit it. Ask its owner for access or remove the protection; nothing was written.',
  'write.changed': 'Sheet "{sheet}" changed while the add-in was preparing the write; nothing was written. Try again.',
  'write.noSheet': 'There is no sheet named "{sheet}"; nothing was written.',
  'write.notOwned': 'Sheet "{sheet}" is not a CRM ROI sheet (no crm-roi marker in row 1); nothing was written.',
  'write.portfolioChanged': 'The workbook changed while the Portfolio sheet was being prepared; run Portfolio again. Nothing was written.',
  'write.invalidCase.one': 'The case is not valid ({count} problem); nothing was written.',
  'write.invalidCase.few': 'The case is not valid ({count} problems); nothing was written.',
  'write.invalidCase.many': 'The case is not valid ({count} problems); nothing was written.',
  'write.invalidCase.other': 'The case is not valid ({count} problems); nothing was written.',
  'write.conflict': 'Sheet "{sheet}" cannot be updated without overwriting your data; nothing was written.',
  'write.invalidSheet.one': 'Sheet "{sheet}" has {count} invalid cell; fix it and update again. Nothing was written.',
  'write.invalidSheet.few': 'Sheet "{sheet}" has {count} invalid cells; fix them and update again. Nothing was written.',
  'write.invalidSheet.many': 'Sheet "{sheet}" has {count} invalid cells; fix them and update again. Nothing was written.',
  'write.invalidSheet.other': 'Sheet "{sheet}" has {count} invalid cells; fix them and update again. Nothing was written.',
  'write.oldSheets.one': '{sheets} was built by an earlier version of the add-in: open it in the wizard and update it once, then run Portfolio again. Nothing was written.',
  'write.oldSheets.few': '{sheets} were built by an earlier version of the add-in: open each in the wizard and update it once, then run Portfolio again. Nothing was written.',
  'write.oldSheets.many': '{sheets} were built by an earlier version of the add-in: open each in the wizard and update it once, then run Portfolio again. Nothing was written.',
  'write.oldSheets.other': '{sheets} were built by an earlier version of the add-in: open each in the wizard and update it once, then run Portfolio again. Nothing was written.',
} as const;
