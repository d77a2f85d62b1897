/**
 * The Markdown report: the pull-request comment and the job summary (GitHub-flavoured Markdown).
 * Every piece of text that comes from a manifest, a log or a file name goes through
 * {@link escapeMarkdown}; the output stays under `maxChars` by leaving out whole rows and sections,
 * least important first, with a visible note of what was left out.
 */
import type { Diagnostic } from '../diagnostics.js';
import type { Report, RunResult, SourceRef } from '../model.js';
import { escapeMarkdown } from './escape.js';
import { formatEnergy, formatMass, formatNumber, formatPercent, formatPlainNumber } from '../format.js';
import { textBar } from './bar.js';
import {
  budgetLines,
  budgetRow,
  bySeverity,
  changeRows,
  componentSlices,
  countBySeverity,
  equivalentLine,
  judgedAgainst,
  largestRuns,
  plural,
  runRow,
  showsBudgetTable,
  showsMethodology,
  verdictOf,
  where,
  type VerdictKind
} from './view.js';

/** Options for {@link renderMarkdown}. */
export interface MarkdownOptions {
  /** Longest output, in UTF-16 code units (GitHub's comment limit is 65,536 characters). */
  maxChars?: number;
  /** Where the full report is, shown when something was left out (Markdown, trusted). */
  fullReportHint?: string;
  /** Heading of the report; default "Carbon budget". */
  title?: string;
}

/** Default size limit: under GitHub's 65,536, leaving room for the adapter's hidden marker. */
export const DEFAULT_MAX_CHARS = 65000;

const ICONS: Record<VerdictKind, string> = {
  within: '✅',
  near: '⚠️',
  over: '❌',
  invalid: '❌',
  'no-budget': 'ℹ️'
};

const SEVERITY_ICONS: Record<Diagnostic['severity'], string> = { error: '❌', warning: '⚠️', notice: 'ℹ️' };

/** How much of each long list to show. */
interface Limits {
  budgets: number;
  changes: number;
  runs: number;
  diagnostics: number;
  notes: number;
  sources: boolean;
  pie: boolean;
  equivalents: boolean;
}

/** Successively shorter layouts, tried in order until one fits. */
const LADDER: Limits[] = [
  {
    budgets: Infinity,
    changes: Infinity,
    runs: Infinity,
    diagnostics: Infinity,
    notes: Infinity,
    sources: true,
    pie: true,
    equivalents: true
  },
  { budgets: 200, changes: 200, runs: 200, diagnostics: 100, notes: 50, sources: true, pie: true, equivalents: true },
  { budgets: 50, changes: 50, runs: 50, diagnostics: 30, notes: 20, sources: true, pie: true, equivalents: true },
  { budgets: 20, changes: 20, runs: 20, diagnostics: 10, notes: 10, sources: false, pie: true, equivalents: true },
  { budgets: 10, changes: 5, runs: 5, diagnostics: 5, notes: 0, sources: false, pie: true, equivalents: true },
  { budgets: 5, changes: 0, runs: 0, diagnostics: 0, notes: 0, sources: false, pie: false, equivalents: false }
];

/**
 * Renders the report as GitHub-flavoured Markdown: verdict, budget bars, runs table, component
 * pie chart (Mermaid), equivalents, diagnostics and the methodology. Deterministic for a report.
 */
export function renderMarkdown(report: Report, options: MarkdownOptions = {}): string {
  const maxChars = options.maxChars ?? DEFAULT_MAX_CHARS;
  let laid: Layout | undefined;
  for (const limits of LADDER) {
    laid = layout(report, options, limits);
    const text = assemble(laid.sections, laid.cut, options, laid.head);
    if (text.length <= maxChars) return text;
  }
  return hardCut(laid as Layout, options, maxChars);
}

/** A report laid out under some limits: its sections in order, and what the limits left out. */
interface Layout {
  /** Sections in order; the note of what was cut goes after the first `head` of them. */
  sections: string[];
  /** Number of leading sections (title, verdict, budget) that stand above the note. */
  head: number;
  cut: string[];
}

/** "12 of 300 runs", or "all 300 runs" when none is left. */
function leftOut(hidden: number, total: number, noun: string): string {
  return hidden === total ? `all ${plural(total, noun)}` : `${formatNumber(hidden)} of ${plural(total, noun)}`;
}

