// Validation problems as data: where (a JSON path), what (a code) and the facts (params). Nothing downstream parses a
// message; each edge (CLI, sheet read-back, wizard) renders the issue in its own words and, later, its own language.

export type IssuePath = readonly (string | number)[];

export type CaseIssue =
  | { path: IssuePath; code: 'notObject'; params: { got: unknown } }
  | { path: IssuePath; code: 'notArray'; params: { of: ListOf; got: unknown } }
  | { path: IssuePath; code: 'required'; params: { allowed?: readonly string[] } }
  | { path: IssuePath; code: 'unknownProperty'; params: { allowed: readonly string[]; hint?: string } }
  | { path: IssuePath; code: 'amount'; params: { max: number; got: unknown } }
  | { path: IssuePath; code: 'fraction'; params: { got: unknown } }
  | { path: IssuePath; code: 'month'; params: { max: number; horizonBound: boolean; got: unknown } }
  | { path: IssuePath; code: 'horizon'; params: { max: number; got: unknown } }
  | { path: IssuePath; code: 'oneOf'; params: { allowed: readonly string[]; got: unknown } }
  | { path: IssuePath; code: 'text'; params: { got: unknown } }
  | { path: IssuePath; code: 'notString'; params: { got: unknown } }
  | { path: IssuePath; code: 'invisibleText'; params: { got: string } }
  | { path: IssuePath; code: 'textTooLong'; params: { max: number; length: number } }
  | { path: IssuePath; code: 'badCharacter'; params: { codePoint: number; position: number } }
  | { path: IssuePath; code: 'currency'; params: { got: unknown } }
  | { path: IssuePath; code: 'date'; params: { got: unknown } }
  | { path: IssuePath; code: 'dateRange'; params: { min: string; max: string; horizonMonths?: number; got: string } }
  | { path: IssuePath; code: 'monthBefore'; params: { field: string; min: number; got: number } }
  | { path: IssuePath; code: 'notAllowedWhen'; params: { field: string; value: string; reason: 'oneOff' | 'notYearly' } }
  | { path: IssuePath; code: 'byYear'; params: { maxYears: number; got: unknown } }
  | { path: IssuePath; code: 'threePoint'; params: { got: unknown } }
  | { path: IssuePath; code: 'threePointOrder'; params: { side: 'cost' | 'benefit'; conservative: number; expected: number; optimistic: number } }
  | { path: IssuePath; code: 'lineId'; params: { got: unknown } }
  | { path: IssuePath; code: 'duplicateId'; params: { id: string; first: IssuePath } }
  | { path: IssuePath; code: 'tooMany'; params: { of: ListOf; max: number; got: number } }
  | { path: IssuePath; code: 'lineAmountTooLarge'; params: { max: number; got: number } }
  | { path: IssuePath; code: 'actualMonth'; params: { first: string; last: string; got: string } }
  | { path: IssuePath; code: 'actualValue'; params: { max: number; got: unknown } }
  | { path: IssuePath; code: 'series'; params: { max: number; got: unknown } }
  | { path: IssuePath; code: 'unknownBenefit'; params: { allowed: readonly string[]; got: unknown } }
  | { path: IssuePath; code: 'measuredLineHasActuals'; params: { id: string } }
  | { path: IssuePath; code: 'measuredTwice'; params: { id: string; first: IssuePath } }
  | { path: IssuePath; code: 'requiresWith'; params: { field: string } };

/** The lists a case holds. */
export type ListOf = 'costLines' | 'benefitLines' | 'strings' | 'kpis';

export type IssueCode = CaseIssue['code'];

/** ["costs", 2, "amount"] → "costs[2].amount"; the whole case is "(case)". */
export function pathText(path: IssuePath): string {
  if (path.length === 0) return '(case)';
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

/** A value as a message quotes it: short, and never a raw control character. */
export function describeValue(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'object') return 'an object';
  if (typeof v === 'string') return JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v);
  return String(v);
}

const codePoint = (n: number) => `U+${n.toString(16).toUpperCase().padStart(4, '0')}`;
const quoted = (xs: readonly string[]) => xs.map((x) => `"${x}"`).join(', ');

