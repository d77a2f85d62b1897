/**
 * The Markdown report: the pull-request comment and the job summary (GitHub-flavoured Markdown).
 * Every piece of text that comes from a manifest, a log or a file name goes through
 * {@link escapeMarkdown}; the output stays under `maxChars` by leaving out whole rows and sections,
 * least important first, with a visible note of what was left out.
 */
import type { Diagnostic } from '../diagnostics.js';
import type { Report, RunResult, SourceRef } from '../model.js';
import { escapeMarkdown } from './escape.js';
import { formatEnergy, formatMass, formatNumber, formatPercent, formatPlainNumber, textBar } from './format.js';
import {
  budgetLines,
  bySeverity,
  componentSlices,
  countBySeverity,
  equivalentLine,
  largestRuns,
  plural,
  runRow,
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
  runs: number;
  diagnostics: number;
  notes: number;
  sources: boolean;
  pie: boolean;
  equivalents: boolean;
}

/** Successively shorter layouts, tried in order until one fits. */
const LADDER: Limits[] = [
  { runs: Infinity, diagnostics: Infinity, notes: Infinity, sources: true, pie: true, equivalents: true },
  { runs: 200, diagnostics: 100, notes: 50, sources: true, pie: true, equivalents: true },
  { runs: 50, diagnostics: 30, notes: 20, sources: true, pie: true, equivalents: true },
  { runs: 20, diagnostics: 10, notes: 10, sources: false, pie: true, equivalents: true },
  { runs: 5, diagnostics: 5, notes: 0, sources: false, pie: true, equivalents: true },
  { runs: 0, diagnostics: 0, notes: 0, sources: false, pie: false, equivalents: false }
];

/**
 * Renders the report as GitHub-flavoured Markdown: verdict, budget bars, runs table, component
 * pie chart (Mermaid), equivalents, diagnostics and the methodology. Deterministic for a report.
 */
export function renderMarkdown(report: Report, options: MarkdownOptions = {}): string {
  const maxChars = options.maxChars ?? DEFAULT_MAX_CHARS;
  for (const limits of LADDER) {
    const text = layout(report, options, limits);
    if (text.length <= maxChars) return text;
  }
  return hardCut(layout(report, options, LADDER[LADDER.length - 1]), options, maxChars);
}

/** Lays the report out under the given limits, with a note of what the limits left out. */
function layout(report: Report, options: MarkdownOptions, limits: Limits): string {
  const parts: string[] = [];
  const cut: string[] = [];
  const title = escapeMarkdown(options.title ?? 'Carbon budget');
  const verdict = verdictOf(report);
  parts.push(`### ${title}`, `${ICONS[verdict.kind]} **${verdict.headline}**: ${verdict.detail}`);
  parts.push(budgetSection(report));

  const shownRuns = largestRuns(report.runs, limits.runs);
  if (shownRuns.length < report.runs.length) {
    cut.push(`${formatNumber(report.runs.length - shownRuns.length)} of ${plural(report.runs.length, 'run')} (the smallest by emissions)`);
  }
  parts.push(runsSection(report, shownRuns));

  if (limits.pie) parts.push(pieSection(report));
  else if (componentSlices(report).length > 0) cut.push('the component chart');
  if (limits.equivalents) parts.push(equivalentsSection(report));
  else if (report.totals.emissionsKg > 0) cut.push('the equivalents');

  const diagnostics = bySeverity(report.diagnostics);
  const shownDiagnostics = diagnostics.slice(0, limits.diagnostics);
  if (shownDiagnostics.length < diagnostics.length) {
    cut.push(`${formatNumber(diagnostics.length - shownDiagnostics.length)} of ${plural(diagnostics.length, 'diagnostic')}`);
  }
  parts.push(diagnosticsSection(report, shownDiagnostics));

  const notes = report.methodology.notes.slice(0, limits.notes);
  if (notes.length < report.methodology.notes.length) {
    cut.push(`${formatNumber(report.methodology.notes.length - notes.length)} of ${plural(report.methodology.notes.length, 'methodology note')}`);
  }
  if (!limits.sources && report.methodology.sources.length > 0) cut.push('the list of data sources');
  parts.push(methodologySection(report, notes, limits.sources));

  if (cut.length > 0) parts.push(truncationNote(cut, options));
  parts.push(footer(report));
  return `${parts.filter((p) => p !== '').join('\n\n')}\n`;
}

