/**
 * The dashboard's content, shared by the page builder (index.ts, at write time) and the page's own
 * script (live.ts, bundled into the page: over http(s) it re-reads the ledger's shards and redraws
 * with this same code, so both show the same figures the same way). Pure: no I/O, no DOM; and it
 * must not import the generated modules (uPlot, the bundled live script), which the bundle of
 * live.ts would otherwise swallow.
 *
 * Every run name, manifest path, repository name and title comes from people who can open a pull
 * request, so all of it is escaped for HTML ({@link escapeHtml}).
 */
import { formatEnergy, formatMass, formatPercent, formatRatio } from '../../format.js';
import { escapeControl } from '../escape.js';
import type { LedgerRecord } from '../../ledger/record.js';
import type { LedgerTotal } from '../../ledger/summary.js';
import { summariseDashboard, type DashboardBudget, type DashboardSummary } from './summary.js';

/** What the page needs besides the records. */
export interface DashboardOptions {
  /** The clock, ms since the epoch: the window's "now" and the page's date. */
  nowMs: number;
  /** `owner/name`, shown in the heading. */
  repo?: string;
  /** The window budget to chart spend against (the policy's `scope: window` rule). */
  budget?: DashboardBudget;
  /**
   * Where the page finds the ledger when served over http(s): the path, relative to the page, of
   * the shard index (`ledger/index.json`, see {@link shardIndexText}). Absent: the page shows the
   * records embedded when it was written, and never fetches anything.
   */
  shardIndex?: string;
}

/** How the figures were obtained, said in the page's first line. */
export interface ContentOrigin {
  /** `embedded`: the records given at write time; `shards`: re-read by the page from the branch. */
  kind: 'embedded' | 'shards';
  /** A problem with the ledger to state above the figures (a shard that does not parse or verify). */
  warning?: string;
}

/**
 * Makes untrusted text safe as HTML text or a quoted attribute value: control, bidirectional and
 * invisible characters shown as visible escapes ({@link escapeControl}), then `& < > " '` as
 * entities.
 */
export function escapeHtml(text: string): string {
  return escapeControl(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
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

/** The dashboard's content: the inner HTML of its `<main>` element, and the data its charts draw. */
export interface DashboardContent {
  /** HTML, every untrusted text escaped. */
  main: string;
  /** JSON-ready data for the charts (client.ts draws it). */
  chart: unknown;
}

/** The content for `records` as of `options.nowMs`. Pure: the same input gives the same output. */
export function dashboardContent(
  records: readonly LedgerRecord[],
  options: DashboardOptions,
  origin: ContentOrigin = { kind: 'embedded' }
): DashboardContent {
  const s = summariseDashboard(records, options);
  const repo = options.repo ? ` — ${escapeHtml(options.repo)}` : '';
  const at = new Date(options.nowMs).toISOString().replace(/\.\d{3}Z$/, 'Z');
  const source =
    origin.kind === 'shards'
      ? `Read ${at} from the ledger branch's shards: ${records.length} ledger record(s).`
      : `Generated ${at} from ${records.length} ledger record(s).`;
  const warning = origin.warning ? `\n<p id="ledger-warning" class="bad">${escapeHtml(origin.warning)}</p>` : '';
  const main = `<h1>Carbon ledger${repo}</h1>
<p class="muted" id="ledger-origin" data-origin="${origin.kind}">${source} A measured run replaces the estimate it reconciles (${s.superseded} estimate(s) not counted twice).</p>${warning}
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
${pairsTable(s)}</section>`;
  return { main, chart: chartData(s, options.nowMs) };
}
