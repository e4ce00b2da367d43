import { isCurrency } from '../case/currencies';
import { formatIssue, issueMessage, type CaseIssue } from '../case/issues';
import { driversOf as declaredDrivers, fieldsOf, IN_YEAR, lineType, type FieldDecl, type InYear } from '../case/lines';
import type { RoiCase } from '../case/types';
import { MAX_AMOUNT, MAX_HORIZON_MONTHS, validateCase, yearsOf } from '../case/validate';
import { address } from './a1';
import type { InputColumn } from './anchors';
import { amountOf, cellText, gotOf, isoDate, plainText } from './cell-text';
import { cellMessage, type CellParam, type CellText } from './issue-text';
import type { Locale } from '../i18n/locales';
import { monthKey, monthOfKey } from '../case/calendar';
import type { Rect } from './a1';
import { BETTER_WHEN, KPI_COL } from './kpis';
import { BASIS_LABEL, CATEGORY_CODES, categoryLabel, choiceWord, fromWords, KINDS, lineTypeLabel, sideLabel, V1_COL, V1_KIND_LABELS, type AssumptionKey, type Pattern } from './layout';
import { ESTIMATE_POINT_COLUMNS } from './estimates';
import { POINTS } from '../case/validate';
import { locate, type Located } from './locate';
import type { SheetIssue } from './types';
import { isBlank, isOwnedSheet, type SheetSnapshot } from './update';

// An existing ROI sheet back into a case: the analyst's edits to inputs and notes included, every bad cell named.
// locate() says where things are (by defined names in layout v2, by labels in v1); this reads and checks them.

/** `lang`: the language the sheet was written in, which an update keeps unless told otherwise. */
export type ReadResult = { ok: true; case: RoiCase; lang: Locale } | { ok: false; issues: SheetIssue[] };

type Kind = keyof typeof KINDS;
type Line = Record<string, unknown>;

/** Driver fields per line type, from its declaration. */
const driversOf = (kind: Kind): FieldDecl[] => declaredDrivers(lineType(kind)!);

const KIND_CODES = Object.keys(KINDS) as Kind[];
/** Only a v1 sheet's rows are read by their type label (in English; an older one, "Labour", too). */
const kindOf = (v: unknown): Kind | undefined => fromWords(KIND_CODES, lineTypeLabel, v, V1_KIND_LABELS);
const SIDES = ['cost', 'benefit'] as const;
const PATTERNS: readonly Pattern[] = ['once', 'monthly', 'annual'];
const BASES = ['month', 'year'] as const;

const VALUE_COLUMNS: InputColumn[] = ['VALUE1', 'VALUE2', 'VALUE3', 'VALUE4'];