/** Lays the report out under the given limits and records what the limits left out. */
function layout(report: Report, options: MarkdownOptions, limits: Limits): Layout {
  const sections: Layout['sections'] = [];
  const cut: string[] = [];
  const add = (text: string) => {
    if (text !== '') sections.push(text);
  };
  const verdict = verdictOf(report);
  add(`### ${escapeMarkdown(options.title ?? 'Carbon budget')}`);
  add(`${ICONS[verdict.kind]} **${verdict.headline}**: ${verdict.detail}`);
  add(budgetSection(report));
  add(budgetsTableSection(report, limits.budgets, cut));
  const head = sections.length;

  add(changesSection(report, limits.changes, cut));

  const shownRuns = largestRuns(report.runs, limits.runs);
  if (shownRuns.length < report.runs.length) {
    const which = shownRuns.length > 0 ? ' (the smallest by emissions)' : '';
    cut.push(`${leftOut(report.runs.length - shownRuns.length, report.runs.length, 'run')}${which}`);
  }
  add(runsSection(report, shownRuns));

  if (limits.pie) add(pieSection(report));
  else if (componentSlices(report).length > 0) cut.push('the component chart');
  if (limits.equivalents) add(equivalentsSection(report));
  else if (report.totals.emissionsKg > 0) cut.push('the equivalents');

  const diagnostics = bySeverity(report.diagnostics);
  const shownDiagnostics = diagnostics.slice(0, limits.diagnostics);
  if (shownDiagnostics.length < diagnostics.length) {
    cut.push(leftOut(diagnostics.length - shownDiagnostics.length, diagnostics.length, 'diagnostic'));
  }
  add(diagnosticsSection(report, shownDiagnostics));

  if (showsMethodology(report)) {
    const notes = report.methodology.notes.slice(0, limits.notes);
    if (notes.length < report.methodology.notes.length) {
      cut.push(
        leftOut(report.methodology.notes.length - notes.length, report.methodology.notes.length, 'methodology note')
      );
    }
    if (!limits.sources && report.methodology.sources.length > 0) cut.push('the list of data sources');
    add(methodologySection(report, notes, limits.sources));
  }
  add(footer(report));
  return { sections, head, cut };
}

/** Joins sections, with the note of what was cut under the verdict, where nobody misses it. */
function assemble(sections: readonly string[], cut: readonly string[], options: MarkdownOptions, head: number): string {
  const texts = [...sections];
  if (cut.length > 0) texts.splice(Math.min(head, texts.length), 0, truncationNote(cut, options));
  return `${texts.join('\n\n')}\n`;
}

/** The visible note that says what was left out and where the full report is. */
function truncationNote(cut: readonly string[], options: MarkdownOptions): string {
  const limit = formatNumber(options.maxChars ?? DEFAULT_MAX_CHARS);
  const list = cut.length === 1 ? cut[0] : `${cut.slice(0, -1).join(', ')} and ${cut[cut.length - 1]}`;
  const hint = options.fullReportHint ? ` ${options.fullReportHint}` : ' The JSON report has everything.';
  return `> ✂️ **Shortened to fit ${limit} characters:** ${list} not shown.${hint}`;
}

/**
 * Last resort when even the shortest layout is too long (a tiny `maxChars`, a huge title): keep
 * whole sections from the top while they fit beside the note, so no code fence or fold is ever
 * left open; if not even the note fits, the note alone, cut to the limit.
 */
function hardCut(laid: Layout, options: MarkdownOptions, maxChars: number): string {
  // A short note: the full list of what was cut is itself too long to fit here.
  const cut = ['everything below this point'];
  for (let keep = laid.sections.length - 1; keep >= 0; keep--) {
    const text = assemble(laid.sections.slice(0, keep), cut, options, keep);
    if (text.length <= maxChars) return text;
  }
  return Array.from(truncationNote(cut, options)).slice(0, maxChars).join('');
}

/** Budget bars, one per limit, and where the budget was set. */
function budgetSection(report: Report): string {
  // The budgets table says it for every budget; bars for one of them would single it out.
  if (showsBudgetTable(report)) return '';
  const lines = budgetLines(report);
  if (lines.length === 0) return '';
  const items = lines.map((l) => `- ${l.label} \`${textBar(l.fraction)}\` ${l.percent} ${l.of}`);
  const b = report.budget;
  if (b) {
    const origin = b.origin ? ` · budget from ${escapeMarkdown(b.origin)}` : '';
    items.push(`- Warning from ${formatPercent(b.warnAtFraction)} of a limit${origin}`);
  }
  return items.join('\n');
}

