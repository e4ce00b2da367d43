// The print setup of an ROI sheet in the .xlsx, as the patcher writes it into a rebuilt or added sheet: landscape and
// fitted to one page wide, the plan's print area and titles as that sheet's names, the payback helpers hidden and
// grouped, wrapped explanations in rows tall enough; and a rebuild moves all of it with the layout.
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { RoiCase } from '../../src/case/types';
import { planSheet } from '../../src/plan';
import { writeXlsx, wrappedRowHeights } from '../../src/writers/xlsx';
import { buildIntoWorkbook } from '../../src/writers/xlsx-update';
import { children, parseXml, type Element } from '../../src/writers/xlsx-patch/xml';
import { chartsOf, exampleCase, inSchemaOrder } from './xlsx-charts';
import { FIXTURE } from './xlsx-patch-fixture';

const child = (el: Element, local: string) => el.children.find((c) => c.local === local);

/** The sheet's root element, its rows by number (from 1), and the workbook's print names. */
async function printOf(data: Uint8Array, sheetName: string) {
  const root = parseXml((await chartsOf(data, sheetName)).sheet);
  const rows = new Map(children(child(root, 'sheetData')!, 'row').map((r) => [Number(r.attrs.r), r.attrs]));
  const workbook = parseXml(await (await JSZip.loadAsync(data)).file('xl/workbook.xml')!.async('string'), true);
  const names = children(child(workbook, 'definedNames')!, 'definedName')
    .filter((d) => d.attrs.name.startsWith('_xlnm.'))
    .map((d) => ({ name: d.attrs.name, sheet: d.attrs.localSheetId, text: d.text }));
  const tabs = children(child(workbook, 'sheets')!, 'sheet').map((s) => s.attrs.name);
  return { root, rows, names, tabs };
}

/** Print_Area and Print_Titles as the plan's print setup says, each area of the print area on this sheet. */
const expectedNames = (plan: ReturnType<typeof planSheet>, sheet: string) => [
  { name: '_xlnm.Print_Area', sheet, text: plan.print!.printArea!.split(',').map((a) => `'${plan.sheetName}'!${a}`).join(',') },
  { name: '_xlnm.Print_Titles', sheet, text: `'${plan.sheetName}'!$A:$A,'${plan.sheetName}'!$1:$2` },
];

describe('the print setup of a rebuilt ROI sheet (the patcher)', () => {
  const roiCase = exampleCase('enterprise-tei');
  const plan = planSheet(roiCase);

  it('prints landscape, one page wide, the plan print area and titles; the helpers are hidden and grouped', async () => {
    const rebuilt = (await buildIntoWorkbook(await writeXlsx(plan, roiCase), roiCase, 'CRM ROI')).data;
    const { root, rows, names } = await printOf(rebuilt, 'CRM ROI');
    expect(inSchemaOrder(root), 'the worksheet keeps ECMA-376 order').toBe(true);
    expect(child(child(root, 'sheetPr')!, 'pageSetUpPr')!.attrs.fitToPage).toBe('1');
    expect(child(root, 'pageSetup')!.attrs).toMatchObject({ orientation: 'landscape', fitToWidth: '1', fitToHeight: '0' });
    expect(child(root, 'sheetFormatPr')!.attrs.outlineLevelRow).toBe('1');
    expect(plan.hiddenRows).toHaveLength(4); // the schedule's two payback helpers, the actuals' through-month and re-forecast helpers
    for (const r of plan.hiddenRows!) {
      expect(String(plan.cells[r][0].value)).toMatch(/^Helper:/);
      expect(rows.get(r + 1)).toMatchObject({ hidden: '1', outlineLevel: '1' });
    }
    const hidden = [...rows].filter(([, a]) => a.hidden === '1').map(([r]) => r - 1);
    expect(hidden).toEqual(plan.hiddenRows);
    // The Summary's explanations fit one line beside the values; a long note in the Inputs wraps, and its row is that tall.
    const heights = wrappedRowHeights(plan);
    expect(heights.has(plan.cells.findIndex((row) => row[0].value === 'Present value of costs'))).toBe(false);
    expect(heights.size).toBeGreaterThan(0);
    for (const [r, height] of heights) expect(rows.get(r + 1)).toMatchObject({ ht: String(height), customHeight: '1' });
    expect(names).toEqual([
      ...expectedNames(plan, '0'),
      { name: '_xlnm.Print_Area', sheet: '1', text: "'CRM ROI case'!$A$1:$A$2" },
    ]);
  });

  it('moves the hidden rows, row heights and print area with the layout when lines are added', async () => {
    const first = await writeXlsx(plan, roiCase);
    const more: RoiCase = { ...roiCase, costs: [...roiCase.costs, { type: 'oneTime', name: 'Extra', amount: 1000, month: 2 }, { type: 'oneTime', name: 'More', amount: 500, month: 3 }] };
    const morePlan = planSheet(more);
    const rebuilt = (await buildIntoWorkbook(first, more, 'CRM ROI')).data;
    const { root, rows, names } = await printOf(rebuilt, 'CRM ROI');
    expect(inSchemaOrder(root)).toBe(true);
    const hidden = [...rows].filter(([, a]) => a.hidden === '1').map(([r]) => r - 1);
    expect(hidden).toEqual(morePlan.hiddenRows);
    expect(hidden).not.toEqual(plan.hiddenRows);
    const tall = [...rows].filter(([, a]) => a.customHeight === '1').map(([r]) => r - 1);
    expect(tall).toEqual([...wrappedRowHeights(morePlan).keys()]);
    expect(names.filter((n) => n.sheet === '0')).toEqual(expectedNames(morePlan, '0'));
  });

  it("adds the print setup to an ROI sheet added to an analyst's workbook, scoped to that sheet's tab", async () => {
    const added = await buildIntoWorkbook(FIXTURE, roiCase, 'Business case');
    const { root, names, tabs } = await printOf(added.data, added.sheetName);
    expect(inSchemaOrder(root)).toBe(true);
    expect(child(root, 'pageSetup')!.attrs).toMatchObject({ orientation: 'landscape', fitToWidth: '1', fitToHeight: '0' });
    const addedPlan = planSheet(roiCase, { sheetName: added.sheetName });
    const at = String(tabs.indexOf(added.sheetName));
    expect(names.filter((n) => n.sheet === at)).toEqual(expectedNames(addedPlan, at));
  });
});