/** For an issue about a value of the wrong kind or range: what was expected, in English, and what came instead. */
export function expectation(issue: CaseIssue): { want: string; got: unknown } | undefined {
  const { got } = issue.params as { got?: unknown };
  switch (issue.code) {
    case 'notObject': return { want: issue.path.length ? 'an object' : 'a JSON object', got };
    case 'notArray': return { want: { costLines: 'an array of cost lines', benefitLines: 'an array of benefit lines', strings: 'an array of strings', kpis: 'an array of KPIs' }[issue.params.of], got };
    case 'amount': {
      const { max } = issue.params;
      return { want: typeof got === 'number' && Number.isFinite(got) && got > max ? `a number ≥ 0 and ≤ ${exponent(max)} (larger is not a plausible amount)` : 'a number ≥ 0', got };
    }
    case 'fraction': return { want: 'a fraction between 0 and 1', got };
    case 'month': return { want: `a whole month between 0 (the initial period) and ${issue.params.max}${issue.params.horizonBound ? ' (horizonMonths)' : ''}`, got };
    case 'horizon': return { want: `a whole number of months between 1 and ${issue.params.max}`, got };
    case 'oneOf': return { want: `one of ${quoted(issue.params.allowed)}`, got };
    case 'text': return { want: 'a non-empty string', got };
    case 'lineId': return { want: 'an id of a letter followed by letters, digits or "_", at most 32 characters', got };
    case 'notString': return { want: 'a string', got };
    case 'currency': return { want: 'an ISO 4217 currency code such as "USD", "EUR" or "PLN"', got };
    case 'date': return { want: 'a real calendar date "YYYY-MM-DD"', got };
    case 'threePoint': return { want: 'a number, or an estimate { "conservative": …, "expected": …, "optimistic": … }', got };
    case 'actualValue': return { want: `a number between −${exponent(issue.params.max)} and ${exponent(issue.params.max)}`, got };
    case 'series': return { want: `a list of 1 to ${issue.params.max} numbers (one per month, oldest first)`, got };
    case 'unknownBenefit': return { want: issue.params.allowed.length ? `the id of a benefit line: one of ${quoted(issue.params.allowed)}` : 'the id of a benefit line (the case has none)', got };
    case 'byYear': {
      const n = issue.params.maxYears;
      return { want: `a number, or a list of 1 to ${n} numbers (one per year of the horizon${n === 1 ? ', which has one year' : ''})`, got };
    }
    default: return undefined;
  }
}

const exponent = (x: number) => x.toExponential().replace('e+', 'e');

/** The problem in English, without its path: "expected a number ≥ 0, got -5". */
export function issueMessage(issue: CaseIssue): string {
  const e = expectation(issue);
  if (e) return `expected ${e.want}, got ${describeValue(e.got)}`;
  switch (issue.code) {
    case 'required': return `required field is missing${issue.params.allowed ? `; one of ${quoted(issue.params.allowed)}` : ''}`;
    case 'unknownProperty': {
      const { hint, allowed } = issue.params;
      return `unknown property${hint ? ` (did you mean "${hint}"?)` : ''}; allowed: ${allowed.join(', ')}`;
    }
    case 'invisibleText': return `expected visible text, got only blank or invisible characters ${describeValue(issue.params.got)}`;
    case 'textTooLong': return `expected at most ${issue.params.max} characters, got ${issue.params.length}`;
    case 'badCharacter': {
      const { codePoint: cp, position } = issue.params;
      return `contains the character ${codePoint(cp)} at position ${position}, which a workbook cannot hold (a control character or a non-character)`;
    }
    case 'dateRange': {
      const { min, max, horizonMonths, got } = issue.params;
      return `expected a date from ${min} to ${max}${horizonMonths ? ` (so that ${horizonMonths} months end by 9999-12-31)` : ''}, got "${got}"`;
    }
    case 'threePointOrder': {
      const { side, conservative, expected, optimistic } = issue.params;
      const order = side === 'benefit' ? 'conservative ≤ expected ≤ optimistic (a benefit is smaller when conservative)' : 'conservative ≥ expected ≥ optimistic (a cost is larger when conservative)';
      return `expected ${order}, got ${conservative}, ${expected}, ${optimistic}`;
    }
    case 'duplicateId': return `the id "${issue.params.id}" is already used by ${pathText(issue.params.first)} (ids are unique, whatever their case)`;
    case 'monthBefore': return `expected a month ≥ ${issue.params.field} (${issue.params.min}), got ${issue.params.got}`;
    case 'notAllowedWhen': {
      const why = issue.params.reason === 'oneOff' ? 'a one-off effort falls in startMonth' : 'only an amount stated per year falls within the year';
      return `not allowed when ${issue.params.field} is "${issue.params.value}" (${why})`;
    }
    case 'tooMany': return `expected at most ${issue.params.max} ${{ strings: 'notes', kpis: 'KPIs', costLines: 'lines', benefitLines: 'lines' }[issue.params.of]}, got ${issue.params.got}`;
    case 'actualMonth': return `expected a calendar month "YYYY-MM" of the case, from ${issue.params.first} (the initial period) to ${issue.params.last}, got ${describeValue(issue.params.got)}`;
    case 'measuredLineHasActuals': return `the benefit line "${issue.params.id}" is measured by this KPI, so its actuals come from the KPI: remove the line's own actuals`;
    case 'measuredTwice': return `the benefit line "${issue.params.id}" is already measured by ${pathText(issue.params.first)}`;
    case 'requiresWith': return `required together with ${issue.params.field}`;
    case 'lineAmountTooLarge': return `the line's drivers multiply to ${issue.params.got.toPrecision(3)} per payment, above ${exponent(issue.params.max)}: check the units`;
    default: return issue.code;
  }
}

/** "costs[2].amount: expected a number ≥ 0, got -5": the form the CLI prints. */
export const formatIssue = (issue: CaseIssue): string => `${pathText(issue.path)}: ${issueMessage(issue)}`;