const STATUS_ICONS: Record<'pass' | 'warn' | 'fail' | 'none', string> = {
  pass: '✅',
  warn: '⚠️',
  fail: '❌',
  none: '➖'
};

/**
 * One row per budget of the policy (failing first when some must be left out), and the notes
 * under the table. Budget names, globs and notes carry user text.
 */
function budgetsTableSection(report: Report, limit: number, cut: string[]): string {
  if (!showsBudgetTable(report)) return '';
  const verdicts = report.policy?.budgets ?? [];
  const rank = { fail: 0, warn: 1, pass: 2 } as const;
  const shown =
    verdicts.length <= limit
      ? verdicts
      : verdicts
          .map((v, i) => ({ v, i }))
          .sort((a, b) => rank[a.v.status] - rank[b.v.status] || a.i - b.i)
          .slice(0, limit)
          .sort((a, b) => a.i - b.i)
          .map((x) => x.v);
  if (shown.length < verdicts.length) {
    cut.push(`${leftOut(verdicts.length - shown.length, verdicts.length, 'budget')} (passing first)`);
  }
  const rows = shown.map((v) => {
    const r = budgetRow(v, report.inputValid);
    const scope = r.paths ? `${r.scope} · ${escapeMarkdown(r.paths, 200)}` : r.scope;
    return `| ${escapeMarkdown(r.name)} | ${scope} | ${r.used} | ${r.limit} | ${r.share} | ${STATUS_ICONS[r.status]} ${r.statusLabel} |`;
  });
  const notes = shown
    .map((v) => budgetRow(v, report.inputValid))
    .filter((r) => r.note !== undefined)
    .map((r) => `- **${escapeMarkdown(r.name)}**: ${escapeMarkdown(r.note ?? '', 500)}`);
  const against = judgedAgainst(report, (ref) => escapeMarkdown(ref, 80));
  return [
    '#### Budgets',
    '',
    '| Budget | Scope | Used | Limit | Share | Status |',
    '|---|---|---:|---:|---:|---|',
    ...rows,
    '',
    against,
    ...(notes.length > 0 ? ['', ...notes] : [])
  ].join('\n');
}

/** The runs the change adds, changes or removes, against the base; unchanged ones as a count. */
function changesSection(report: Report, limit: number, cut: string[]): string {
  const changes = changeRows(report);
  if (!changes) return '';
  const { rows, unchanged } = changes;
  const unchangedLine =
    rows.length === 0
      ? `No run changed${unchanged > 0 ? `; ${plural(unchanged, 'run')} unchanged` : ''}.`
      : unchanged > 0
        ? `${plural(unchanged, 'run')} unchanged.`
        : '';
  if (rows.length === 0) return ['#### Changes against the base', '', unchangedLine].join('\n');
  const shown = rows.slice(0, limit);
  if (shown.length < rows.length) {
    cut.push(`${leftOut(rows.length - shown.length, rows.length, 'changed run')} (the smallest changes)`);
  }
  if (shown.length === 0)
    return `**Changes against the base:** ${plural(rows.length, 'run')} changed (not listed here). ${unchangedLine}`.trim();
  const manifests = new Set(report.changes?.map((c) => c.manifest));
  const lines = shown.map((r) => {
    const name =
      manifests.size > 1 ? `${escapeMarkdown(r.run)} · ${escapeMarkdown(r.manifest)}` : escapeMarkdown(r.run);
    return `| ${name} | ${r.what} | ${r.delta} | ${r.percent} |`;
  });
  return [
    '#### Changes against the base',
    '',
    '| Run | Change | Emissions | % |',
    '|---|---|---:|---:|',
    ...lines,
    ...(unchangedLine ? ['', unchangedLine] : [])
  ].join('\n');
}

