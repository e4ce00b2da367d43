// Playground-only layout: the wizard column beside the worksheet view; stacked on narrow screens.
export const PLAYGROUND_CSS = `
.playground { display: flex; align-items: flex-start; gap: 16px; min-height: 100vh; }
.playground > .wizard-root { flex: 0 0 380px; border-right: 1px solid var(--border); min-height: 100vh; }
.sheet-pane { flex: 1; min-width: 0; padding: 12px 12px 12px 0; }
.sheet-toolbar { display: flex; flex-wrap: wrap; justify-content: space-between; align-items: baseline; gap: 8px; }
.sheet-toolbar label { font-size: 12px; color: var(--muted); display: flex; gap: 4px; align-items: center; }
.sheet-toolbar input { width: auto; }
.formula-bar { display: flex; gap: 8px; border: 1px solid var(--border); padding: 4px 8px; margin: 6px 0; font-family: Consolas, monospace; font-size: 12px; min-height: 26px; }
.formula-bar #fx-address { min-width: 48px; color: var(--muted); border-right: 1px solid var(--border); padding-right: 8px; }
.formula-bar #fx-content { overflow-wrap: anywhere; }
.sheet-status { font-size: 12px; margin: 4px 0; }
.sheet-status.ok { color: var(--ok); }
.sheet-status.error { color: var(--danger); }
#sheet { overflow: auto; max-height: calc(100vh - 120px); border: 1px solid var(--border); }
table.sheet { border-collapse: collapse; table-layout: fixed; font: 12px Calibri, Arial, sans-serif; }
table.sheet col.rowhead { width: 40px; }
table.sheet th { background: #f3f3f3; color: #616161; font-weight: normal; border: 1px solid #e0e0e0; position: sticky; top: 0; z-index: 3; background-clip: padding-box; }
/* The frozen row numbers sit above the cells that scroll under them (inputs and focus outlines included). */
table.sheet tbody th { position: sticky; left: 0; z-index: 2; box-shadow: 1px 0 0 #e0e0e0; }
table.sheet td { border: 1px solid #e8e8e8; padding: 1px 4px; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; height: 20px; }
table.sheet td:focus, table.sheet td:focus-within { outline: 2px solid #107c41; outline-offset: -2px; }
/* Text running on over empty cells (playground/spill.ts): drawn over the neighbours, clicks pass through to them. */
table.sheet td.spill { overflow: visible; text-overflow: clip; }
table.sheet .spill-text { display: block; width: max-content; overflow: hidden; text-overflow: ellipsis; pointer-events: none; }
table.sheet td input { border: none; background: transparent; color: inherit; padding: 0; font: inherit; text-align: inherit; width: 100%; }
/* The plan's charts, placed over the cells on this canvas; the sticky headers stay above them. Colours as in the .xlsx. */
.sheet-canvas { position: relative; width: max-content; }
.pg-chart { position: absolute; z-index: 1; font: 10px Calibri, Arial, sans-serif; }
.pg-chart-bg { fill: #fff; stroke: #bfbfbf; }
.pg-chart-title { font-size: 12px; font-weight: 600; fill: #404040; }
.pg-chart-label { fill: #595959; }
.pg-chart-grid { stroke: #e5e5e5; }
.pg-chart-zero { stroke: #7f7f7f; }
.pg-line { fill: none; stroke-width: 2; stroke-linejoin: round; }
.pg-line-0 { stroke: #1F4E79; }
.pg-line-1 { stroke: #5B9BD5; stroke-dasharray: 6 3; }
.pg-bar-0 { fill: #C0504D; }
.pg-bar-1 { fill: #70AD47; }
.pg-payback-rule { stroke: #ED7D31; stroke-dasharray: 2 3; }
.pg-payback-point { fill: #ED7D31; }
.pg-payback-label { fill: #C55A11; font-weight: 600; }
@media (max-width: 800px) { .playground { flex-direction: column; } .playground > .wizard-root { flex: none; width: 100%; border-right: none; min-height: 0; } .sheet-pane { padding: 12px; width: 100%; } }
`;
