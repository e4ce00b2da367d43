import fc from 'fast-check';
import { planSheet } from '/work/main/src/plan';
import { computePlan } from '/work/main/tests/plan/hf';
import { arbitraryCase } from '/work/main/tests/plan/fixtures';
let n = 0, bad = 0;
for (const c of fc.sample(arbitraryCase, { numRuns: 150, seed: 7 })) {
  const plan = planSheet(c); const v = computePlan(plan); n++;
  plan.cells.forEach((row, r) => row.forEach((cell, col) => {
    if (!cell.formula) return;
    const got = v[r][col], exp = cell.value;
    const ok = typeof got === 'number' && typeof exp === 'number' ? Math.abs(got - exp) <= 1e-9 * Math.max(1, Math.abs(got), Math.abs(exp)) : got === exp;
    if (!ok) { bad++; console.log(cell.formula.slice(0, 60), 'engine', got, 'core', exp); }
  }));
}
console.log(n, bad);