/** readSheet(snapshot): the case the sheet describes now, or every problem with its cell address. */
export function readSheet(snapshot: SheetSnapshot): ReadResult {
  if (!isOwnedSheet(snapshot)) {
    const text: CellText = { key: 'cell.notOwned', params: { sheet: snapshot.name } };
    return { ok: false, issues: [{ address: 'A1', message: cellMessage(text, 'en'), code: '#N/A', text }] };
  }
  const found = locate(snapshot);
  if (!found.located) return { ok: false, issues: found.issues };
  const where = found.located;
  const issues: SheetIssue[] = [];
  const at = (r: number, c: number): unknown => snapshot.values[r]?.[c];
  const formulaAt = (r: number, c: number): string | undefined => {
    const f = snapshot.formulas?.[r]?.[c];
    return typeof f === 'string' && f.startsWith('=') ? f.replace(/\$/g, '').toUpperCase() : undefined;
  };
  const issue = (r: number, c: number, text: CellText) => issues.push({ address: address(r, c), message: cellMessage(text, 'en'), code: '#VALUE!', text });
  /** A label of the sheet's, said in the reader's language where the issue is shown. */
  const label = (key: CellText['key'], params?: CellText['params']): CellText => ({ key, ...(params && { params }) });

  // Checked readers: each returns undefined after recording an issue.
  const text = (r: number, c: number, what: CellParam): string | undefined => {
    const v = at(r, c);
    if (typeof v === 'number') return String(v);
    // Partly bold or linked text is still the name the analyst typed.
    const t = typeof v === 'string' ? v : plainText(v);
    if (t !== undefined && t.trim() !== '') return t.trim();
    issue(r, c, label('cell.text', { what, got: gotOf(v) }));
  };
  const number = (r: number, c: number, what: CellParam, min: number, max: number, whole = false): number | undefined => {
    const v = at(r, c);
    const wrong = typeof v !== 'number' || !Number.isFinite(v) || v < min || v > max || (whole && !Number.isInteger(v));
    if (!wrong) return v;
    issue(r, c, label(whole ? 'cell.wholeNumber' : 'cell.number', { what, min, max, got: gotOf(v) }));
  };
  // A choice cell reads in any language (and as its code); the options offered are the sheet's own words.
  const choice = <K extends string>(r: number, c: number, what: CellParam, codes: readonly K[], words: (lang: Locale, code: K) => string, allowed: readonly K[] = codes): K | undefined => {
    const k = fromWords(codes, words, at(r, c));
    if (k !== undefined && allowed.includes(k)) return k;
    const options = allowed.map((x) => `"${words(where.lang, x)}"`).join(', ');
    issue(r, c, label('cell.oneOf', { what, options, got: gotOf(at(r, c)) }));
  };

  const A = where.assumptions;
  // Every column of the sheet's layout is located (or locate() reported it); an older layout lacks the later ones.
  const col = where.columns as Record<InputColumn, number> & Partial<Record<InputColumn, number>>;
  const assumption = (k: AssumptionKey) => label(`sheet.assumption.${k}`);
  const horizon = number(A.horizonMonths.row, A.horizonMonths.col, assumption('horizonMonths'), 1, MAX_HORIZON_MONTHS, true);
  const startDate = isoDate(at(A.startDate.row, A.startDate.col));
  if (!startDate) issue(A.startDate.row, A.startDate.col, label('cell.date', { what: assumption('startDate'), got: gotOf(at(A.startDate.row, A.startDate.col)) }));
  const currency = text(A.currency.row, A.currency.col, assumption('currency'))?.toUpperCase();
  if (currency !== undefined && !isCurrency(currency)) issue(A.currency.row, A.currency.col, label('cell.currency', { what: assumption('currency'), got: gotOf(at(A.currency.row, A.currency.col)) }));
  const c: Line = {
    name: text(A.name.row, A.name.col, assumption('name')),
    currency,
    startDate,
    horizonMonths: horizon,
    discountRate: number(A.discountRate.row, A.discountRate.col, assumption('discountRate'), 0, 1),
    costs: [] as Line[],
    benefits: [] as Line[],
  };
  const H = horizon ?? MAX_HORIZON_MONTHS;
  const horizonRef = address(A.horizonMonths.row, A.horizonMonths.col);

  const located: { side: 'cost' | 'benefit'; row: number; line: Line }[] = [];
  for (const { row, kind, id } of where.lines) {
    const line = readLine(row, kind, id);
    if (line) located.push(line);
  }
  function readLine(r: number, named: Kind | undefined, id: string | undefined) {
    // A v2 or v3 row's type comes from its name; a v1 row's from its Side and Type labels.
    const side = named ? KINDS[named].side : choice(r, V1_COL.side, label('sheet.input.side'), SIDES, sideLabel);
    const kind = named ?? kindOf(at(r, V1_COL.kind)) ?? choice(r, V1_COL.kind, label('sheet.input.type'), KIND_CODES, lineTypeLabel);
    if (!side || !kind) return;
    if (KINDS[kind].side !== side) return void issue(r, V1_COL.kind, label('cell.sideMismatch', { type: label(`sheet.lineType.${kind}`), kind: label(KINDS[kind].side === 'cost' ? 'term.cost' : 'term.benefit'), side: label(side === 'cost' ? 'term.cost' : 'term.benefit') }));
    const decl = lineType(kind)!;
    const has = (key: string) => fieldsOf(decl).some((f) => f.key === key);
    const name = text(r, col.NAME, label('sheet.input.line'));
    const what = (field: CellText): CellText => label('cell.of', { field, line: name ?? label('cell.row', { row: r + 1 }) });
    const line: Line = { ...(id && { id }), type: kind, name };
    const drivers = driversOf(kind);
    drivers.forEach((d, j) => {
      line[d.key] = number(r, col[VALUE_COLUMNS[j]], what(label(`sheet.driver.${kind}.${d.key}` as CellText['key'])), 0, d.kind === 'percent' ? 1 : MAX_AMOUNT);
    });
    // Before layout 3 an amount's basis (per month or year) had a column of its own, and its timing was always monthly.
    const basis = col.BASIS !== undefined && has('per') ? choice(r, col.BASIS, what(label('cell.basis')), BASES, (_, b) => BASIS_LABEL[b]) : undefined;
    const patterns = basis ? ['monthly' as const] : KINDS[kind].patterns;
    const pattern = choice<Pattern>(r, col.TIMING, what(label('sheet.input.timing')), PATTERNS, choiceWord, patterns);
    if (has('frequency')) line.frequency = pattern;
    if (has('per')) line.per = basis ?? (pattern === undefined ? undefined : pattern === 'annual' ? 'year' : 'month');
    if (pattern === 'annual' && has('timing') && col.IN_YEAR !== undefined && !isBlank(at(r, col.IN_YEAR))) {
      const options = fieldsOf(decl).find((f) => f.key === 'timing')!.options!.map((o) => o.value as InYear);
      const timing = choice<InYear>(r, col.IN_YEAR, what(label('sheet.input.inYear')), IN_YEAR, choiceWord, options);
      // The type's default stays implicit, as the case file had it.
      if (timing !== options[0]) line.timing = timing;
    }
    const start = number(r, col.START, what(label('sheet.input.startMonth')), 0, H, true);
    if (kind === 'oneTime') line.month = start;
    else line.startMonth = start;
    if (pattern && pattern !== 'once') {
      // "To the horizon" stays implicit while the cell is still linked to the horizon (or, values only, equals it).
      const linked = snapshot.formulas ? formulaAt(r, col.END) === `=${horizonRef}` : at(r, col.END) === horizon;
      if (!linked) line.endMonth = number(r, col.END, what(label('sheet.input.endMonth')), start ?? 1, H, true);
    }
    if (side === 'benefit') {
      line.category = choice(r, col.CATEGORY, what(label('sheet.input.category')), CATEGORY_CODES, categoryLabel);
      const linked = snapshot.formulas ? formulaAt(r, col.FULL_EFFECT) === `=${address(r, col.START)}` : at(r, col.FULL_EFFECT) === start;
      if (!linked) line.fullEffectMonth = number(r, col.FULL_EFFECT, what(label('sheet.input.fullEffect')), start ?? 1, MAX_HORIZON_MONTHS, true);
    }
    if (!isBlank(at(r, col.RISK))) line.risk = number(r, col.RISK, what(label('sheet.input.risk')), 0, 1);
    if (decl.escalates && col.ESCALATION !== undefined && !isBlank(at(r, col.ESCALATION))) line.escalation = number(r, col.ESCALATION, what(label('sheet.input.escalation')), 0, 1);
    // Before layout 3, a year's kept customers counted for that year only: a churn of 100 % keeps those numbers.
    if (decl.cohort) line.churnRate = col.CHURN === undefined ? 1 : number(r, col.CHURN, what(label('sheet.input.churn')), 0, 1);
    const y = drivers.findIndex((d) => d.yearly);
    if (y >= 0 && col.YEARS !== undefined && typeof line[drivers[y].key] === 'number') {
      const list = readYears(r, col.YEARS, line[drivers[y].key] as number, what(label(`sheet.driver.${kind}.${drivers[y].key}` as CellText['key'])));
      if (list) line[drivers[y].key] = list;
    }
    const note = at(r, col.NOTE);
    if (!isBlank(note)) line.note = cellText(note);
    (side === 'cost' ? (c.costs as Line[]) : (c.benefits as Line[])).push(line);
    return { side, row: r, line };
  }

  /**
   * A yearly driver's later years: a year still linked to the one before follows it; a typed one (a number or the
   * analyst's own formula) is a value of its own. The list ends at the last year typed; none typed: the one value.
   */
  function readYears(r: number, first: number, year1: number, what: CellParam): number[] | undefined {
    const values = [year1];
    let last = 0;
    for (let k = 2; k <= yearsOf(H); k++) {
      const c0 = first + k - 1;
      const linked = snapshot.formulas ? formulaAt(r, c0) === `=${address(r, c0 - 1)}` : at(r, c0) === values[k - 2];
      const v = linked ? values[k - 2] : number(r, c0, label('cell.year', { what, k }), 0, MAX_AMOUNT);
      if (v === undefined) return;
      values.push(v);
      if (!linked) last = k - 1;
    }
    return last > 0 ? values.slice(0, last + 1) : undefined;
  }

  // An estimated driver's three points are in its row of the Estimates block; its Inputs cell shows the one in use.
  for (const { row, lineId, field } of where.estimates) {
    const found = located.find((l) => String(l.line.id).toLowerCase() === lineId.toLowerCase());
    if (!found) continue;
    const [conservative, expected, optimistic] = ESTIMATE_POINT_COLUMNS.map((col, k) => number(row, col, label('cell.estimate', { point: choiceWord(where.lang, POINTS[k]), field: label(`sheet.driver.${found.line.type}.${field}` as CellText['key']), line: String(found.line.name) }), 0, MAX_AMOUNT));
    if ([conservative, expected, optimistic].every((x) => x !== undefined)) found.line[field] = { conservative, expected, optimistic };
  }
  // KPIs, then each line's actuals: a measured line's come from its KPI, so its actual row (formulas) is not read.
  const kpis: Line[] = [];
  for (const { id, table, baseline, actual } of where.kpis) {
    const r = table.top;
    const col = (k: keyof typeof KPI_COL) => table.left + KPI_COL[k];
    const name = text(r, col('name'), label('actuals.kpi.name'));
    const what = (field: CellText): CellText => label('cell.ofKpi', { field, kpi: name ?? label('cell.row', { row: r + 1 }) });
    const kpi: Line = { id, name };
    if (!isBlank(at(r, col('unit')))) kpi.unit = cellText(at(r, col('unit'))).trim();
    kpi.betterWhen = choice(r, col('betterWhen'), what(label('actuals.kpi.betterWhen')), BETTER_WHEN, (_, code) => code);
    kpi.target = amount(r, col('target'), what(label('actuals.kpi.target')));
    if (!isBlank(at(r, col('valuePerUnit')))) kpi.valuePerUnit = amount(r, col('valuePerUnit'), what(label('actuals.kpi.valuePerUnit')));
    if (!isBlank(at(r, col('benefit')))) kpi.benefit = cellText(at(r, col('benefit'))).trim();
    const values: number[] = [];
    for (let c0 = baseline.left; c0 <= baseline.right; c0++) {
      if (isBlank(at(baseline.top, c0))) continue;
      const v = amount(baseline.top, c0, label('cell.baselineValue', { what: what(label('actuals.kpi.baseline')), n: values.length + 1 }));
      if (v !== undefined) values.push(v);
    }
    kpi.baseline = values;
    const months = actualsOf(actual, what(label('track.col.actual')));
    if (months) kpi.actuals = months;
    kpis.push(kpi);
  }
  if (kpis.length) c.kpis = kpis;
  const measured = new Set(kpis.filter((k) => typeof k.benefit === 'string').map((k) => String(k.benefit).toLowerCase()));
  for (const { lineId, cells } of where.actuals) {
    const found = located.find((l) => String(l.line.id).toLowerCase() === lineId.toLowerCase());
    if (!found || measured.has(lineId.toLowerCase())) continue;
    const months = actualsOf(cells, label('cell.actualOf', { line: String(found.line.name) }));
    if (months) found.line.actuals = months;
  }

  /** A money or metric cell: a number, or one stored as text ("1,234.56", "(1,200)"). */
  function amount(r: number, c0: number, what: CellParam): number | undefined {
    const v = amountOf(at(r, c0));
    if (v === undefined || Math.abs(v) > MAX_AMOUNT) issue(r, c0, label('cell.amount', { what, got: gotOf(at(r, c0)) }));
    else return v;
  }
  /** A row of monthly values from month 0 in its first cell: blank is not known yet, never zero. */
  function actualsOf(cells: Rect, what: CellParam): Record<string, number> | undefined {
    if (!startDate) return;
    const out: Record<string, number> = {};
    for (let m = 0; cells.left + m <= cells.right; m++) {
      const c0 = cells.left + m;
      if (isBlank(at(cells.top, c0))) continue;
      if (m > H) {
        issue(cells.top, c0, label('cell.afterHorizon', { what, month: m, horizon: H }));
        continue;
      }
      const v = amount(cells.top, c0, label('cell.inMonth', { what, month: monthKey(startDate, m) }));
      if (v !== undefined) out[monthKey(startDate, m)] = v;
    }
    return Object.keys(out).length ? out : undefined;
  }

  const notes = where.notes.map(({ row, col: c0 }) => at(row, c0)).filter((v) => !isBlank(v)).map(cellText);
  if (notes.length) c.notes = notes;
  if (issues.length) return { ok: false, issues };

  // Cross-field rules the cell checks do not cover (e.g. an end month before the start) come from the case validator.
  const checked = validateCase(c);
  if (checked.ok) return { ok: true, case: checked.case, lang: where.lang };
  return { ok: false, issues: checked.issues.map((e) => toIssue(e, where, located, startDate)) };
}