/** The visible note that says what was left out and where the full report is. */
function truncationNote(cut: readonly string[], options: MarkdownOptions): string {
  const limit = formatNumber(options.maxChars ?? DEFAULT_MAX_CHARS);
  const list = cut.length === 1 ? cut[0] : `${cut.slice(0, -1).join(', ')} and ${cut[cut.length - 1]}`;
  const hint = options.fullReportHint ? ` ${options.fullReportHint}` : ' The JSON report has everything.';
  return `> ✂️ **Shortened to fit ${limit} characters:** ${list} not shown.${hint}`;
}

/** Budget bars, one per limit, and where the budget was set. */
function budgetSection(report: Report): string {
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

/** The per-run table, with a total row. */
function runsSection(report: Report, runs: readonly RunResult[]): string {
  if (report.runs.length === 0) return '_No runs could be computed._';
  const manifests = new Set(report.runs.map((r) => r.manifest));
  const header = [
    '| Run | Method | Hardware | Duration | PUE | Energy | Intensity | Emissions | Share of budget |',
    '|---|---|---|---:|---:|---:|---:|---:|---:|'
  ];
  const rows = runs.map((run) => {
    const r = runRow(run);
    const name = manifests.size > 1 ? `${escapeMarkdown(r.name)} · ${escapeMarkdown(r.manifest)}` : escapeMarkdown(r.name);
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
  return ['#### Where the energy goes', '', '```mermaid', 'pie showData', '    title Facility energy by component (kWh)', ...data, '```'].join('\n');
}

/** Relatable comparisons from Strubell et al. (2019), Table 1. */
function equivalentsSection(report: Report): string {
  if (report.totals.emissionsKg <= 0 || report.equivalents.length === 0) return '';
  const items = report.equivalents.map((e) => {
    const l = equivalentLine(e);
    return `- **${l.ratio}** ${escapeMarkdown(l.label)} (${l.reference})`;
  });
  return ['#### For scale', '', 'The total emissions compared with Strubell et al. (2019), Table 1:', '', ...items].join('\n');
}

/** Diagnostics, errors first. */
function diagnosticsSection(report: Report, shown: readonly Diagnostic[]): string {
  if (report.diagnostics.length === 0) return '';
  const counts = countBySeverity(report.diagnostics);
  const summary = (['error', 'warning', 'notice'] as const)
    .filter((s) => counts[s] > 0)
    .map((s) => plural(counts[s], s))
    .join(', ');
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
  return ['<details><summary>Method and data sources</summary>', '', ...body.flatMap((b) => [b, '']), '</details>'].join('\n');
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

/**
 * Last resort when even the shortest layout is too long (a tiny `maxChars`): keep whole lines
 * from the start that fit beside the note, and never leave a code fence or `<details>` open.
 */
function hardCut(text: string, options: MarkdownOptions, maxChars: number): string {
  const note = `\n\n${truncationNote([`everything after the first lines of a ${formatNumber(text.length)}-character report`], options)}\n`;
  const budget = maxChars - note.length;
  if (budget <= 0) return note.trim().slice(0, maxChars);
  const lines = text.split('\n');
  const kept: string[] = [];
  let length = 0;
  for (const line of lines) {
    if (length + line.length + 1 > budget) break;
    kept.push(line);
    length += line.length + 1;
  }
  const fences = kept.filter((l) => l.startsWith('```')).length;
  if (fences % 2 === 1) {
    while (kept.length > 0 && !kept[kept.length - 1].startsWith('```')) kept.pop();
    kept.pop();
  }
  if (kept.some((l) => l.startsWith('<details>')) && !kept.some((l) => l === '</details>')) {
    while (kept.length > 0 && !kept[kept.length - 1].startsWith('<details>')) kept.pop();
    kept.pop();
  }
  return `${kept.join('\n').trimEnd()}${note}`;
}
