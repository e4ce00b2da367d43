import { atPoint, evaluate } from './evaluate';
import { fastEvaluator } from './fast';
import type { Evaluation } from './evaluation';
import type { RoiCase } from './types';
import { POINTS, validateCase, type Point, type Uncertain } from './validate';
import { CaseValidationError } from './evaluate';

// Three-point estimates: a driver given as { conservative, expected, optimistic } makes three scenarios, each a case
// in full, and a sensitivity: how far NPV swings when one driver runs from its conservative to its optimistic value
// while every other stays expected.

export type Scenarios = Record<Point, Evaluation>;

export interface Swing {
  /** Where the estimate is: ["costs", 1, "users"]. */
  path: Uncertain['path'];
  lineId: string;
  lineName: string;
  field: string;
  label: string;
  /** NPV with this driver conservative, and optimistic; every other driver expected. */
  npvConservative: number;
  npvOptimistic: number;
  /** |optimistic − conservative|: the bars of a tornado chart are sorted by it, widest first. */
  swing: number;
}

/** The case with each estimate at one point (re-exported: evaluate() needs it first). */
export const scenarioCase = atPoint;

/** A valid case as stated (estimates included), and its estimates. */
export interface Uncertainty {
  case: RoiCase;
  uncertain: readonly Uncertain[];
}

/** The case as stated (estimates included) and its estimates; throws CaseValidationError as evaluate() does. */
export function uncertaintyOf(input: unknown): { case: RoiCase; uncertain: Uncertain[] } {
  const checked = validateCase(input);
  if (!checked.ok) throw new CaseValidationError(checked.issues);
  return { case: checked.case, uncertain: checked.uncertain };
}

/** The conservative, expected and optimistic cases, each evaluated in full. */
export const evaluateScenarios = (input: unknown): Scenarios => scenariosOf(uncertaintyOf(input));

/** One swing per estimate, widest first (ties in the case's order). */
export const sensitivity = (input: unknown): Swing[] => swingsOf(uncertaintyOf(input));

// The same from a case already validated (the wizard's, checked on every keystroke): no second validation.

export function scenariosOf({ case: c, uncertain }: Uncertainty): Scenarios {
  return Object.fromEntries(POINTS.map((p) => [p, evaluate(scenarioCase(c, uncertain, p))])) as Scenarios;
}

/** Two draws an estimate, in plain doubles (fast.ts, within 1e-9 of evaluate()): the Review redraws this as the analyst types. */
export function swingsOf({ case: c, uncertain }: Uncertainty): Swing[] {
  const at = fastEvaluator(scenarioCase(c, uncertain, 'expected'), uncertain);
  const expected = uncertain.map((u) => u.expected);
  const npvWith = (i: number, point: Point) => at(expected.map((v, j) => (j === i ? uncertain[i][point] : v))).npv;
  return uncertain
    .map((u, i): Swing => {
      const [npvConservative, npvOptimistic] = [npvWith(i, 'conservative'), npvWith(i, 'optimistic')];
      return { path: u.path, lineId: u.lineId, lineName: u.lineName, field: u.field, label: u.label, npvConservative, npvOptimistic, swing: Math.abs(npvOptimistic - npvConservative) };
    })
    .map((s, order) => ({ s, order }))
    .sort((a, b) => b.s.swing - a.s.swing || a.order - b.order)
    .map(({ s }) => s);
}
