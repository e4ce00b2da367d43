import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/case/evaluate';
import { monthlyRate } from '../../src/case/metrics';
import { LOCALE_TAGS } from '../../src/i18n/locales';
import { plural } from '../../src/i18n/plural';
import { t } from '../../src/i18n/t';
import { planPortfolio, portfolioOf, PortfolioError, PORTFOLIO_PREFIX } from '../../src/portfolio';
import { portfolioProblemText } from '../../src/portfolio/figures';
import { close } from '../plan/hf';
import { casesOnSheets, EUR_EXAMPLE, readCase, USD_EXAMPLES } from './cases';
import { computeWorkbook } from './hf-workbook';

const cases = casesOnSheets(USD_EXAMPLES.map(readCase));

describe('portfolioOf', () => {
  it('totals are the sums of the cases’ own figures', () => {
    const p = portfolioOf(cases);
    const evs = cases.map((c) => c.evaluation);
    expect(p.cases.map((c) => c.npv)).toEqual(evs.map((e) => e.npv));
    expect(p.total.costs).toBeCloseTo(evs.reduce((s, e) => s + e.totals.costs, 0), 6);
    expect(p.total.benefits).toBeCloseTo(evs.reduce((s, e) => s + e.totals.benefits, 0), 6);
    expect(p.total.npv).toBeCloseTo(evs.reduce((s, e) => s + e.npv, 0), 6);
  });

  it('aligns by calendar month: 2025-01, 2025-07 and 2026-01 are months 0, 6 and 12 of a 48-month portfolio', () => {
    const p = portfolioOf(cases);
    expect(p.combined.startDate).toBe('2025-01-01');
    expect(p.combined.offsets).toEqual([0, 6, 12]);
    expect(p.combined.periods).toBe(Math.max(0 + 24, 6 + 36, 12 + 36));
    expect(p.combined.metrics.totals.costs).toBeCloseTo(p.total.costs, 6);
  });

  it('at one discount rate, the combined NPV is each case’s NPV discounted back from its start to the earliest', () => {
    const rate = 0.1;
    const same = casesOnSheets(USD_EXAMPLES.map((f) => ({ ...readCase(f), discountRate: rate })));
    const p = portfolioOf(same);
    const expected = same.reduce((s, c, i) => s + c.evaluation.npv / Math.pow(1 + monthlyRate(rate), p.combined.offsets[i]), 0);
    expect(close(p.combined.metrics.npv, expected, 1e6)).toBe(true);
  });

  it('refuses two currencies, naming both sources and currencies', () => {
    const mixed = [cases[0], { source: 'eur.json', evaluation: evaluate(readCase(EUR_EXAMPLE)) }];
    expect(() => portfolioOf(mixed)).toThrow(PortfolioError);
    expect(() => portfolioOf(mixed)).toThrow(/Case 1 is in USD but eur\.json is in EUR/);
  });
});

describe('a case that never pays back, beside one that does', () => {
  const eur = casesOnSheets([readCase(EUR_EXAMPLE), { ...readCase(USD_EXAMPLES[0]), currency: 'EUR' }]);
  const plan = planPortfolio(eur);

  it('shows "never" for its payback, and every formula computes what the core cached', () => {
    expect(eur[0].evaluation.paybackMonths.simple).toMatchObject({ code: '#N/A' });
    const computed = computeWorkbook([plan, ...eur.map((c) => c.plan)]).get(plan.sheetName)!;
    const texts = plan.cells.flatMap((row, r) => row.flatMap((cell, c) => (cell.formula !== undefined && typeof cell.value === 'string' ? [[cell.value, computed[r][c]]] : [])));
    expect(texts).toContainEqual(['never', 'never']);
    plan.cells.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (cell.formula === undefined) return;
        if (typeof cell.value === 'number') expect(close(computed[r][c] as number, cell.value, 1e6), `${r},${c} ${cell.formula}`).toBe(true);
        else expect(computed[r][c], `${r},${c}`).toEqual(cell.value);
      }),
    );
  });
});

