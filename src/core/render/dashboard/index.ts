/**
 * The ledger dashboard: one static index.html (inline CSS and script, uPlot inlined, the chart data
 * embedded as JSON), built as a string with no I/O. The CLI writes it to a folder
 * (`carbon-gate ledger dashboard --out DIR`); on the ledger branch it is ready for GitHub Pages. It
 * works from file:// (no CDN, no fetch).
 *
 * Every run name, manifest path, repository name and title comes from people who can open a pull
 * request, so all of it is escaped for HTML ({@link escapeHtml}); the embedded JSON has `<`, `>`
 * and `&` as \u escapes, so no text in it can close the <script> element.
 */
import { formatEnergy, formatMass, formatPercent, formatRatio } from '../../format.js';
import { escapeControl } from '../escape.js';
import { CLIENT_JS } from './client.js';
import type { LedgerRecord } from '../../ledger/record.js';
import type { LedgerTotal } from '../../ledger/summary.js';
import { summariseDashboard, type DashboardBudget, type DashboardSummary } from './summary.js';
import { UPLOT_CSS, UPLOT_JS, UPLOT_VERSION } from './uplot.generated.js';

export type { DashboardBudget } from './summary.js';

/** What the page needs besides the records. */
export interface DashboardOptions {
  /** The adapter's clock, ms since the epoch: the window's "now" and the page's date. */
  nowMs: number;
  /** `owner/name`, shown in the heading. */
  repo?: string;
  /** The window budget to chart spend against (the policy's `scope: window` rule). */
  budget?: DashboardBudget;
}

/**
 * Makes untrusted text safe as HTML text or a quoted attribute value: control, bidirectional and
 * invisible characters shown as visible escapes ({@link escapeControl}), then `& < > " '` as
 * entities.
 */
