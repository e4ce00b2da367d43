// Apps Script entry (dist/gas/Code.js). Each import registers server-side globals; H5/H6 add theirs here.
import '../functions/generated/sheets';
import '../taskpane/sheets-menu';
import '../src/writers/sheets-globals';
