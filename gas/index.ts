// Apps Script entry (dist/gas/Code.js): each import registers top-level globals (custom functions, menu, sidebar calls).
import '../functions/generated/sheets';
import '../taskpane/sheets-menu';
import '../src/writers/sheets-globals';
