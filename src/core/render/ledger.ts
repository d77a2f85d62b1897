/**
 * `carbon-gate ledger` output: the ledger's totals per window and month, the largest runs,
 * estimate-vs-measured pairs and the policy's window budgets, as text, Markdown, JSON or CSV.
 * User text (manifest paths, run names) is escaped for each output.
 */
import { formatEnergy, formatMass, formatPercent, formatRatio } from '../format.js';
import type { LedgerSummary, WindowBudgetStatus } from '../ledger/summary.js';
import { escapeMarkdown, escapeTerminal } from './escape.js';

/** What the ledger command prints. */
export interface LedgerView {
  summary: LedgerSummary;
  budgets: WindowBudgetStatus[];
  /** Where the shards came from ("branch carbon-ledger", "folder ./ledger-copy"). */
  source: string;
}

/** The formats of `carbon-gate ledger`. */
export const LEDGER_FORMATS = ['text', 'markdown', 'json', 'csv'] as const;

/** One of {@link LEDGER_FORMATS}. */
export type LedgerFormat = (typeof LEDGER_FORMATS)[number];

/** Renders the view in a format; the text ends with a newline. */
export function renderLedger(view: LedgerView, format: LedgerFormat): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify({ source: view.source, ...view.summary, budgets: view.budgets }, null, 2)}\n`;
    case 'csv':
      return renderCsv(view);
    case 'markdown':
      return renderTable(view, markdownTable, (s) => escapeMarkdown(s, 200), '## ');
    case 'text':
      return renderTable(view, textTable, (s) => escapeTerminal(s, 200), '');
  }
}

/** "1.2 t CO2e · 3 MWh". */
function amount(emissionsKg: number, energyKWh: number): string {
  return `${formatMass(emissionsKg)} CO2e · ${formatEnergy(energyKWh)}`;
}

/** The limits, spend or remainder of a window budget. */
function limited(v: { emissionsKg?: number; energyKWh?: number }): string {
  const parts: string[] = [];
  if (v.emissionsKg !== undefined)
    parts.push(v.emissionsKg < 0 ? `${formatMass(-v.emissionsKg)} CO2e over` : `${formatMass(v.emissionsKg)} CO2e`);
  if (v.energyKWh !== undefined)
    parts.push(v.energyKWh < 0 ? `${formatEnergy(-v.energyKWh)} over` : formatEnergy(v.energyKWh));
  return parts.join(' · ');
}

type Table = (header: string[], rows: string[][]) => string;

function markdownTable(header: string[], rows: string[][]): string {
  return [
    `| ${header.join(' | ')} |`,
    `|${header.map(() => '---').join('|')}|`,
    ...rows.map((r) => `| ${r.join(' | ')} |`)
  ].join('\n');
}

function textTable(header: string[], rows: string[][]): string {
  const widths = header.map((h) => h.length);
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

function renderTable(view: LedgerView, table: Table, esc: (s: string) => string, heading: string): string {
  const { summary } = view;
  const out: string[] = [];
  const title = (t: string) => out.push(heading === '' ? `${t}\n${'='.repeat(t.length)}` : `${heading}${t}`);
  out.push(
    heading === '' ? 'Carbon ledger' : '# Carbon ledger',
    '',
    `${esc(view.source)}: ${summary.total.records} runs, ${amount(summary.total.emissionsKg, summary.total.energyKWh)} in all (as of ${summary.now}).`,
    ''
  );
  if (view.budgets.length > 0) {
    title('Window budgets');
    out.push(
      '',
      table(
        ['Budget', 'Window', 'Spent', 'Limit', 'Share', 'Remaining', 'Status', 'Oldest leaves'],
        view.budgets.map((b) => [
          esc(b.name),
          b.window,
          limited({
            ...(b.limit.emissionsKg !== undefined ? { emissionsKg: b.spent.emissionsKg } : {}),
            ...(b.limit.energyKWh !== undefined ? { energyKWh: b.spent.energyKWh } : {})
          }),
          limited(b.limit),
          formatPercent(b.usedFraction),
          limited(b.remaining),
          b.status,
          b.oldestLeavesAt?.slice(0, 10) ?? '—'
        ])
      ),
      ''
    );
  }
  title('Windows');
  out.push(
    '',
    table(
      ['Window', 'Since', 'Runs', 'Emissions', 'Energy'],
      summary.windows.map((w) => [
        w.window,
        w.startsAt.slice(0, 10),
        String(w.records),
        `${formatMass(w.emissionsKg)} CO2e`,
        formatEnergy(w.energyKWh)
      ])
    ),
    ''
  );
  title('Months');
  out.push(
    '',
    summary.months.length === 0
      ? 'No spending recorded.'
      : table(
          ['Month', 'Runs', 'Emissions', 'Energy'],
          summary.months.map((m) => [
            m.month,
            String(m.records),
            `${formatMass(m.emissionsKg)} CO2e`,
            formatEnergy(m.energyKWh)
          ])
        ),
    ''
  );
  title('Largest runs');
  out.push(
    '',
    summary.largest.length === 0
      ? 'No runs.'
      : table(
          ['Run', 'Manifest', 'Method', 'Spent', 'Emissions', 'Energy'],
          summary.largest.map((r) => [
            esc(r.run),
            esc(r.manifest),
            r.method,
            r.spentAt.slice(0, 10),
            `${formatMass(r.emissionsKg)} CO2e`,
            formatEnergy(r.energyKWh)
          ])
        ),
    ''
  );
  if (summary.pairs.length > 0) {
    title('Estimate vs measured');
    out.push(
      '',
      table(
        ['Run', 'Manifest', 'Estimated', 'Measured', 'Measured / estimated'],
        summary.pairs.map((p) => [
          esc(p.run),
          esc(p.manifest),
          `${formatMass(p.estimatedKg)} CO2e`,
          `${formatMass(p.measuredKg)} CO2e`,
          p.ratio === undefined ? '—' : formatRatio(p.ratio)
        ])
      ),
      ''
    );
  }
  return out.join('\n');
}

/**
 * CSV: one row per total (`section` = window, month, total, budget), with raw numbers in kg and kWh
 * for spreadsheets. Fields are quoted, and a leading `=`, `+`, `-` or `@` is prefixed with `'` so
 * that a run name cannot become a spreadsheet formula.
 */
