/**
 * The ledger dashboard: one static index.html (inline CSS and scripts, uPlot inlined, the content
 * rendered at write time and its chart data embedded as JSON), built as a string with no I/O. The
 * CLI writes it to a folder (`carbon-gate ledger dashboard --out DIR`); the action writes it at the
 * ledger branch's root, ready for GitHub Pages. It works from file:// (no CDN, no fetch there).
 *
 * With {@link DashboardOptions.shardIndex} (the ledger branch's page), the page served over
 * http(s) also re-reads the ledger: its script fetches the shard index and the shards, and redraws
 * with the same code that rendered it here (main.ts, bundled into the page as live.generated.ts),
 * so a page written by an older commit still shows the current ledger. Under file://, or when a
 * fetch fails, it keeps what was embedded.
 *
 * The embedded JSON has `<`, `>` and `&` as \u escapes, so no text in it can close the <script>
 * element; the HTML escaping of records is main.ts's.
 */
import { CLIENT_JS } from './client.js';
import { LIVE_JS } from './live.generated.js';
import type { LedgerRecord } from '../../ledger/record.js';
import { dashboardContent, escapeHtml, type DashboardOptions } from './main.js';
import { UPLOT_CSS, UPLOT_JS, UPLOT_VERSION } from './uplot.generated.js';

export type { DashboardBudget } from './summary.js';
export type { DashboardOptions } from './main.js';

/** JSON that is safe inside a <script> element: no `<`, `>` or `&` left raw (they become \u escapes). */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}

const CSS = `
body{margin:0;font-family:-apple-system,BlinkMacSystemFont,"Segoe UI","Noto Sans",Helvetica,Arial,sans-serif;font-size:14px;line-height:1.5;color:#1f2328;background:#fff}
main{max-width:1140px;margin:0 auto;padding:16px 24px}
h1{font-size:24px;margin:8px 0}h2{font-size:18px;margin:28px 0 8px;border-bottom:1px solid #d1d9e0;padding-bottom:4px}
.muted{color:#59636e}.bad{color:#cf222e}
.cards{display:flex;gap:12px;flex-wrap:wrap}.card{border:1px solid #d1d9e0;border-radius:6px;padding:8px 16px;min-width:160px}
.card b{display:block;font-size:20px}
table{border-collapse:collapse;margin:8px 0}th,td{border:1px solid #d1d9e0;padding:4px 10px;text-align:left;vertical-align:top;overflow-wrap:anywhere}
thead th{background:#f6f8fa}td.n{text-align:right;white-space:nowrap}
td.bar{width:200px}td.bar span{display:block;height:10px;background:#0969da;border-radius:2px}
code{font-family:ui-monospace,SFMono-Regular,Menlo,monospace;font-size:90%}
.chart{min-height:40px}#chart-error{color:#cf222e}#ledger-live-note:empty{display:none}
`;

/**
 * Builds the dashboard page from ledger records: one self-contained HTML document (UTF-8). Pure:
 * the same records and options give the same bytes.
 */
export function renderDashboard(records: readonly LedgerRecord[], options: DashboardOptions): string {
  const content = dashboardContent(records, options);
  const title = options.repo ? ` — ${escapeHtml(options.repo)}` : '';
  // What the page's script needs to redraw from the shards: the same options, less the clock.
  const live = options.shardIndex
    ? {
        shardIndex: options.shardIndex,
        ...(options.repo === undefined ? {} : { repo: options.repo }),
        ...(options.budget === undefined ? {} : { budget: options.budget })
      }
    : null;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="carbon-gate (uPlot ${escapeHtml(UPLOT_VERSION)})">
<title>Carbon ledger${title}</title>
<style>${UPLOT_CSS}</style>
<style>${CSS}</style>
</head>
<body>
<p id="ledger-live-note" class="muted"></p>
<main>
${content.main}
</main>
<script type="application/json" id="carbon-gate-chart-data">${scriptJson(content.chart)}</script>
<script type="application/json" id="carbon-gate-live">${scriptJson(live)}</script>
<script>${UPLOT_JS}</script>
${live ? `<script>${LIVE_JS}</script>\n` : ''}<script>${CLIENT_JS}</script>
</body>
</html>
`;
}