describe('the Portfolio sheet recalculated (HyperFormula) over the case sheets’ names', () => {
  const plan = planPortfolio(cases);
  const valueOf = (computed: ReturnType<typeof computeWorkbook>, name: string) => {
    const ref = plan.names.find((n) => n.name === `${PORTFOLIO_PREFIX}${name}`)!.ref;
    const m = /^\$([A-Z]+)\$(\d+)$/.exec(ref)!;
    return computed.get(plan.sheetName)![Number(m[2]) - 1][m[1].charCodeAt(0) - 65];
  };

  it('every formula computes the value the core cached', () => {
    const computed = computeWorkbook([plan, ...cases.map((c) => c.plan)]).get(plan.sheetName)!;
    let formulas = 0;
    plan.cells.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (cell.formula === undefined) return;
        formulas++;
        const got = computed[r][c];
        if (typeof cell.value === 'number') expect(close(got as number, cell.value, 1e6), `${String.fromCharCode(65 + c)}${r + 1} ${cell.formula}: ${JSON.stringify(got)} vs ${cell.value}`).toBe(true);
        else expect(got, `${String.fromCharCode(65 + c)}${r + 1}`).toEqual(cell.value);
      }),
    );
    expect(formulas).toBeGreaterThan(100);
  });

  it('follows an edit of a case sheet: a case’s start-up cost doubled changes the totals to that case’s new figures', () => {
    const edited = { ...cases[0].roiCase, costs: cases[0].roiCase.costs.map((c, i) => (i === 0 ? { ...c, amount: 24000 } : c)) };
    const target = cases[0].plan;
    // The first cost line's amount, found by its value in its Inputs row (named LINE_oneTime_cost1).
    const line = target.names.find((n) => n.name === `${cases[0].prefix}LINE_oneTime_cost1`)!.ref;
    const row = Number(/\$(\d+)/.exec(line)![1]) - 1;
    const col = target.cells[row].findIndex((c) => c.value === 12000);
    const computed = computeWorkbook([plan, ...cases.map((c) => c.plan)], (contents) => (contents[target.sheetName][row][col] = 24000));
    const after = portfolioOf([{ ...cases[0], evaluation: evaluate(edited) }, ...cases.slice(1)]);
    expect(after.total.costs).toBeGreaterThan(portfolioOf(cases).total.costs);
    expect(close(valueOf(computed, 'TOTAL_COSTS') as number, after.total.costs, 1e6)).toBe(true);
    expect(close(valueOf(computed, 'TOTAL_NPV') as number, after.total.npv, 1e6)).toBe(true);
    expect(close(valueOf(computed, 'COMBINED_NPV') as number, after.combined.metrics.npv, 1e6)).toBe(true);
  });
});

describe('the Portfolio sheet in five languages', () => {
  const eur = casesOnSheets([readCase(EUR_EXAMPLE), { ...readCase(USD_EXAMPLES[0]), currency: 'EUR' }]);
  const english = planPortfolio(eur);
  const numbers = (plan: typeof english) => plan.cells.map((row) => row.map((cell) => (typeof cell.value === 'number' ? cell.value : null)));

  it.each(LOCALE_TAGS)('%s: its words from the catalog, the same numbers and names, and every formula computes what the core cached', (lang) => {
    // Over case sheets in the same language, whose error words the case rows show.
    const sheets = casesOnSheets([readCase(EUR_EXAMPLE), { ...readCase(USD_EXAMPLES[0]), currency: 'EUR' }], lang);
    const plan = planPortfolio(sheets, { lang });
    expect(plan.cells[0][0].value).toBe(plural(lang, 'portfolio.title', 2, {}));
    expect(plan.cells.flat().map((c) => c.value)).toContain(t(lang, 'portfolio.col.NPV'));
    expect(plan.cells.flat().map((c) => c.value)).toContain(t(lang, 'portfolio.combined.NPV'));
    expect(plan.charts.map((c) => c.title)).toEqual([t(lang, 'portfolio.chart.npv'), t(lang, 'portfolio.chart.payback')]);
    expect(numbers(plan)).toEqual(numbers(english));
    expect(plan.names).toEqual(english.names);
    // A payback that never comes is the language's word, in the cached value and in the formula's result.
    const computed = computeWorkbook([plan, ...sheets.map((c) => c.plan)]).get(plan.sheetName)!;
    const never = t(lang, 'metric.never');
    expect(plan.cells.flat().filter((c) => c.formula !== undefined).map((c) => c.value)).toContain(never);
    plan.cells.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (cell.formula !== undefined && typeof cell.value === 'string') expect(computed[r][c], `${r},${c}`).toEqual(cell.value);
      }),
    );
  });

  it('a currency clash is told in the reader’s language, naming both', () => {
    const mixed = [cases[0], { source: 'eur.json', evaluation: evaluate(readCase(EUR_EXAMPLE)) }];
    try {
      portfolioOf(mixed);
      expect.unreachable();
    } catch (e) {
      expect((e as PortfolioError).problem).toMatchObject({ kind: 'currency', params: { other: 'eur.json', firstCurrency: 'USD', otherCurrency: 'EUR' } });
      expect(portfolioProblemText((e as PortfolioError).problem, 'de')).toBe(`${cases[0].source} ist in USD, eur.json aber in EUR; ein Portfolio addiert Beträge in einer Währung und rechnet sie nie um.`);
    }
  });
});
