import { parseRange } from '../src/plan/a1';
import type { CellValue, ChartSpec, SheetPlan } from '../src/plan/types';

// What a chart of the plan shows: the cached values of the cells its series refer to, as a host reads them.

export interface SeriesData {
  name: string;
  categories: CellValue[];
  /** null where the cell holds no number (a host leaves a gap there). */
  values: (number | null)[];
}

export interface ChartData {
  spec: ChartSpec;
  series: SeriesData[];
  /** The first series' number format, which the value axis uses, as in the .xlsx. */
  valueFormat?: string;
  /** The payback month from the marker cell; undefined when it holds text ("never"). */
  marker?: { months: number; format?: string };
}

/** The values of an A1 range of the plan, row by row; empty for a malformed range. */
export function rangeValues(plan: SheetPlan, a1: string): CellValue[] {
  const r = parseRange(a1);
  const out: CellValue[] = [];
  if (!r) return out;
  for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) out.push(plan.cells[row]?.[col]?.value ?? null);
  return out;
}

const cellAt = (plan: SheetPlan, a1: string) => {
  const r = parseRange(a1);
  return r && plan.cells[r.top]?.[r.left];
};

export function chartData(plan: SheetPlan, spec: ChartSpec): ChartData {
  const marker = spec.marker ? cellAt(plan, spec.marker) : undefined;
  return {
    spec,
    series: spec.series.map((s) => ({
      name: s.name,
      categories: rangeValues(plan, s.categories),
      values: rangeValues(plan, s.values).map((v) => (typeof v === 'number' && Number.isFinite(v) ? v : null)),
    })),
    valueFormat: spec.series[0] && cellAt(plan, spec.series[0].values)?.numberFormat,
    marker: marker && typeof marker.value === 'number' ? { months: marker.value, format: marker.numberFormat } : undefined,
  };
}
