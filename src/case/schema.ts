import { CURRENCIES } from './currencies';
import { BENEFIT_FIELDS, driversOf, fieldsOf, typesOf, type FieldDecl, type FieldKind, type LineSide, type LineTypeDecl, type Pattern } from './lines';
import { MAX_CASE_NOTES, MAX_NAME_LENGTH, MAX_NOTE_LENGTH } from './text';
import { FIRST_START_DATE, LINE_ID, MAX_AMOUNT, MAX_BASELINE_MONTHS, MAX_HORIZON_MONTHS, MAX_KPIS, MAX_LINES_PER_SIDE, POINTS, yearsOf } from './validate';

// The case format's JSON Schema (schema/crm-roi-case.schema.json), derived from the line registry (lines.ts) and the
// validator's limits; `npm run codegen` writes it and tests/case/schema.test.ts checks the committed file is this output.
// The per-line texts here (lineAmountText, fieldText) also feed the line tables of docs/case-format.md.

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

// ---- How a line type is described: its amount formula and timing, read from its declaration ----

export interface TimingVariant {
  /** The choice that selects this timing (e.g. frequency "once"), when a choice of the type changes the timing. */
  choice?: { key: string; value: string };
  pattern: Pattern;
  /** The field that holds the first (for "once", the only) month. */
  startKey: string;
  /** The field that holds the last month, if the timing has a window. */
  endKey?: string;
  /** A yearly amount, placed within each year by the line's `timing` field. */
  yearly: boolean;
  /** Fields that end the window in another timing of the type and mean nothing in this one (a one-off has no end). */
  forbidden: string[];
}

const isMonth = (f: FieldDecl) => f.kind === 'month' || f.kind === 'rampMonth';

/** The timings a line type can have, found by running its timing() on probe lines: one per option of the choice that changes it. */
export function timingsOf(t: LineTypeDecl): TimingVariant[] {
  const fields = fieldsOf(t);
  const probe: Record<string, unknown> = {};
  fields.filter(isMonth).forEach((f, i) => (probe[f.key] = 2 + i));
  for (const f of fields) if (f.kind === 'choice') probe[f.key] = f.options![0].value;
  const keyOf = (m: number | undefined) => (m === undefined ? undefined : fields.find((f) => isMonth(f) && probe[f.key] === m)?.key);
  const run = (line: Record<string, unknown>, choice?: TimingVariant['choice']): TimingVariant => {
    const timing = t.timing(line);
    const startKey = keyOf(timing.startMonth);
    if (!startKey) throw new Error(`${t.type}: timing() starts in a month that is none of its fields`);
    const endKey = timing.pattern === 'once' ? undefined : keyOf(timing.endMonth);
    return { ...(choice && { choice }), pattern: timing.pattern, startKey, ...(endKey && { endKey }), yearly: timing.pattern === 'annual', forbidden: [] };
  };
  const same = (a: TimingVariant, b: TimingVariant) => a.pattern === b.pattern && a.startKey === b.startKey && a.endKey === b.endKey && a.yearly === b.yearly;
  // `timing` places a yearly amount within its year; the choices that select the pattern are the variants.
  const byChoice = t.fields
    .filter((f) => f.kind === 'choice' && f.key !== 'timing')
    .map((f) => f.options!.map((o) => run({ ...probe, [f.key]: o.value }, { key: f.key, value: o.value })))
    .filter((vs) => vs.some((v) => !same(v, vs[0])));
  if (byChoice.length > 1) throw new Error(`${t.type}: more than one choice changes the timing; describe their combinations in src/case/schema.ts`);
  const variants = byChoice[0] ?? [run(probe)];
  const ends = new Set(variants.map((v) => v.endKey).filter((k): k is string => k !== undefined));
  const placesInYear = fields.some((f) => f.key === 'timing');
  for (const v of variants) v.forbidden = [...[...ends].filter((k) => k !== v.endKey && k !== v.startKey), ...(placesInYear && !v.yearly ? ['timing'] : [])];
  return variants;
}

