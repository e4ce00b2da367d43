// The add-in's charts on a worksheet, as DrawingML parts: the sheet's drawing (created when it has none) holds one
// anchored graphic frame per chart, each pointing at its own chart part. A frame is the add-in's when its name is
// CHART_PREFIX + the chart's id, the name the Office.js writer gives its charts too: an update finds its charts by id,
// never by title, rewrites them in place and leaves every other anchor in the drawing exactly as it was.
import { absolute, parseRange, type Rect } from '../../plan/a1';
import type { ChartSpec } from '../../plan/types';
import { CHART_PREFIX } from '../excel';
import { patchRelationships, quotedSheet, readRelationships, relationshipsOf, relationshipsPrefix, resolveTarget, type Relationship } from './workbook';
import { applySplices, child, escapeAttr, escapeText, parseAroundCells, parseXml, prefixOf, tag, type Element, type Splice } from './xml';

/** A chart of the plan, with the number format of its values (the plan's, for the value axis's labels). */
export type SheetChart = ChartSpec & { valueFormat?: string };

/** What the chart writer needs of the package being patched. */
export interface Parts {
  /** A part's text; undefined when the package has no such part. */
  read(path: string): Promise<string | undefined>;
  /** Writes a part; a new part also gets its content type. */
  write(path: string, xml: string, contentType?: string): void;
  /** Drops a part and its content type. */
  remove(path: string): void;
  /** The first name `name(1)`, `name(2)`… that no part has. */
  free(name: (n: number) => string): string;
  /** A relationship type in the package's own flavour (transitional or strict), e.g. "drawing". */
  relationship(type: string): string;
}

const NS = {
  xdr: 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing',
  a: 'http://schemas.openxmlformats.org/drawingml/2006/main',
  c: 'http://schemas.openxmlformats.org/drawingml/2006/chart',
  r: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  rels: 'http://schemas.openxmlformats.org/package/2006/relationships',
};
const DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const NO_RELATIONSHIPS = `${DECLARATION}<Relationships xmlns="${NS.rels}"></Relationships>`;
const DRAWING_TYPE = 'application/vnd.openxmlformats-officedocument.drawing+xml';
const CHART_TYPE = 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml';
const EMU_PER_PX = 9525;
/** What may follow <drawing> in a worksheet (ECMA-376 CT_Worksheet); mc:AlternateContent wraps oleObjects and controls. */
const AFTER_DRAWING = ['legacyDrawing', 'legacyDrawingHF', 'drawingHF', 'picture', 'oleObjects', 'controls', 'webPublishItems', 'tableParts', 'extLst', 'AlternateContent'];
const ANCHORS = ['twoCellAnchor', 'oneCellAnchor', 'absoluteAnchor'];
const COLORS = { line: ['1F4E79', '5B9BD5'], column: ['C0504D', '70AD47'], marker: 'ED7D31' };

/**
 * The worksheet `sheetXml` (part `sheetPath`, named `sheetName`) with the add-in's charts set to `charts`: each
 * replaces the add-in's chart of its id on that sheet, or is added; the add-in's charts of other ids go.
 */
