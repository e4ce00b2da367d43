import { moneyFormat } from '../i18n/currency';
import type { CellStyle, StyleName } from './types';

// Number formats and the style table. Formats are Excel codes; Google Sheets and LibreOffice read the same codes.
// Money follows its currency's symbol and placement (src/i18n/currency.ts).

export interface Formats {
  /** Whole currency units, negatives red: schedule, totals, summary. */
  money: string;
  /** Currency with its minor units (cents; none for JPY): input prices and amounts. */
  moneyInput: string;
  number: string;
  percent: string;
  rate: string;
  months: string;
  month: string;
  ratio: string;
  date: string;
  monthHeader: string;
}

export function formats(currency: string): Formats {
  return {
    money: moneyFormat(currency, 'whole'),
    moneyInput: moneyFormat(currency, 'minorUnits'),
    number: 'General',
    percent: '0.0%',
    rate: '0.000%',
    months: '0.0 "months"',
    month: '0',
    ratio: '0.00"x"',
    date: 'yyyy-mm-dd',
    monthHeader: 'mmm yyyy',
  };
}

/** Blue-on-yellow inputs and black calculations: the usual financial-model convention. */
export const STYLES: Record<StyleName, CellStyle> = {
  title: { bold: true, fontSize: 16, fontColor: '#1F3864' },
  subtitle: { italic: true, fontColor: '#595959' },
  section: { bold: true, fontSize: 12, fontColor: '#FFFFFF', fill: '#1F3864' },
  header: { bold: true, fill: '#D9E1F2', borderBottom: true, wrap: true, horizontalAlignment: 'center' },
  label: { fontColor: '#000000' },
  input: { fontColor: '#0000FF', fill: '#FFF2CC' },
  calc: { fontColor: '#000000' },
  total: { bold: true, borderTop: true },
  note: { italic: true, fontColor: '#595959', wrap: true },
  // A line of text that runs on across the empty cells beside it, as a paragraph does: never squeezed into column A.
  prose: { italic: true, fontColor: '#595959' },
};