/** The per-run table, with a total row. */
function runsSection(report: Report, runs: readonly RunResult[]): string {
  if (report.runs.length === 0) return '_No runs could be computed._';
  if (runs.length === 0) return '';
  const manifests = new Set(report.runs.map((r) => r.manifest));
  const header = [
    '| Run | Method | Hardware | Duration | PUE | Energy | Intensity | Emissions | Share of budget |',
    '|---|---|---|---:|---:|---:|---:|---:|---:|'
  ];
  const rows = runs.map((run) => {
    const r = runRow(run);
    const name =
      manifests.size > 1 ? `${escapeMarkdown(r.name)} · ${escapeMarkdown(r.manifest)}` : escapeMarkdown(r.name);
    return `| ${name} | ${r.method} | ${escapeMarkdown(r.hardware)} | ${r.duration} | ${r.pue} | ${r.energy} | ${r.intensity} | ${r.emissions} | ${r.share} |`;
  });
  const used = report.budget?.usedFraction;
  const total = `| **Total** |  |  |  |  | **${formatEnergy(report.totals.energyKWh)}** |  | **${formatMass(report.totals.emissionsKg)}** | ${used !== undefined ? `**${formatPercent(used)}**` : '—'} |`;
  return ['#### Runs', '', ...header, ...rows, total].join('\n');
}

/** The component breakdown as a Mermaid pie chart (GitHub renders ```mermaid blocks). */
function pieSection(report: Report): string {
  const slices = componentSlices(report);
  if (slices.length === 0) return '';
  // Labels are fixed strings of ours and the values plain numbers, so nothing here needs escaping.
  const data = slices.map((s) => `    "${s.label}" : ${formatPlainNumber(s.energyKWh)}`);
  return [
    '#### Where the energy goes',
    '',
    '```mermaid',
    'pie showData',
    '    title Facility energy by component (kWh)',
    ...data,
    '```'
  ].join('\n');
}

/** Relatable comparisons from Strubell et al. (2019), Table 1. */
function equivalentsSection(report: Report): string {
  if (report.totals.emissionsKg <= 0 || report.equivalents.length === 0) return '';
  const items = report.equivalents.map((e) => {
    const l = equivalentLine(e);
    return `- **${l.ratio}** ${escapeMarkdown(l.label)} (${l.reference})`;
  });
  return [
    '#### For scale',
    '',
    'The total emissions compared with Strubell et al. (2019), Table 1:',
    '',
    ...items
  ].join('\n');
}

/** Diagnostics, errors first. */
function diagnosticsSection(report: Report, shown: readonly Diagnostic[]): string {
  if (report.diagnostics.length === 0) return '';
  const counts = countBySeverity(report.diagnostics);
  const summary = (['error', 'warning', 'notice'] as const)
    .filter((s) => counts[s] > 0)
    .map((s) => plural(counts[s], s))
    .join(', ');
  if (shown.length === 0) return `**Diagnostics:** ${summary} (not listed here).`;
  const items = shown.map((d) => {
    const at = where(d);
    return `- ${SEVERITY_ICONS[d.severity]} **${d.severity}** ${escapeMarkdown(d.code)}${at ? ` at ${escapeMarkdown(at)}` : ''}: ${escapeMarkdown(d.message, 1000)}`;
  });
  return [`#### Diagnostics (${summary})`, '', ...items].join('\n');
}

/** The methodology footnote, folded so that it does not crowd the comment. */
function methodologySection(report: Report, notes: readonly string[], withSources: boolean): string {
  const body: string[] = [];
  if (notes.length > 0) body.push(notes.map((n) => `- ${escapeMarkdown(n, 2000)}`).join('\n'));
  if (withSources && report.methodology.sources.length > 0) {
    body.push(['Data sources:', '', ...report.methodology.sources.map((s) => `- ${sourceItem(s)}`)].join('\n'));
  }
  if (body.length === 0) return '';
  return [
    '<details><summary>Method and data sources</summary>',
    '',
    ...body.flatMap((b) => [b, '']),
    '</details>'
  ].join('\n');
}

/** A source as a list item: a link only for plain https URLs, which are ours; text otherwise. */
function sourceItem(s: SourceRef): string {
  const name = escapeMarkdown(s.name, 300);
  const safeUrl = s.url !== undefined && /^https:\/\/[A-Za-z0-9.-]+(\/[A-Za-z0-9\-._~%/?#=&+:,;@]*)?$/.test(s.url);
  const head = safeUrl ? `[${name}](${s.url})` : name;
  const year = s.year !== undefined ? `, ${s.year}` : '';
  return `${head} (${escapeMarkdown(s.licence)}${year})`;
}

/** The last line: tool and report schema versions. */
function footer(report: Report): string {
  return `<sub>${escapeMarkdown(report.tool.name)} ${escapeMarkdown(report.tool.version)} · report schema ${report.schemaVersion} · energy in facility kWh (IT x PUE), emissions in CO2e</sub>`;
}