export async function placeCharts(parts: Parts, sheetPath: string, sheetXml: string, sheetName: string, charts: SheetChart[]): Promise<string> {
  const sheet = parseAroundCells(sheetXml);
  const sheetRelsPath = relationshipsOf(sheetPath);
  const sheetRels = (await parts.read(sheetRelsPath)) ?? NO_RELATIONSHIPS;
  const existing = child(sheet, 'drawing');
  let drawingPath: string;
  if (existing) {
    const rel = readRelationships(sheetRels).find((r) => r.id === relId(existing));
    if (!rel) throw new Error(`sheet "${sheetName}" refers to a drawing its relationships do not list`);
    drawingPath = resolveTarget(sheetPath, rel.target);
  } else {
    if (!charts.length) return sheetXml;
    drawingPath = parts.free((n) => resolveTarget(sheetPath, `../drawings/drawing${n}.xml`));
    parts.write(drawingPath, `${DECLARATION}<xdr:wsDr xmlns:xdr="${NS.xdr}" xmlns:a="${NS.a}"></xdr:wsDr>`, DRAWING_TYPE);
    const rel = { id: freeId(readRelationships(sheetRels)), type: parts.relationship('drawing'), target: relativeTo(sheetPath, drawingPath) };
    parts.write(sheetRelsPath, patchRelationships(sheetRels, [rel], []));
    sheetXml = insertDrawing(sheetXml, sheet, rel.id);
  }

  const drawingXml = (await parts.read(drawingPath))!;
  const drawing = parseXml(drawingXml);
  const drawingRelsPath = relationshipsOf(drawingPath);
  const drawingRels = (await parts.read(drawingRelsPath)) ?? NO_RELATIONSHIPS;
  const rels = readRelationships(drawingRels);
  const targets = new Map(rels.map((r) => [r.id, resolveTarget(drawingPath, r.target)]));
  let nextFrameId = Math.max(0, ...descendants(drawing, 'cNvPr').map((e) => Number(e.attrs.id) || 0)) + 1;
  const ours = drawing.children.filter((c) => ANCHORS.includes(c.local)).flatMap((anchor) => {
    const frame = child(anchor, 'graphicFrame');
    const props = frame && descendants(frame, 'cNvPr')[0];
    const rel = frame && descendants(frame, 'chart').map(relId)[0];
    return props?.attrs.name?.startsWith(CHART_PREFIX) && rel ? [{ anchor, id: props.attrs.name.slice(CHART_PREFIX.length), frameId: props.attrs.id, rel }] : [];
  });

  // Namespaces the drawing's root does not bind as our anchors spell them are declared on each anchor.
  const declare = (['xdr', 'a'] as const).filter((p) => drawing.attrs[`xmlns:${p}`] !== NS[p]).map((p) => ` xmlns:${p}="${NS[p]}"`).join('');
  const splices: Splice[] = [];
  const added: string[] = [];
  const newRels: Relationship[] = [];
  const dropped: string[] = [];
  for (const spec of charts) {
    const reuse = ours.find((o) => o.id === spec.id && targets.has(o.rel));
    if (reuse) {
      ours.splice(ours.indexOf(reuse), 1);
      parts.write(targets.get(reuse.rel)!, chartXml(spec, sheetName));
      splices.push({ start: reuse.anchor.start, end: reuse.anchor.end, text: anchorXml(spec, reuse.rel, reuse.frameId, declare) });
      continue;
    }
    const chartPath = parts.free((n) => resolveTarget(drawingPath, `../charts/chart${n}.xml`));
    parts.write(chartPath, chartXml(spec, sheetName), CHART_TYPE);
    const rel = { id: freeId([...rels, ...newRels]), type: parts.relationship('chart'), target: relativeTo(drawingPath, chartPath) };
    newRels.push(rel);
    added.push(anchorXml(spec, rel.id, String(nextFrameId++), declare));
  }
  // The add-in's frames no spec claims (a copy of one, a chart the plan no longer has) go with their parts.
  for (const { anchor, rel } of ours) {
    splices.push({ start: anchor.start, end: anchor.end, text: '' });
    const path = targets.get(rel);
    if (!path) continue;
    parts.remove(path);
    parts.remove(relationshipsOf(path));
    dropped.push(rel);
  }
  if (newRels.length || dropped.length) parts.write(drawingRelsPath, patchRelationships(drawingRels, newRels, dropped));
  if (added.length && drawing.selfClosing) splices.push({ start: drawing.start, end: drawing.end, text: `${tag(drawing.name, drawing.attrs)}${added.join('')}</${drawing.name}>` });
  else if (added.length) splices.push({ start: drawing.closeStart, end: drawing.closeStart, text: added.join('') });
  parts.write(drawingPath, applySplices(drawingXml, splices));
  return sheetXml;
}