const code = (s: string) => `\`${s}\``;
const quoted = (s: string) => `\`"${s}"\``;
const orList = (items: string[]) => (items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`);

function whenText(v: TimingVariant, placed: boolean): string {
  const end = v.endKey ? ` to ${code(v.endKey)}` : '';
  if (v.pattern === 'once') return `once, in ${code(v.startKey)}${v.forbidden.length ? ` (no ${orList(v.forbidden.map(code))})` : ''}`;
  if (v.pattern === 'annual') return `per year of the line from ${code(v.startKey)}${end}, ${placed ? `placed by ${code('timing')}` : '1/12 a month'}`;
  return `every month from ${code(v.startKey)}${end}`;
}

/**
 * What a line contributes in a month, e.g. "`pricePerUserMonth × users`, every month from `startMonth` to `endMonth`".
 * Costs say when they fall; benefits all run monthly over their window (ramp and risk aside), so theirs is the formula.
 */
export function lineAmountText(t: LineTypeDecl): string {
  const variants = timingsOf(t);
  const growth = [t.escalates ? ' × (1 + escalation)^(year − 1)' : '', t.cohort ? ' × kept customers (a cohort, less churnRate)' : ''].join('');
  const formula = (_v: TimingVariant) => code(`${driversOf(t).map((f) => f.key).join(' × ')}${growth}`);
  const sameFormula = new Set(variants.map(formula)).size === 1;
  const withTiming = t.side === 'cost' || variants.some((v) => v.pattern !== 'monthly' || v.startKey !== 'startMonth');
  const clauses = variants
    .map((v, i) => {
      const what = [sameFormula ? '' : formula(v), withTiming ? whenText(v, t.fields.some((f) => f.key === 'timing')) : ''].filter(Boolean).join(', ');
      return what && v.choice ? `${what} if ${i === 0 ? `${code(v.choice.key)} is ` : ''}${quoted(v.choice.value)}` : what;
    })
    .filter(Boolean);
  return [sameFormula ? formula(variants[0]) : '', clauses.join(', or ')].filter(Boolean).join(', ');
}

const KIND_TEXT: Record<Exclude<FieldKind, 'choice'>, string> = {
  money: 'money',
  number: 'number',
  percent: 'fraction 0–1',
  month: 'month',
  rampMonth: 'month, may be after the horizon',
};

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/**
 * The allowed values of a choice field with what they mean, e.g. `"monthly"` = monthly or `"annual"` = yearly in
 * advance; just the values when every label only repeats its value (`"month"` or `"year"`).
 */
function choiceText(f: FieldDecl, quote: (s: string) => string): string {
  const bare = f.options!.every((o) => o.label.toLowerCase() === o.value.toLowerCase());
  return orList(f.options!.map((o) => (bare ? quote(o.value) : `${quote(o.value)} = ${lowerFirst(o.label)}`)));
}

const sentence = (s: string) => (/[.!?]$/.test(s) ? s : `${s}.`);

/** A field for a reader of the docs (Markdown): its label, its kind (or choices) and its help. */
export function fieldText(f: FieldDecl): string {
  const head = f.kind === 'choice' ? `${f.label}: ${choiceText(f, quoted)}` : `${f.label}, *${KIND_TEXT[f.kind]}*`;
  return f.help ? `${sentence(head)} ${f.help}` : head;
}

/** A field for the schema (plain text; its kind is in its $ref, except that a ramp month may pass the horizon). */
function fieldDescription(f: FieldDecl): string {
  const head = f.kind === 'choice' ? `${f.label}: ${choiceText(f, JSON.stringify)}.` : sentence(f.label);
  return [head, f.kind === 'rampMonth' ? 'May be after the horizon.' : '', f.help ?? ''].filter(Boolean).join(' ');
}

/** A schema description is plain text: quoted values lose their code marks (`"once"` → "once"); field names keep them. */
const plain = (s: string) => s.replace(/`("[^"`]*")`/g, '$1');

export const AMOUNT_HEADING: Record<LineSide, string> = { cost: 'Amount in an active month', benefit: 'Full monthly amount (before ramp-up and risk)' };

/** One sentence or two on a line type: what it amounts to, then its help. */
export const lineText = (t: LineTypeDecl): string => `${sentence(lineAmountText(t))} ${sentence(t.help)}`;

// ---- The schema ----

const SCHEMA_ID = 'https://github.com/crm-roi/crm-roi/schema/crm-roi-case.schema.json';

const ref = (def: string): JsonObject => ({ $ref: `#/$defs/${def}` });
const KIND_DEF: Record<Exclude<FieldKind, 'choice'>, string> = { money: 'amount', number: 'amount', percent: 'fraction', month: 'month', rampMonth: 'month' };
const defName = (t: LineTypeDecl) => `${t.type}${t.side === 'cost' ? 'Cost' : 'Benefit'}`;

function property(f: FieldDecl): JsonObject {
  const description = fieldDescription(f);
  if (f.kind === 'choice') return { enum: f.options!.map((o) => o.value), description };
  const one = ref(KIND_DEF[f.kind]);
  // A driver may be a three-point estimate of one value; its order (by side) is validateCase's to check.
  const estimate: JsonObject = { type: 'object', required: [...POINTS], properties: Object.fromEntries(POINTS.map((p) => [p, one])), additionalProperties: false };
  const single = f.driver ? [one, estimate] : [one];
  if (f.yearly) return { oneOf: [...single, { type: 'array', minItems: 1, maxItems: yearsOf(MAX_HORIZON_MONTHS), items: one }], description };
  return single.length > 1 ? { oneOf: single, description } : { ...one, description };
}
const properties = (fields: readonly FieldDecl[]): JsonObject => Object.fromEntries(fields.map((f) => [f.key, property(f)]));
const required = (fields: readonly FieldDecl[]) => fields.filter((f) => !f.optional).map((f) => f.key);

/** Fields every line has besides its type's; validateCase declares the same (validate.ts, fieldTable). */
const LINE_COMMON: JsonObject = {
  id: { ...ref('lineId'), description: 'Optional stable identity of the line; validateCase numbers lines without one ("cost1", "benefit2"…).' },
  name: { ...ref('text'), description: 'Name of the line, shown in its row of the sheet.' },
  note: { ...ref('note'), description: 'Free text kept next to the line, also in the sheet.' },
  actuals: { ...ref('actuals'), description: 'The line\u2019s actual amounts by calendar month, before any risk adjustment; a month without one is not known yet.' },
};

/** "A one-off line has no end": for each timing that forbids a field, if the choice selects it then the field is absent. */
function timingRules(t: LineTypeDecl): JsonObject[] {
  return timingsOf(t)
    .filter((v) => v.choice && v.forbidden.length > 0)
    .map((v) => ({
      if: { properties: { [v.choice!.key]: { const: v.choice!.value } }, required: [v.choice!.key] },
      then: { properties: Object.fromEntries(v.forbidden.map((k) => [k, false])) },
    }));
}

function lineDef(t: LineTypeDecl): JsonObject {
  const rules = timingRules(t);
  const head: JsonObject = { title: t.label, description: `${AMOUNT_HEADING[t.side]}: ${plain(lineText(t))}`, type: 'object' };
  const props: JsonObject = { type: { const: t.type }, ...(t.side === 'cost' && LINE_COMMON), ...properties(t.side === 'cost' ? fieldsOf(t) : t.fields) };
  const req = ['type', ...(t.side === 'cost' ? ['name'] : []), ...required(t.fields)];
  const ruleKeys: JsonObject = rules.length === 1 ? rules[0] : {};
  if (t.side === 'cost')
    return { ...head, required: req, properties: props, additionalProperties: false, ...ruleKeys, ...(rules.length > 1 && { allOf: rules }) };
  // A benefit's common fields live in benefitBase; unevaluatedProperties sees through the allOf to them.
  // Its timing rules sit in the allOf too: Ajv loses what benefitBase evaluated when a top-level `if` fails.
  return { ...head, allOf: [ref('benefitBase'), ...rules], required: req, properties: props, unevaluatedProperties: false };
}

function sideDef(side: LineSide): JsonObject {
  const types = typesOf(side);
  return {
    description: `A ${side} line: \`type\` selects its fields (${types.map((t) => `${t.type}: ${t.label}`).join('; ')}).`,
    type: 'object',
    required: ['type', 'name'],
    properties: { type: { enum: types.map((t) => t.type) }, name: ref('text') },
    oneOf: types.map((t) => ref(defName(t))),
  };
}

// Text rules of text.ts as patterns (JSON Schema regexes are Unicode-aware, as \p{…} needs): no C0/C1 control characters
// (a note keeps tab and line breaks), no lone surrogates, no non-characters in any plane; a name shows something.
const NON_CHARACTERS = ['\\uFDD0-\\uFDEF\\uFFFE\\uFFFF', ...Array.from({ length: 16 }, (_, i) => `\\u{${(i + 1).toString(16).toUpperCase()}FFFE}\\u{${(i + 1).toString(16).toUpperCase()}FFFF}`)].join('');
const SURROGATES = '\\uD800-\\uDFFF';
const NOT_IN_NAME = `\\u0000-\\u001F\\u007F-\\u009F${SURROGATES}${NON_CHARACTERS}`;
const NOT_IN_NOTE = `\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F${SURROGATES}${NON_CHARACTERS}`;
/** text.ts's INVISIBLE: white space, format characters (zero-width space, BOM…) and the Hangul and Braille fillers. */
const INVISIBLE = '\\p{White_Space}\\p{Cf}\\u115F\\u1160\\u2800\\u3164\\uFFA0';

/** YYYY-MM-DD from FIRST_START_DATE (1900-03-01) to year 9999; `format: date` rejects impossible days. */
function startDatePattern(): string {
  if (FIRST_START_DATE !== '1900-03-01') throw new Error('FIRST_START_DATE changed: update startDatePattern() in src/case/schema.ts');
  return '^(?:1900-(?:0[3-9]|1[0-2])|19(?:0[1-9]|[1-9]\\d)-\\d{2}|[2-9]\\d{3}-\\d{2})-\\d{2}$';
}

export function caseSchema(): JsonObject {
  const amount = MAX_AMOUNT.toExponential().replace(/e\+?/, ' × 10^').replace(/^1 × /, '');
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: SCHEMA_ID,
    title: 'CRM ROI case',
    description:
      'A CRM business case: costs and benefits laid out month by month over a horizon. Documented in docs/case-format.md; ' +
      'generated from src/case/lines.ts by `npm run codegen`. Rules that JSON Schema cannot express are checked by validateCase ' +
      '(and `crm-roi evaluate`): months must not exceed horizonMonths (fullEffectMonth may: a slow ramp can finish after the horizon), ' +
      'endMonth and fullEffectMonth must not precede startMonth, the horizon must end by December 9999, line ids must be unique ' +
      `(ignoring case), a per-year list has at most one entry per year of the horizon, \`timing\` is given only for an amount per year, ` +
      `a three-point estimate's points are in order for its side (conservative ≤ expected ≤ optimistic for a benefit's driver, ` +
      `≥ for a cost's), and the product of a line's amount fields (its amount per payment, or per year; a list at its largest) must not exceed ${amount}.`,
    type: 'object',
    required: ['name', 'currency', 'startDate', 'horizonMonths', 'discountRate', 'costs', 'benefits'],
    properties: {
      $schema: { type: 'string', description: 'Editor hint only; ignored.' },
      name: { ...ref('text'), description: 'Title of the business case.' },
      currency: { enum: [...CURRENCIES], description: 'Active ISO 4217 code, e.g. "USD", "EUR", "PLN". Used to format money; no conversion.' },
      startDate: {
        type: 'string',
        pattern: startDatePattern(),
        format: 'date',
        description: `First day of month 1, YYYY-MM-DD, from ${FIRST_START_DATE} (Excel's serial dates disagree with other spreadsheets before March 1900).`,
      },
      horizonMonths: { type: 'integer', minimum: 1, maximum: MAX_HORIZON_MONTHS, description: 'Months modelled.' },
      discountRate: { ...ref('fraction'), description: 'Annual discount rate as a fraction (0.1 = 10 %). Monthly rate = (1+r)^(1/12) − 1.' },
      costs: { type: 'array', maxItems: MAX_LINES_PER_SIDE, items: ref('costLine'), description: `Cost lines, at most ${MAX_LINES_PER_SIDE}.` },
      benefits: { type: 'array', maxItems: MAX_LINES_PER_SIDE, items: ref('benefitLine'), description: `Benefit lines, at most ${MAX_LINES_PER_SIDE}.` },
      notes: { type: 'array', maxItems: MAX_CASE_NOTES, items: ref('note'), description: 'Unquantified benefits and remarks; carried, never evaluated.' },
      kpis: { type: 'array', maxItems: MAX_KPIS, items: ref('kpi'), description: `The business metrics that carry the value, at most ${MAX_KPIS}: baseline, target and actuals.` },
    },
    additionalProperties: false,
    $defs: {
      text: {
        type: 'string',
        maxLength: MAX_NAME_LENGTH,
        pattern: `^[^${NOT_IN_NAME}]*[^${INVISIBLE}${NOT_IN_NAME}][^${NOT_IN_NAME}]*$`,
        description: `A name: at most ${MAX_NAME_LENGTH} characters, something visible, no control characters or non-characters.`,
      },
      note: {
        type: 'string',
        maxLength: MAX_NOTE_LENGTH,
        pattern: `^[^${NOT_IN_NOTE}]*$`,
        description: `Free text: at most ${MAX_NOTE_LENGTH} characters; line breaks and tabs allowed, other control characters and non-characters not.`,
      },
      amount: { type: 'number', minimum: 0, maximum: MAX_AMOUNT, description: `An amount of money or a count, from 0 to ${amount}.` },
      fraction: { type: 'number', minimum: 0, maximum: 1, description: 'A fraction from 0 to 1: 0.1 is 10 %.' },
      month: { type: 'integer', minimum: 0, maximum: MAX_HORIZON_MONTHS, description: 'Month within the horizon: 0 is the initial period (today, not discounted), 1 ends one month after startDate.' },
      lineId: {
        type: 'string',
        pattern: LINE_ID.source,
        description: 'A line id: a letter, then letters, digits or "_", at most 32 characters; unique among the lines of a case, ignoring case.',
      },
      actuals: {
        type: 'object',
        propertyNames: { pattern: '^\\d{4}-(0[1-9]|1[0-2])$' },
        additionalProperties: { type: 'number', minimum: -MAX_AMOUNT, maximum: MAX_AMOUNT },
        description: 'Values by calendar month "YYYY-MM", from the month before startDate (the initial period) to the horizon\u2019s last month.',
      },
      kpi: {
        title: 'KPI',
        description: 'A business metric tracked before and after go-live. With valuePerUnit and benefit it measures that benefit line: each month\u2019s improvement on the baseline\u2019s average × valuePerUnit is the line\u2019s actual.',
        type: 'object',
        required: ['name', 'betterWhen', 'baseline', 'target'],
        properties: {
          id: { ...ref('lineId'), description: 'Optional stable identity; validateCase numbers KPIs without one ("kpi1"…).' },
          name: { ...ref('text'), description: 'What is measured, e.g. "Average ticket resolution time".' },
          unit: { ...ref('text'), description: 'What a value counts, e.g. "hours".' },
          betterWhen: { enum: ['higher', 'lower'], description: 'Whether an increase or a decrease is the improvement.' },
          baseline: { type: 'array', minItems: 1, maxItems: MAX_BASELINE_MONTHS, items: { type: 'number', minimum: -MAX_AMOUNT, maximum: MAX_AMOUNT }, description: 'Monthly values before go-live, oldest first.' },
          target: { type: 'number', minimum: -MAX_AMOUNT, maximum: MAX_AMOUNT, description: 'The monthly value expected with the CRM in full use.' },
          actuals: { ...ref('actuals'), description: 'Monthly values after go-live, by calendar month.' },
          valuePerUnit: { ...ref('amount'), description: 'Money per unit of improvement (with benefit).' },
          benefit: { ...ref('lineId'), description: 'The id of the benefit line this KPI measures (with valuePerUnit); that line has no actuals of its own.' },
        },
        additionalProperties: false,
      },
      costLine: sideDef('cost'),
      ...Object.fromEntries(typesOf('cost').map((t) => [defName(t), lineDef(t)])),
      benefitLine: sideDef('benefit'),
      benefitBase: {
        description: 'Every benefit: monthly from startMonth to endMonth, ramping linearly to full effect at fullEffectMonth, reduced by risk.',
        type: 'object',
        required: ['name', ...required(BENEFIT_FIELDS)],
        properties: { ...LINE_COMMON, ...properties(BENEFIT_FIELDS) },
      },
      ...Object.fromEntries(typesOf('benefit').map((t) => [defName(t), lineDef(t)])),
    },
  };
}

