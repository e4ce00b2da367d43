import { describe, expect, it } from 'vitest';
import { parseAroundCells, parseXml, sameCells, type Element } from '../../src/writers/xlsx-patch/xml';

// The patcher reads a big worksheet around its cells: the same elements, at the same offsets, as a full parse.

const sheet = (cells: string, prefix = '') =>
  `<?xml version="1.0"?><${prefix}worksheet xmlns${prefix ? `:${prefix.slice(0, -1)}` : ''}="urn:x"><${prefix}sheetPr/><${prefix}sheetData>${cells}</${prefix}sheetData>` +
  `<${prefix}pageMargins left="1"/><${prefix}drawing r="d1"/></${prefix}worksheet>`;
const cells = '<row r="1"><c r="A1"><v>1</v></c></row><row r="2"><c r="B2" t="s"><v>0</v></c></row>';
const shape = (el: Element): unknown => ({ local: el.local, start: el.start, openEnd: el.openEnd, closeStart: el.closeStart, end: el.end, children: el.children.filter((c) => c.local !== 'row').map(shape) });

describe('parseAroundCells', () => {
  it.each(['', 'x:'])('finds everything but the rows where a full parse does (prefix "%s")', (prefix) => {
    const xml = sheet(cells, prefix);
    const full = parseXml(xml);
    const around = parseAroundCells(xml);
    expect(shape(around)).toEqual(shape(full));
    const drawing = around.children.find((c) => c.local === 'drawing')!;
    expect(xml.slice(drawing.start, drawing.end)).toBe(`<${prefix}drawing r="d1"/>`);
    expect(around.children.find((c) => c.local === 'sheetData')!.children).toEqual([]);
  });

  it('still refuses XML that is not well formed around the cells', () => {
    expect(() => parseAroundCells(sheet(cells).replace('<pageMargins left="1"/>', '<pageMargins left="1">'))).toThrow();
  });

  it('tells the same cells from changed ones', () => {
    expect(sameCells(sheet(cells), sheet(cells).replace('<drawing r="d1"/>', ''))).toBe(true);
    expect(sameCells(sheet(cells), sheet(cells.replace('<v>1</v>', '<v>2</v>')))).toBe(false);
    expect(sameCells(sheet(cells).replace(/<sheetData>.*<\/sheetData>/, '<sheetData/>'), sheet(''))).toBe(false); // no cells to compare: parse it whole
  });
});