/** The r:id of an element, whatever prefix its relationships namespace has. */
const relId = (el: Element): string | undefined => Object.entries(el.attrs).find(([k]) => k.endsWith(':id'))?.[1];

function descendants(el: Element, local: string): Element[] {
  return el.children.flatMap((c) => [...(c.local === local ? [c] : []), ...descendants(c, local)]);
}

/** `target`'s path relative to `source`'s folder; both are in xl/. */
function relativeTo(source: string, target: string): string {
  const from = source.split('/').slice(0, -1);
  const to = target.split('/');
  let common = 0;
  while (common < from.length && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => '..'), ...to.slice(common)].join('/');
}

/** The first relationship id rId1, rId2… that `rels` do not use. */
function freeId(rels: Relationship[]): string {
  let n = 1;
  while (rels.some((r) => r.id === `rId${n}`)) n++;
  return `rId${n}`;
}

/** The sheet with <drawing r:id> where the schema puts it: after everything else but what must follow it. */
function insertDrawing(xml: string, root: Element, id: string): string {
  const p = prefixOf(root);
  const r = relationshipsPrefix(root.attrs);
  const element = r ? `<${p}drawing ${r}:id="${id}"/>` : `<${p}drawing xmlns:r="${NS.r}" r:id="${id}"/>`;
  const sheetData = child(root, 'sheetData')!;
  const at = root.children.find((c) => c.start > sheetData.start && AFTER_DRAWING.includes(c.local))?.start ?? root.closeStart;
  return applySplices(xml, [{ start: at, end: at, text: element }]);
}