// ---- The file: JSON, short values on one line ----

const WIDTH = 120;
const inline = (v: Json): string => {
  if (Array.isArray(v)) return `[${v.map(inline).join(', ')}]`;
  if (v !== null && typeof v === 'object') {
    const entries = Object.entries(v);
    return entries.length === 0 ? '{}' : `{ ${entries.map(([k, x]) => `${JSON.stringify(k)}: ${inline(x)}`).join(', ')} }`;
  }
  return JSON.stringify(v);
};

/** Pretty JSON: a value that fits in the line stays on it; long lists of strings or numbers are packed, several a line. */
function format(v: Json, indent: string, used: number): string {
  const flat = inline(v);
  if (used + flat.length <= WIDTH || v === null || typeof v !== 'object') return flat;
  const inner = `${indent}  `;
  if (Array.isArray(v)) {
    if (v.every((x) => x === null || typeof x !== 'object')) {
      const lines: string[] = [];
      for (const item of v.map((x) => JSON.stringify(x))) {
        const last = lines.length - 1;
        if (last >= 0 && inner.length + lines[last].length + item.length + 2 <= WIDTH) lines[last] += ` ${item},`;
        else lines.push(`${item},`);
      }
      return `[\n${lines.map((l) => inner + l).join('\n').replace(/,$/, '')}\n${indent}]`;
    }
    return `[\n${v.map((x) => inner + format(x, inner, inner.length)).join(',\n')}\n${indent}]`;
  }
  const entries = Object.entries(v).map(([k, x]) => {
    const key = `${JSON.stringify(k)}: `;
    return inner + key + format(x, inner, inner.length + key.length);
  });
  return `{\n${entries.join(',\n')}\n${indent}}`;
}

/** The text of schema/crm-roi-case.schema.json. */
export const caseSchemaJson = (): string => `${format(caseSchema(), '', 0)}\n`;