function renderCsv(view: LedgerView): string {
  const { summary } = view;
  const rows: string[][] = [
    ['section', 'name', 'since', 'records', 'emissions_kg', 'energy_kwh', 'limit_kg', 'limit_kwh', 'status']
  ];
  rows.push([
    'total',
    'all',
    '',
    String(summary.total.records),
    num(summary.total.emissionsKg),
    num(summary.total.energyKWh),
    '',
    '',
    ''
  ]);
  for (const w of summary.windows)
    rows.push(['window', w.window, w.startsAt, String(w.records), num(w.emissionsKg), num(w.energyKWh), '', '', '']);
  for (const m of summary.months)
    rows.push(['month', m.month, '', String(m.records), num(m.emissionsKg), num(m.energyKWh), '', '', '']);
  for (const b of view.budgets)
    rows.push([
      'budget',
      b.name,
      b.window,
      '',
      num(b.spent.emissionsKg),
      num(b.spent.energyKWh),
      b.limit.emissionsKg === undefined ? '' : num(b.limit.emissionsKg),
      b.limit.energyKWh === undefined ? '' : num(b.limit.energyKWh),
      b.status
    ]);
  for (const r of summary.largest)
    rows.push([
      'largest',
      `${r.manifest}#${r.run}`,
      r.spentAt,
      '1',
      num(r.emissionsKg),
      num(r.energyKWh),
      '',
      '',
      r.method
    ]);
  return rows.map((r) => r.map(csvCell).join(',')).join('\n') + '\n';
}

function num(x: number): string {
  return String(x);
}

function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) || safe !== value ? `"${safe.replace(/"/g, '""')}"` : safe;
}
