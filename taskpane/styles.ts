// One stylesheet for every host; the theme class only swaps a few variables (Fluent-like in Excel, Google-like in Sheets).
// Injected as a <style> element so the same bundle works in the webpack task pane, the inlined Sheets sidebar and the playground.

const CSS = `
:root { --accent: #0f6cbd; --accent-hover: #115ea3; --danger: #c50f1f; --ok: #107c10; --text: #242424; --muted: #616161;
  --border: #d1d1d1; --surface: #ffffff; --subtle: #f5f5f5; --radius: 4px; --font: "Segoe UI", "Segoe UI Web", -apple-system, system-ui, sans-serif; }
.theme-sheets { --accent: #1a73e8; --accent-hover: #1967d2; --danger: #d93025; --ok: #188038; --text: #202124; --muted: #5f6368;
  --border: #dadce0; --subtle: #f8f9fa; --radius: 4px; --font: "Google Sans", Roboto, Arial, sans-serif; }
/* Chinese: a CJK face before the Latin fallbacks, and no line break inside a word of Latin text or a number. */
:lang(zh-CN) { --font: "Segoe UI", "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "Noto Sans SC", system-ui, sans-serif; line-break: strict; }
.theme-sheets:lang(zh-CN), .theme-sheets :lang(zh-CN) { --font: "Google Sans", Roboto, "Noto Sans SC", "Noto Sans CJK SC", "PingFang SC", sans-serif; }
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.4 var(--font); color: var(--text); background: var(--surface); }
.wizard-root { min-width: 300px; max-width: 560px; padding: 12px; }
.wizard-header { display: flex; flex-wrap: wrap; align-items: baseline; gap: 4px 8px; }
.wizard-header h1 { margin-right: auto; }
select.language { width: auto; max-width: 100%; padding: 2px 6px; font-size: 12px; }
h1 { font-size: 20px; font-weight: 600; margin: 0 0 4px; }
h2 { font-size: 16px; font-weight: 600; margin: 8px 0; }
h2:focus { outline: none; }
.host-name { color: var(--muted); font-size: 12px; }
.steps { display: flex; flex-wrap: wrap; gap: 4px; margin: 8px 0; }
.step-tab { flex: 1 0 auto; padding: 6px 6px; white-space: nowrap; border: 1px solid var(--border); border-radius: var(--radius); background: var(--subtle); color: var(--text); font: inherit; font-size: 12px; cursor: pointer; }
.step-tab[aria-current="step"] { background: var(--accent); border-color: var(--accent); color: #fff; }
.step-tab.has-errors:not([aria-current="step"]) { border-color: var(--danger); color: var(--danger); }
.field { display: flex; flex-direction: column; margin: 0 0 10px; min-width: 0; }
.field[hidden] { display: none; }
.field label { font-weight: 600; font-size: 13px; margin-bottom: 2px; overflow-wrap: break-word; hyphens: auto; }
input, select { font: inherit; padding: 5px 8px; border: 1px solid var(--border); border-radius: var(--radius); background: var(--surface); color: var(--text); width: 100%; min-width: 0; }
input:focus, select:focus, button:focus-visible { outline: 2px solid var(--accent); outline-offset: 1px; }
input[aria-invalid="true"], select[aria-invalid="true"] { border-color: var(--danger); }
.help { color: var(--muted); font-size: 12px; margin: 2px 0 0; }
.field-error { color: var(--danger); font-size: 12px; margin: 2px 0 0; min-height: 0; }
.field-error:empty { display: none; }
fieldset.line { border: 1px solid var(--border); border-radius: var(--radius); margin: 0 0 12px; padding: 8px 10px; min-width: 0; }
fieldset.line legend { font-weight: 600; padding: 0 4px; overflow-wrap: anywhere; }
.line-fields { display: grid; grid-template-columns: repeat(auto-fill, minmax(130px, 1fr)); gap: 0 10px; }
.line-fields .wide { grid-column: 1 / -1; }
/* A driver typed as a range: its three points side by side, on a row of their own. */
input[type="checkbox"] { width: auto; margin: 0; }
.field-head { display: flex; flex-wrap: wrap; align-items: baseline; justify-content: space-between; gap: 0 6px; }
.field .range-toggle { margin-left: auto; display: inline-flex; align-items: center; gap: 4px; font-weight: normal; font-size: 12px; color: var(--muted); white-space: nowrap; cursor: pointer; }
.points { display: grid; grid-template-columns: minmax(0, 1fr); gap: 6px; }
.ranged .points { grid-template-columns: repeat(3, minmax(0, 1fr)); }
.point { display: flex; flex-direction: column; min-width: 0; }
.point[hidden] { display: none; }
.point-label { font-size: 11px; color: var(--muted); }
.line-fields .ranged { grid-column: 1 / -1; }
.add { display: flex; gap: 6px; margin: 8px 0; }
.add select { flex: 1; }
button { font: inherit; cursor: pointer; border-radius: var(--radius); padding: 6px 14px; }
button.primary { background: var(--accent); color: #fff; border: 1px solid var(--accent); }
button.primary:hover:not(:disabled) { background: var(--accent-hover); }
button.secondary, button.remove { background: var(--surface); color: var(--text); border: 1px solid var(--border); }
button.remove { font-size: 12px; padding: 3px 10px; }
button:disabled { opacity: .5; cursor: not-allowed; }
button.link { background: none; border: none; padding: 0; color: var(--danger); text-align: left; text-decoration: underline; }
.wizard-nav { display: flex; justify-content: space-between; margin-top: 12px; }
.actions { display: flex; flex-wrap: wrap; gap: 8px; margin: 10px 0; }
.metrics { display: grid; grid-template-columns: minmax(0, 1fr) auto; gap: 4px 12px; margin: 0; }
.metrics dt { color: var(--muted); }
.metrics dd { margin: 0; font-weight: 600; text-align: right; font-variant-numeric: tabular-nums; }
.metrics .reason { display: block; font-weight: normal; font-size: 11px; color: var(--muted); }
.metrics dd.unadjusted { grid-column: 1 / -1; margin-top: -4px; font-weight: normal; font-size: 11px; color: var(--muted); }
.chart-box { margin-top: 12px; }
.scenarios { margin-top: 16px; }
h3 { font-size: 14px; font-weight: 600; margin: 12px 0 2px; }
.scenario-table { width: 100%; border-collapse: collapse; margin-top: 6px; font-size: 12px; font-variant-numeric: tabular-nums; }
.scenario-table th, .scenario-table td { width: 33.3%; padding: 2px 3px; vertical-align: top; }
.scenario-table thead th { text-align: right; font-weight: 600; color: var(--muted); border-bottom: 1px solid var(--border); }
.scenario-table tbody th { text-align: left; font-weight: normal; color: var(--muted); padding-top: 6px; }
.scenario-table td { text-align: right; font-weight: 600; border-bottom: 1px solid var(--border); }
.scenario-table .reason { display: block; font-weight: normal; font-size: 11px; color: var(--muted); }
.tornado-box { margin-top: 6px; }
.risk .scenario-table th, .risk .scenario-table td { width: 25%; }
.risk-status { font-size: 12px; color: var(--muted); margin: 6px 0 0; }
.risk-status:empty { display: none; }
.risk-facts { margin: 10px 0 0; font-size: 13px; }
.risk-facts dt { color: var(--muted); margin-top: 4px; }
.risk-facts dd { margin: 0; font-weight: 600; font-variant-numeric: tabular-nums; }
.tornado-label { font-size: 11px; fill: var(--text); }
.tornado-small { font-size: 10px; fill: var(--muted); }
.tornado-down { fill: var(--danger); }
.tornado-up { fill: var(--accent); }
.tornado-axis { stroke: var(--muted); stroke-width: 1; }
.tornado-expected { stroke: var(--text); stroke-width: 1.5; }
.tornado-small.tornado-expected-label { fill: var(--text); }
.chart { width: 100%; height: auto; border: 1px solid var(--border); border-radius: var(--radius); background: var(--subtle); }
.chart-axis { stroke: var(--muted); stroke-width: 1; stroke-dasharray: 3 3; }
.chart-marker { stroke: var(--ok); stroke-width: 1; }
.chart-line { stroke-width: 2; }
.chart-line.good { stroke: var(--accent); }
.chart-line.bad { stroke: var(--danger); }
.chart-label { font-size: 9px; fill: var(--muted); }
.chart-point { fill: var(--danger); }
/* Negative amounts: a red minus, as the sheet's number formats show them. */
dd.negative, td.negative { color: var(--danger); }
.chart-low .chart-label { fill: var(--danger); }
.chart-payback .chart-label { fill: var(--ok); }
.problems { padding-left: 18px; margin: 8px 0; }
.problems li { margin: 2px 0; }
.build-status.ok, .host-status.ok { color: var(--ok); }
.build-status.error, .host-status.error { color: var(--danger); font-weight: 600; white-space: pre-line; overflow-wrap: anywhere; }
.host-status { font-size: 12px; color: var(--muted); margin: 0; }
.host-status:empty { display: none; }
/* The Track step: one row a month (label, actual, plan), its message under it; variances told in words and colour. */
.month-grid { margin: 6px 0 10px; }
.month-row { display: grid; grid-template-columns: minmax(0, 9em) minmax(0, 1fr) minmax(0, 9em); gap: 2px 8px; align-items: center; padding: 2px 0; }
.month-row label { font-size: 13px; }
.month-row.initial label { font-style: italic; }
.month-row input { padding: 3px 6px; text-align: right; font-variant-numeric: tabular-nums; }
.month-row .field-error { grid-column: 1 / -1; }
.month-head { font-size: 11px; color: var(--muted); font-weight: 600; }
.month-head span:nth-child(2) { text-align: right; }
.month-plan { font-size: 11px; color: var(--muted); text-align: right; font-variant-numeric: tabular-nums; overflow-wrap: anywhere; }
.track-outside ul { padding-left: 18px; margin: 4px 0; }
.track-table td.variance.favourable { color: var(--ok); }
.track-table td.variance.unfavourable { color: var(--danger); }
.track-table .tone { display: block; font-weight: normal; font-size: 11px; }
.track-table.two th, .track-table.two td { width: 50%; }
.track-figures .risk-facts .reason { display: block; font-weight: normal; font-size: 11px; color: var(--muted); }
.track-chart { margin-top: 6px; }
.track-periods summary { cursor: pointer; font-size: 13px; margin: 4px 0; }
.track-line { fill: none; stroke-width: 2; }
.track-line.plan { stroke: var(--muted); stroke-dasharray: 6 3; }
.track-line.actual { stroke: var(--accent); stroke-width: 2.5; }
.track-line.reforecast { stroke: var(--accent); stroke-dasharray: 1.5 3; }
.track-today { stroke: var(--border); stroke-width: 1; }
/* Fluent 2 (Excel): inputs underlined in a darker stroke, the accent shown as a bottom bar on focus. */
.theme-fluent input:not([type="checkbox"]), .theme-fluent select { border-bottom-color: #616161; }
.theme-fluent input:focus:not([type="checkbox"]), .theme-fluent select:focus { outline: none; border-bottom: 2px solid var(--accent); }
.theme-fluent button.primary, .theme-fluent button.secondary { font-weight: 600; }
/* Google (Sheets): Material buttons and fields; step tabs as chips. */
.theme-sheets button.primary, .theme-sheets button.secondary, .theme-sheets button.remove { font-weight: 500; letter-spacing: .25px; }
.theme-sheets button.secondary, .theme-sheets button.remove { color: var(--accent); }
.theme-sheets button.primary { box-shadow: 0 1px 2px rgba(60, 64, 67, .3), 0 1px 3px 1px rgba(60, 64, 67, .15); }
.theme-sheets input:focus:not([type="checkbox"]), .theme-sheets select:focus { outline: none; border-color: var(--accent); box-shadow: inset 0 0 0 1px var(--accent); }
.theme-sheets .step-tab { border-radius: 16px; }
.theme-sheets .step-tab[aria-current="step"] { background: #e8f0fe; border-color: #e8f0fe; color: #1967d2; }
.theme-sheets fieldset.line { border-radius: 8px; }
@media (max-width: 360px) { .wizard-root { padding: 8px; } .line-fields { grid-template-columns: 1fr; } .month-row { grid-template-columns: minmax(0, 6.5em) minmax(0, 1fr) minmax(0, 7em); } }
`;

export function applyStyles(doc: Document, theme: 'fluent' | 'sheets', extra = ''): void {
  const style = doc.createElement('style');
  style.textContent = CSS + extra;
  doc.head.append(style);
  doc.body.classList.add(`theme-${theme}`);
}