function escapeHtml(text: string): string {
  return escapeControl(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** JSON that is safe inside a <script> element: no `<`, `>` or `&` left raw (they become \u escapes). */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}

/** A number as a data attribute: full precision, for tests and scripts that read the page. */
function num(name: string, value: number): string {
  return ` data-${name}="${String(value)}"`;
}

function massCell(kg: number): string {
  return `<td class="n"${num('kg', kg)}>${escapeHtml(formatMass(kg))}</td>`;
}

function energyCell(kWh: number): string {
  return `<td class="n"${num('kwh', kWh)}>${escapeHtml(formatEnergy(kWh))}</td>`;
}

/** A horizontal bar, its length the share of the largest value. */
function bar(value: number, max: number): string {
  const pct = max > 0 ? Math.max(0, Math.min(100, (value / max) * 100)) : 0;
  return `<td class="bar"><span style="width:${pct.toFixed(1)}%"></span></td>`;
}

function spendTable(
  id: string,
  heading: string,
  rows: readonly (LedgerTotal & { key: string })[],
  total: LedgerTotal
): string {
  const max = rows.reduce((m, r) => Math.max(m, r.emissionsKg), 0);
  const body = rows
    .map(
      (r) =>
        `<tr data-key="${escapeHtml(r.key)}"><th scope="row">${escapeHtml(r.key)}</th>${massCell(r.emissionsKg)}${energyCell(r.energyKWh)}<td class="n">${r.records}</td>${bar(r.emissionsKg, max)}</tr>`
    )
    .join('\n');
  return `<table id="${id}"><thead><tr><th>${heading}</th><th>Emissions</th><th>Energy</th><th>Runs</th><th></th></tr></thead>
<tbody>${body}</tbody>
<tfoot><tr><th scope="row">Total</th>${massCell(total.emissionsKg)}${energyCell(total.energyKWh)}<td class="n">${total.records}</td><td></td></tr></tfoot></table>`;
}

function budgetSection(s: DashboardSummary): string {
  const w = s.window;
  if (!w) {
    return `<section id="budget"><h2>Cumulative spend</h2><div id="chart-cumulative" class="chart"></div>
<p class="muted">No window budget was given: the chart shows all recorded spend.</p></section>`;
  }
  const b = w.budget;
  const { startMs, endMs, nowMs } = w.spend.bounds;
  const rows: string[] = [];
  const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  const until = endMs > nowMs ? `${day(endMs - 1)} (calendar)` : `${day(nowMs)} (rolling: ends now)`;
  rows.push(
    `<tr><th scope="row">Window</th><td id="window-bounds">${escapeHtml(w.label)}: ${day(startMs)} to ${until}</td></tr>`
  );
  if (w.spend.oldestLeavesMs !== undefined) {
    rows.push(
      `<tr><th scope="row">Oldest spending leaves the window</th><td id="window-oldest-leaves">${day(w.spend.oldestLeavesMs)}</td></tr>`
    );
  }
  const line = (label: string, cell: string) => rows.push(`<tr><th scope="row">${label}</th>${cell}</tr>`);
  if (b.emissionsKg !== undefined) {
    line('Emissions limit', massCell(b.emissionsKg));
    line('Emissions spent', massCell(w.spend.emissionsKg).replace('<td', '<td id="window-spent-kg"'));
    line('Emissions remaining', massCell(w.remainingKg ?? 0).replace('<td', '<td id="window-remaining-kg"'));
    if (w.projectedKg !== undefined) {
      const share =
        b.emissionsKg > 0 ? ` (${escapeHtml(formatPercent(w.projectedKg / b.emissionsKg))} of the limit)` : '';
      line(
        'Projected at the window’s end',
        massCell(w.projectedKg).replace('<td', '<td id="window-projected-kg"').replace('</td>', `${share}</td>`)
      );
    }
  }
  if (b.energyKWh !== undefined) {
    line('Energy limit', energyCell(b.energyKWh));
    line('Energy spent', energyCell(w.spend.energyKWh).replace('<td', '<td id="window-spent-kwh"'));
    line('Energy remaining', energyCell(w.remainingKWh ?? 0).replace('<td', '<td id="window-remaining-kwh"'));
    if (w.projectedKWh !== undefined) {
      line(
        'Projected energy at the window’s end',
        energyCell(w.projectedKWh).replace('<td', '<td id="window-projected-kwh"')
      );
    }
  }
  const over =
    (w.remainingKg !== undefined && w.remainingKg < 0) || (w.remainingKWh !== undefined && w.remainingKWh < 0);
  return `<section id="budget"><h2>Budget “${escapeHtml(b.name)}”: ${over ? '<span class="bad">over budget</span>' : 'within budget'}</h2>
<div id="chart-cumulative" class="chart"></div>
<table class="kv">${rows.join('\n')}</table></section>`;
}

function largestTable(s: DashboardSummary): string {
  const rows = s.largest
    .map(
      (r) =>
        `<tr><td>${escapeHtml(r.run)}</td><td><code>${escapeHtml(r.manifest)}</code></td><td>${escapeHtml(r.method)}</td>${massCell(r.emissionsKg)}${energyCell(r.energyKWh)}<td><code>${escapeHtml(r.commit.slice(0, 7))}</code>${r.pr === null ? '' : ` #${r.pr}`}</td><td>${escapeHtml(r.spentAt.slice(0, 10))}</td></tr>`
    )
    .join('\n');
  return `<table id="largest-runs"><thead><tr><th>Run</th><th>Manifest</th><th>Method</th><th>Emissions</th><th>Energy</th><th>Commit</th><th>Spent</th></tr></thead>
<tbody>${rows}</tbody></table>`;
}

function pairsTable(s: DashboardSummary): string {
  if (s.pairs.length === 0) return '<p class="muted">No measured run reconciles an estimate yet.</p>';
  const rows = s.pairs
    .map(
      (p) =>
        `<tr><td>${escapeHtml(p.run)}</td><td><code>${escapeHtml(p.manifest)}</code></td>${massCell(p.estimatedKg)}${massCell(p.measuredKg)}<td class="n">${p.ratio === undefined ? '–' : escapeHtml(formatRatio(p.ratio))}</td></tr>`
    )
    .join('\n');
  const est = s.pairs.reduce((a, p) => a + p.estimatedKg, 0);
  const meas = s.pairs.reduce((a, p) => a + p.measuredKg, 0);
  return `<table id="estimate-vs-measured"><thead><tr><th>Run</th><th>Manifest</th><th>Estimated</th><th>Measured</th><th>Measured ÷ estimated</th></tr></thead>
<tbody>${rows}</tbody>
<tfoot><tr><th scope="row" colspan="2">All ${s.pairs.length} pairs</th>${massCell(est)}${massCell(meas)}<td class="n">${est > 0 ? escapeHtml(formatRatio(meas / est)) : '–'}</td></tr></tfoot></table>`;
}

/** The data the browser script charts (see client.ts). */
function chartData(s: DashboardSummary, nowMs: number): unknown {
  const w = s.window;
  const useEnergy = w !== undefined && w.budget.emissionsKg === undefined && w.budget.energyKWh !== undefined;
  const unit = useEnergy ? 'kWh' : 'kg';
  const sec = (ms: number) => Math.floor(ms / 1000);
  let points: { atMs: number; v: number }[];
  let startMs: number;
  let endMs: number;
  let limit: number | undefined;
  let projected: number | undefined;
  if (w) {
    points = w.cumulative.map((c) => ({ atMs: c.atMs, v: useEnergy ? c.kWh : c.kg }));
    startMs = w.spend.bounds.startMs;
    endMs = Math.max(w.spend.bounds.endMs, nowMs);
    limit = useEnergy ? w.budget.energyKWh : w.budget.emissionsKg;
    projected = useEnergy ? w.projectedKWh : w.projectedKg;
  } else {
    // No budget: all counted spend, from the first record to now.
    points = s.cumulative.map((c) => ({ atMs: c.atMs, v: c.kg }));
    startMs = Math.min(nowMs, s.cumulative[0]?.atMs ?? nowMs);
    endMs = nowMs;
  }
  const x: number[] = [sec(startMs)];
  const spent: (number | null)[] = [0];
  for (const p of points) {
    x.push(sec(p.atMs));
    spent.push(p.v);
  }
  const last = spent[spent.length - 1] ?? 0;
  x.push(sec(Math.min(nowMs, endMs)));
  spent.push(last);
  if (endMs > nowMs) {
    x.push(sec(endMs));
    spent.push(null);
  }
  const projection =
    projected === undefined
      ? undefined
      : x.map((_, i) => (i === x.length - 2 ? last : i === x.length - 1 ? projected : null));
  return {
    unit,
    cumulative: {
      x,
      spent,
      limit: limit === undefined ? undefined : x.map(() => limit),
      projection
    },
    months: {
      keys: s.months.map((m) => m.month),
      values: s.months.map((m) => (useEnergy ? m.energyKWh : m.emissionsKg))
    }
  };
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
.chart{min-height:40px}#chart-error{color:#cf222e}
`;

/**
 * Builds the dashboard page from ledger records: one self-contained HTML document (UTF-8). Pure:
 * the same records and options give the same bytes.
 */
export function renderDashboard(records: readonly LedgerRecord[], options: DashboardOptions): string {
  const s = summariseDashboard(records, options);
  const repo = options.repo ? ` — ${escapeHtml(options.repo)}` : '';
  const generated = new Date(options.nowMs).toISOString().replace(/\.\d{3}Z$/, 'Z');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="carbon-gate (uPlot ${escapeHtml(UPLOT_VERSION)})">
<title>Carbon ledger${repo}</title>
<style>${UPLOT_CSS}</style>
<style>${CSS}</style>
</head>
<body>
<main>
<h1>Carbon ledger${repo}</h1>
<p class="muted">Generated ${generated} from ${records.length} ledger record(s). A measured run replaces the estimate it reconciles (${s.superseded} estimate(s) not counted twice).</p>
<div class="cards">
<div class="card">Emissions<b id="total-kg"${num('kg', s.total.emissionsKg)}>${escapeHtml(formatMass(s.total.emissionsKg))}</b></div>
<div class="card">Energy<b id="total-kwh"${num('kwh', s.total.energyKWh)}>${escapeHtml(formatEnergy(s.total.energyKWh))}</b></div>
<div class="card">Runs<b id="total-runs">${s.total.records}</b><span class="muted">${s.measured} measured, ${s.estimated} estimated</span></div>
</div>
<p id="chart-error" hidden></p>
${budgetSection(s)}
<section id="months"><h2>Spend by month</h2><div id="chart-months" class="chart"></div>
${spendTable(
  'by-month',
  'Month (UTC)',
  s.months.map((m) => ({ key: m.month, ...m })),
  s.total
)}</section>
<section id="paths"><h2>Spend by path</h2>
${spendTable(
  'by-path',
  'Top-level folder',
  s.byPath.map((p) => ({ key: p.path, ...p })),
  s.total
)}</section>
<section id="largest"><h2>Largest runs</h2>
${largestTable(s)}</section>
<section id="reconcile"><h2>Estimate vs measured</h2>
${pairsTable(s)}</section>
</main>
<script type="application/json" id="carbon-gate-chart-data">${scriptJson(chartData(s, options.nowMs))}</script>
<script>${UPLOT_JS}</script>
<script>${CLIENT_JS}</script>
</body>
</html>
`;
}
