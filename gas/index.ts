// Apps Script entry (dist/gas/Code.js): each import registers top-level globals (custom functions, menu, sidebar calls).
import '../functions/generated/sheets';
import './menu';
import '../src/writers/sheets-globals';