const FIELD_COLUMN: Record<string, InputColumn> = {
  name: 'NAME', category: 'CATEGORY', frequency: 'TIMING', per: 'TIMING', timing: 'IN_YEAR', month: 'START', startMonth: 'START',
  endMonth: 'END', fullEffectMonth: 'FULL_EFFECT', risk: 'RISK', escalation: 'ESCALATION', churnRate: 'CHURN', note: 'NOTE',
};

/** A case issue (e.g. benefits[1].endMonth) → the cell that holds that field. */
function toIssue(e: CaseIssue, where: Located, located: { side: string; row: number; line: Line }[], startDate: string | undefined): SheetIssue {
  const [head, index, field] = e.path;
  // A line's field: where, then the case's own words for the problem (each said in the reader's language).
  const onLine = (at: string, text: CellText): SheetIssue => ({ address: at, message: `${cellMessage(text, 'en')}: ${issueMessage(e)}`, code: '#VALUE!', caseIssue: e, text });
  const label = (key: CellText['key']): CellText => ({ key });
  // An actual is in its month's cell of the row: month 0 in the row's first cell.
  const monthCell = (cells: Rect, key: unknown) => {
    const m = startDate && typeof key === 'string' ? monthOfKey(startDate, key) : undefined;
    return address(cells.top, cells.left + (m !== undefined && m >= 0 && cells.left + m <= cells.right ? m : 0));
  };
  if (head === 'kpis' && typeof index === 'number' && where.kpis[index]) {
    const k = where.kpis[index];
    const at = field === 'actuals' ? monthCell(k.actual, e.path[3]) : field === 'baseline' ? address(k.baseline.top, k.baseline.left) : address(k.table.top, k.table.left + (KPI_COL[field as keyof typeof KPI_COL] ?? 0));
    return { address: at, message: formatIssue(e), code: '#VALUE!', caseIssue: e };
  }
  if ((head === 'costs' || head === 'benefits') && typeof index === 'number') {
    const line = located.filter((l) => l.side === (head === 'costs' ? 'cost' : 'benefit'))[index];
    const drivers = driversOf(line.line.type as Kind).map((d) => d.key);
    const actuals = where.actuals.find((x) => x.lineId.toLowerCase() === String(line.line.id).toLowerCase());
    if (field === 'actuals' && actuals) return onLine(monthCell(actuals.cells, e.path[3]), { key: 'cell.caseActuals', params: { line: String(line.line.name) } });
    // An estimate's points are in its row of the Estimates block.
    const estimate = where.estimates.find((x) => x.lineId.toLowerCase() === String(line.line.id).toLowerCase() && x.field === field);
    if (estimate) {
      const point = POINTS.indexOf(e.path[3] as (typeof POINTS)[number]);
      return onLine(address(estimate.row, ESTIMATE_POINT_COLUMNS[Math.max(0, point)]), { key: 'cell.of', params: { field: String(field), line: String(line.line.name) } });
    }
    // A list entry (users in year 3) is in its year's column; the rest by field.
    const entry = e.path[3];
    const yearly = typeof entry === 'number' && entry > 0 && where.columns.YEARS !== undefined;
    const column = typeof field === 'string' ? (FIELD_COLUMN[field] ?? VALUE_COLUMNS[Math.max(0, drivers.indexOf(field))]) : 'NAME';
    const at = yearly ? where.columns.YEARS! + entry : (where.columns[column] ?? where.columns.NAME!);
    return onLine(address(line.row, at), { key: 'cell.of', params: { field: field === undefined ? label('sheet.input.line') : String(field), line: String(line.line.name) } });
  }
  const cell = typeof head === 'string' && head in where.assumptions ? where.assumptions[head as AssumptionKey] : { row: 0, col: 0 };
  return { address: address(cell.row, cell.col), message: formatIssue(e), code: '#VALUE!', caseIssue: e };
}
