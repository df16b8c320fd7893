// The report's stylesheet. A TypeScript string rather than a .css file: test runners treat CSS imports
// as styles to process, not text, and the page must carry exactly these bytes (their hash is in its CSP).
export const REPORT_STYLE = `:root {
  color-scheme: light dark;
  --text: #1d2430;
  --muted: #5a6472;
  --surface: #ffffff;
  --panel: #f4f6f9;
  --line: #d8dde5;
  --reciprocity: #2f5fd0;
  --voice: #b45309;
  --ok: #1f7a3f;
  --warn: #8a5a00;
  --low: #b42318;
  --issue: #c2410c;
  --strength: #15803d;
}
@media (prefers-color-scheme: dark) {
  :root {
    --text: #e6e9ef;
    --muted: #a3acb9;
    --surface: #14181f;
    --panel: #1d232c;
    --line: #323a46;
    --reciprocity: #7da2ff;
    --voice: #f0a350;
    --ok: #5fd08a;
    --warn: #e6b450;
    --low: #ff8a7a;
    --issue: #ff9466;
    --strength: #5fd08a;
  }
}
* { box-sizing: border-box; }
body { margin: 0; padding: 24px 32px 48px; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--text); background: var(--surface); }
h1 { font-size: 24px; margin: 0 0 4px; }
h2 { font-size: 18px; margin: 32px 0 12px; }
.meta { color: var(--muted); margin: 0 0 20px; }
.cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(180px, 1fr)); gap: 12px; }
.card { background: var(--panel); border: 1px solid var(--line); border-radius: 8px; padding: 12px 16px; }
.card .label { color: var(--muted); font-size: 13px; }
.card .value { font-size: 28px; font-weight: 600; }
.card .detail { color: var(--muted); font-size: 13px; }
table { border-collapse: collapse; }
.networks th, .networks td { padding: 6px 12px; border-bottom: 1px solid var(--line); text-align: right; }
.networks th:first-child, .networks td:first-child { text-align: left; }
.chart { margin: 0; max-width: 680px; }
.chart svg { width: 100%; height: auto; }
.chart .grid { stroke: var(--line); }
.chart .tick, .chart .axis-label { fill: var(--muted); font-size: 11px; }
.chart rect.series-reciprocity { fill: var(--reciprocity); }
.chart rect.series-voice { fill: var(--voice); }
.chart .threshold { stroke-width: 1.5; stroke-dasharray: 4 3; }
.chart .threshold.series-reciprocity { stroke: var(--reciprocity); }
.chart .threshold.series-voice { stroke: var(--voice); }
.chart .threshold-label { font-size: 10px; }
.chart .threshold-label.series-reciprocity { fill: var(--reciprocity); }
.chart .threshold-label.series-voice { fill: var(--voice); }
figcaption { color: var(--muted); font-size: 13px; }
.key { display: inline-block; width: 10px; height: 10px; border-radius: 2px; margin-left: 8px; }
.key.series-reciprocity { background: var(--reciprocity); }
.key.series-voice { background: var(--voice); }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
.notes li { margin: 4px 0; }
.gate-failed { color: var(--low); font-weight: 600; }
#posts { width: 100%; table-layout: fixed; }
#posts th, #posts td { border-bottom: 1px solid var(--line); padding: 10px 8px; vertical-align: top; text-align: left; }
#posts thead th { position: sticky; top: 0; background: var(--surface); z-index: 1; font-size: 13px; color: var(--muted); }
#posts col.line { width: 64px; } #posts col.network { width: 92px; } #posts col.score { width: 104px; } #posts col.hints { width: 40%; }
#posts th button { font: inherit; color: inherit; background: none; border: 1px solid transparent; border-radius: 4px; padding: 2px 4px; cursor: pointer; }
#posts th button:hover, #posts th button:focus-visible { border-color: var(--line); }
#posts th[aria-sort="ascending"] button::after { content: " ▲"; }
#posts th[aria-sort="descending"] button::after { content: " ▼"; }
td.line { color: var(--muted); font-variant-numeric: tabular-nums; }
td.score { font-weight: 600; font-variant-numeric: tabular-nums; font-size: 17px; }
td.score.ok { color: var(--ok); } td.score.warn { color: var(--warn); } td.score.low { color: var(--low); } td.score.none { color: var(--muted); }
.text { white-space: pre-wrap; overflow-wrap: anywhere; }
.mark { text-decoration-line: underline; text-decoration-thickness: 2px; text-underline-offset: 3px; }
.mark.issue { text-decoration-style: wavy; text-decoration-color: var(--issue); }
.mark.strength { text-decoration-color: var(--strength); }
sup.ref { font-size: 10px; font-weight: 700; margin-left: 1px; }
sup.ref.issue { color: var(--issue); } sup.ref.strength { color: var(--strength); }
.control { font-family: ui-monospace, monospace; font-size: 12px; padding: 0 2px; border-radius: 3px; background: var(--panel); border: 1px dashed var(--low); }
ol.hints { margin: 0; padding-left: 22px; }
ol.hints li { margin: 0 0 6px; }
ol.hints li.issue::marker { color: var(--issue); font-weight: 700; }
ol.hints li.strength::marker { color: var(--strength); font-weight: 700; }
.hints .axis { font-size: 11px; text-transform: uppercase; letter-spacing: 0.04em; color: var(--muted); }
.hints .impact { font-variant-numeric: tabular-nums; color: var(--muted); font-size: 13px; }
.hints .fix { color: var(--strength); }
.hints .why { color: var(--muted); font-size: 13px; }
.note, .declined-message, .none { color: var(--muted); font-size: 13px; margin: 6px 0 0; }
tr.unreadable td.error { color: var(--low); }
@media print { #posts thead th { position: static; } body { padding: 0; } }
`;