/** A frame anchored at the spec's cell, sized in EMU from its pixels; named so an update finds it again. */
function anchorXml(spec: ChartSpec, rel: string, frameId: string, declare: string): string {
  const at = checkedRange(spec.anchor, 'anchor');
  return (
    `<xdr:oneCellAnchor${declare}><xdr:from><xdr:col>${at.left}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${at.top}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>` +
    `<xdr:ext cx="${Math.round(spec.width * EMU_PER_PX)}" cy="${Math.round(spec.height * EMU_PER_PX)}"/>` +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${escapeAttr(frameId)}" name="${escapeAttr(CHART_PREFIX + spec.id)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
    `<a:graphic><a:graphicData uri="${NS.c}"><c:chart xmlns:c="${NS.c}" xmlns:r="${NS.r}" r:id="${rel}"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:oneCellAnchor>`
  );
}

function checkedRange(a1: string, what: string): Rect {
  const r = parseRange(a1);
  if (!r) throw new Error(`chart ${what} "${a1}" is not an A1 reference`);
  return r;
}

// Chart parts. Series are references to the sheet's cells, so a chart follows the analyst's edits. No cached values
// are written: Excel and LibreOffice read the cells when they open the file.

/**
 * The chart part of a spec. A line chart is drawn as a scatter chart with straight lines over its categories (month
 * numbers), so its payback point (`marker`, in months) sits where the line crosses zero: a single-point series whose x
 * is the payback cell, so it moves with the analyst's edits. Its y is that cell too, not a literal 0, which LibreOffice
 * drops (it plots no series of literal data): the point sits as many currency units above zero as payback takes months,
 * well under a pixel at a business case's scale. Text there ("never") plots no point in LibreOffice; Excel would plot
 * it at month 1, so the caller leaves the marker out of a case that never pays back.
 */
export function chartXml(spec: SheetChart, sheetName: string): string {
  const ref = (a1: string, what: string) => {
    const r = checkedRange(a1, what);
    const cells = r.top === r.bottom && r.left === r.right ? absolute(r.top, r.left) : `${absolute(r.top, r.left)}:${absolute(r.bottom, r.right)}`;
    return `${quotedSheet(sheetName)}!${cells}`;
  };
  const plot = spec.type === 'line' ? scatterPlot(spec, ref) : barPlot(spec, ref);
  return (
    `${DECLARATION}<c:chartSpace xmlns:c="${NS.c}" xmlns:a="${NS.a}" xmlns:r="${NS.r}"><c:roundedCorners val="0"/><c:chart>` +
    `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1200" b="1"/></a:pPr><a:r><a:rPr lang="en-US" sz="1200" b="1"/><a:t>${escapeText(spec.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>` +
    `<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>${plot}</c:plotArea>` +
    `<c:legend><c:legendPos val="b"/><c:overlay val="0"/>${textProps(900)}</c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>`
  );
}

type Ref = (a1: string, what: string) => string;
const X_AXIS = 500100;
const Y_AXIS = 500200;

function scatterPlot(spec: SheetChart, ref: Ref): string {
  const series = spec.series.map((s, i) =>
    ser(i, s.name, line(COLORS.line[i % COLORS.line.length], i > 0) + '<c:marker><c:symbol val="none"/></c:marker>', `<c:xVal>${numRef(ref(s.categories, 'categories'))}</c:xVal><c:yVal>${numRef(ref(s.values, 'values'))}</c:yVal><c:smooth val="0"/>`),
  );
  if (spec.marker) {
    const point =
      `<c:spPr><a:ln><a:noFill/></a:ln></c:spPr><c:marker><c:symbol val="diamond"/><c:size val="11"/><c:spPr><a:solidFill><a:srgbClr val="${COLORS.marker}"/></a:solidFill><a:ln><a:noFill/></a:ln></c:spPr></c:marker>` +
      // Labelled with its name only: hosts disagree on what a scatter point's "category" is (its x, or its index).
      `<c:dLbls>${textProps(900, true)}<c:dLblPos val="t"/><c:showLegendKey val="0"/><c:showVal val="0"/><c:showCatName val="0"/><c:showSerName val="1"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>`;
    const at = numRef(ref(spec.marker, 'marker'));
    series.push(ser(series.length, spec.markerName ?? '', point, `<c:xVal>${at}</c:xVal><c:yVal>${at}</c:yVal><c:smooth val="0"/>`));
  }
  // The months run from the initial period (0) to the horizon: one cell each.
  const months = checkedRange(spec.series[0]?.categories ?? '', 'categories');
  const count = months.right - months.left + months.bottom - months.top;
  // At most a dozen labelled ticks along the months: every month, quarter, half year, year, two or five years.
  const step = [1, 3, 6, 12, 24, 60].find((s) => count / s <= 12) ?? 120;
  return (
    `<c:scatterChart><c:scatterStyle val="lineMarker"/><c:varyColors val="0"/>${series.join('')}<c:axId val="${X_AXIS}"/><c:axId val="${Y_AXIS}"/></c:scatterChart>` +
    // The month axis crosses the money axis at zero, where payback is; its labels stay at the bottom of the plot.
    axis('valAx', X_AXIS, Y_AXIS, { scaling: `<c:max val="${count}"/><c:min val="0"/>`, tail: `<c:crossBetween val="midCat"/><c:majorUnit val="${step}"/>` }) +
    axis('valAx', Y_AXIS, X_AXIS, { format: spec.valueFormat, gridlines: true, tail: '<c:crossBetween val="midCat"/>' })
  );
}

/**
 * Columns, or horizontal bars (a tornado: the two series overlap, one to each side of zero, the first category on
 * top); categories along one axis, values with gridlines along the other.
 */
function barPlot(spec: SheetChart, ref: Ref): string {
  const horizontal = spec.type === 'bar';
  const series = spec.series.map((s, i) =>
    ser(i, s.name, `<c:spPr><a:solidFill><a:srgbClr val="${COLORS.column[i % COLORS.column.length]}"/></a:solidFill></c:spPr><c:invertIfNegative val="0"/>`, `<c:cat><c:strRef><c:f>${escapeText(ref(s.categories, 'categories'))}</c:f></c:strRef></c:cat><c:val>${numRef(ref(s.values, 'values'))}</c:val>`),
  );
  return (
    `<c:barChart><c:barDir val="${horizontal ? 'bar' : 'col'}"/><c:grouping val="clustered"/><c:varyColors val="0"/>${series.join('')}<c:gapWidth val="80"/>${horizontal ? '<c:overlap val="100"/>' : ''}<c:axId val="${X_AXIS}"/><c:axId val="${Y_AXIS}"/></c:barChart>` +
    axis('catAx', X_AXIS, Y_AXIS, { position: horizontal ? 'l' : 'b', reversed: horizontal, tail: '<c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/>' }) +
    axis('valAx', Y_AXIS, X_AXIS, { format: spec.valueFormat, gridlines: true, position: horizontal ? 'b' : 'l', tail: '<c:crossBetween val="between"/>' })
  );
}

/** A series: its index and order, a literal name, its look (spPr, marker, …) and its data, in the schema's order. */
const ser = (i: number, name: string, look: string, data: string): string =>
  `<c:ser><c:idx val="${i}"/><c:order val="${i}"/><c:tx><c:v>${escapeText(name)}</c:v></c:tx>${look}${data}</c:ser>`;

const line = (color: string, dashed: boolean): string =>
  `<c:spPr><a:ln w="28575" cap="rnd"><a:solidFill><a:srgbClr val="${color}"/></a:solidFill>${dashed ? '<a:prstDash val="dash"/>' : ''}<a:round/></a:ln></c:spPr>`;

const numRef = (f: string): string => `<c:numRef><c:f>${escapeText(f)}</c:f></c:numRef>`;

interface AxisOptions {
  /** The labels' number format; absent: the source cells' own. */
  format?: string;
  /** The value axis: at the left, gridlines across the plot. Otherwise the bottom axis, labels below the plot. */
  gridlines?: boolean;
  scaling?: string;
  /** Where the axis sits: by default the value axis at the left, the other at the bottom. */
  position?: 'l' | 'b';
  /** Categories from the top down: the first is the widest bar of a tornado. */
  reversed?: boolean;
  /** The elements after <c:crosses>, which differ by kind. */
  tail: string;
}

/** An axis with visible number labels, crossing the other at zero. */
function axis(kind: 'valAx' | 'catAx', id: number, cross: number, { format, gridlines, scaling = '', position, reversed, tail }: AxisOptions): string {
  return (
    `<c:${kind}><c:axId val="${id}"/><c:scaling><c:orientation val="${reversed ? 'maxMin' : 'minMax'}"/>${scaling}</c:scaling><c:delete val="0"/><c:axPos val="${position ?? (gridlines ? 'l' : 'b')}"/>` +
    (gridlines ? '<c:majorGridlines><c:spPr><a:ln w="6350"><a:solidFill><a:srgbClr val="D9D9D9"/></a:solidFill></a:ln></c:spPr></c:majorGridlines>' : '') +
    // LibreOffice formats "as the source" only from cached values, which these charts do not carry: a format is given.
    `<c:numFmt formatCode="${escapeAttr(format ?? 'General')}" sourceLinked="${format ? 0 : 1}"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="${gridlines ? 'nextTo' : 'low'}"/>` +
    `<c:spPr><a:ln w="9525"><a:solidFill><a:srgbClr val="7F7F7F"/></a:solidFill></a:ln></c:spPr>${textProps(900)}<c:crossAx val="${cross}"/><c:crosses val="autoZero"/>${tail}</c:${kind}>`
  );
}

const textProps = (size: number, bold = false): string =>
  `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size}"${bold ? ' b="1"' : ''}/></a:pPr><a:endParaRPr lang="en-US"/></a:p></c:txPr>`;
