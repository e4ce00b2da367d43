// Renders a cell value with the subset of Excel number formats the sheet plan uses (src/plan/format.ts):
// sections "pos;neg", [Red], quoted literals, 0 / #,##0 / 0.00, %, General, and the date codes yyyy mm mmm dd.

export interface Rendered {
  text: string;
  red: boolean;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Excel serial day number (1900 system) → UTC date. */
const serialToDate = (serial: number) => new Date(Date.UTC(1899, 11, 30) + Math.round(serial * 86400000));

export function formatValue(value: unknown, format = 'General'): Rendered {
  if (value === null || value === undefined) return { text: '', red: false };
  if (typeof value === 'boolean') return { text: value ? 'TRUE' : 'FALSE', red: false };
  if (typeof value !== 'number') return { text: String(value), red: false };
  if (!Number.isFinite(value)) return { text: '#NUM!', red: false };
  const sections = splitSections(format);
  const negative = value < 0 && sections.length > 1;
  let section = negative ? sections[1] : sections[0];
  const red = /\[Red\]/i.test(section);
  section = section.replace(/\[[^\]]*\]/g, '');
  return { text: apply(negative ? -value : value, section), red };
}

function splitSections(format: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (const ch of format) {
    if (ch === '"') quoted = !quoted;
    if (ch === ';' && !quoted) {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  return [...out, cur];
}

function apply(value: number, section: string): string {
  if (section.trim() === '' || /^general$/i.test(section.trim())) return general(value);
  // Split into literal and code tokens.
  const tokens = section.match(/"[^"]*"|\\.|[^"\\]+/g) ?? [];
  const code = tokens.filter((t) => !t.startsWith('"') && !t.startsWith('\\')).join('');
  if (/[ymd]/i.test(code) && !/[0#]/.test(code)) return tokens.map((t) => (t.startsWith('"') ? t.slice(1, -1) : t.startsWith('\\') ? t.slice(1) : date(value, t))).join('');
  const pct = code.includes('%');
  const v = pct ? value * 100 : value;
  const numeric = /[0#][0#,.]*/.exec(code)?.[0] ?? '';
  const decimals = (numeric.split('.')[1] ?? '').replace(/[^0#]/g, '').length;
  const grouped = numeric.includes(',');
  const number = v.toLocaleString('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals, useGrouping: grouped });
  let placed = false;
  return tokens
    .map((t) => {
      if (t.startsWith('"')) return t.slice(1, -1);
      if (t.startsWith('\\')) return t.slice(1);
      return t.replace(/[0#][0#,.]*/, () => (placed ? '' : ((placed = true), number)));
    })
    .join('');
}

function general(v: number): string {
  if (Number.isInteger(v)) return String(v);
  return String(Number(v.toPrecision(10)));
}

function date(serial: number, code: string): string {
  const d = serialToDate(serial);
  return code.replace(/yyyy|mmm|mm|dd|yy/gi, (t) => {
    switch (t.toLowerCase()) {
      case 'yyyy': return String(d.getUTCFullYear());
      case 'yy': return String(d.getUTCFullYear()).slice(2);
      case 'mmm': return MONTHS[d.getUTCMonth()];
      case 'mm': return String(d.getUTCMonth() + 1).padStart(2, '0');
      default: return String(d.getUTCDate()).padStart(2, '0');
    }
  });
}
