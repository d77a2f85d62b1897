/**
 * The plain-text report for terminals. Colour (ANSI SGR codes) only when the caller asks for it:
 * the CLI decides from the TTY and `NO_COLOR`; without it the output has no escape sequence at
 * all, and text from manifests is stripped of control characters either way.
 */
import { formatDiagnostic } from '../diagnostics.js';
import type { Report } from '../model.js';
import { escapeTerminal } from './escape.js';
import { formatEnergy, formatMass, formatPercent, formatShares } from '../format.js';
import { textBar } from './bar.js';
import {
  budgetLines,
  budgetRow,
  bySeverity,
  changeRows,
  componentSlices,
  equivalentLine,
  judgedAgainst,
  plural,
  runRow,
  showsBudgetTable,
  showsMethodology,
  verdictOf,
  type VerdictKind
} from './view.js';

/** Options for {@link renderText}. */
export interface TextOptions {
  /** Use ANSI colours; default false. */
  color?: boolean;
}

/** ANSI SGR codes used, by purpose. */
const SGR = { bold: '1', dim: '2', red: '31', green: '32', yellow: '33', cyan: '36' } as const;

const VERDICT_COLOUR: Record<VerdictKind, keyof typeof SGR> = {
  within: 'green',
  near: 'yellow',
  over: 'red',
  invalid: 'red',
  'no-budget': 'cyan'
};

/** Widest cell kept in the runs table; longer text is cut with an ellipsis. */
const MAX_CELL_CHARS = 48;

/**
 * Shortens text to at most `maxChars` code points at a word boundary (a space, or the end of a
 * `,` or `;`), marked with an ellipsis, so that no word is cut in half. Only a first word that is
 * itself longer than the cell is cut inside: there is no boundary to cut at.
 */
function shortenAtWord(text: string, maxChars: number): string {
  const chars = Array.from(text);
  if (chars.length <= maxChars) return text;
  // Room for the kept words, a space and the ellipsis.
  const room = chars.slice(0, maxChars - 2);
  // The last space at or just after the room, where the text before it ends a word.
  let end = -1;
  for (let i = room.length; i > 0; i--) {
    if (chars[i] === ' ') {
      end = i;
      break;
    }
  }
  if (end <= 0) return `${chars.slice(0, maxChars - 1).join('')}…`;
  const kept = room
    .slice(0, end)
    .join('')
    .replace(/[\s,;]+$/, '');
  return `${kept} …`;
}

/** Renders the report for a terminal. */
export function renderText(report: Report, options: TextOptions = {}): string {
  const paint = (style: keyof typeof SGR, text: string) =>
    options.color ? `\u001b[${SGR[style]}m${text}\u001b[0m` : text;
  const out: string[] = [];
  const verdict = verdictOf(report);
  out.push(
    `${paint('bold', `${report.tool.name} ${escapeTerminal(report.tool.version)}`)}: ${paint(VERDICT_COLOUR[verdict.kind], verdict.headline)}`
  );
  out.push(`  ${verdict.detail}`);

  const bars = budgetLines(report);
  if (bars.length > 0 && report.budget && !showsBudgetTable(report)) {
    out.push('', paint('bold', 'Budget'));
    for (const b of bars) out.push(`  ${b.label.padEnd(9)} [${textBar(b.fraction)}] ${b.percent} ${b.of}`);
    const origin = report.budget.origin ? ` (budget from ${escapeTerminal(report.budget.origin)})` : '';
    out.push(`  Warning from ${formatPercent(report.budget.warnAtFraction)} of a limit${origin}`);
  }

  if (showsBudgetTable(report)) {
    out.push('', paint('bold', 'Budgets'));
    const verdicts = report.policy?.budgets ?? [];
    const rows = verdicts.map((v) => {
      const r = budgetRow(v, report.inputValid);
      const scope = r.paths ? `${r.scope}: ${escapeTerminal(r.paths, MAX_CELL_CHARS)}` : r.scope;
      return [escapeTerminal(r.name, MAX_CELL_CHARS), scope, r.used, r.limit, r.share, r.statusLabel];
    });
    table(['Budget', 'Scope', 'Used', 'Limit', 'Share', 'Status'], rows, undefined, new Set([2, 3, 4])).forEach(
      (l, i) => {
        const status = i > 0 && report.inputValid ? verdicts[i - 1].status : undefined;
        const colour = status === 'fail' ? 'red' : status === 'warn' ? 'yellow' : undefined;
        out.push(`  ${i === 0 ? paint('dim', l) : colour ? paint(colour, l) : l}`);
      }
    );
    out.push(`  ${judgedAgainst(report, (ref) => escapeTerminal(ref, 80))}`);
    for (const v of verdicts) {
      if (v.note !== undefined) out.push(`  ${escapeTerminal(v.name, MAX_CELL_CHARS)}: ${escapeTerminal(v.note, 500)}`);
    }
  }

  const changes = changeRows(report);
  if (changes) {
    out.push('', paint('bold', 'Changes against the base'));
    if (changes.rows.length > 0) {
      const rows = changes.rows.map((r) => [
        escapeTerminal(r.run, MAX_CELL_CHARS),
        escapeTerminal(r.manifest, MAX_CELL_CHARS),
        r.what,
        r.delta,
        r.percent
      ]);
      table(['Run', 'Manifest', 'Change', 'Emissions', '%'], rows, undefined, new Set([3, 4])).forEach((l, i) =>
        out.push(`  ${i === 0 ? paint('dim', l) : l}`)
      );
    }
    if (changes.rows.length === 0)
      out.push(`  No run changed${changes.unchanged > 0 ? `; ${plural(changes.unchanged, 'run')} unchanged` : ''}.`);
    else if (changes.unchanged > 0) out.push(`  ${plural(changes.unchanged, 'run')} unchanged.`);
  }

  out.push('', paint('bold', 'Runs'));
  if (report.runs.length === 0) {
    out.push('  No runs could be computed.');
  } else {
    const header = ['Run', 'Method', 'Hardware', 'Duration', 'PUE', 'Energy', 'Intensity', 'Emissions', 'Share'];
    const rows = report.runs.map((run) => {
      const r = runRow(run);
      return [
        escapeTerminal(r.name, MAX_CELL_CHARS),
        r.method,
        // Escaped first (an escape can lengthen it), then shortened at a word: a hardware label is
        // read as words ("4 x NVIDIA H100 SXM5 80GB"), and half a model name misnames the part.
        shortenAtWord(escapeTerminal(r.hardware, 10 * MAX_CELL_CHARS), MAX_CELL_CHARS),
        r.duration,
        r.pue,
        r.energy,
        r.intensity,
        r.emissions,
        r.share
      ];
    });
    const used = report.budget?.usedFraction;
    const total = [
      'Total',
      '',
      '',
      '',
      '',
      formatEnergy(report.totals.energyKWh),
      '',
      formatMass(report.totals.emissionsKg),
      used !== undefined ? formatPercent(used) : '—'
    ];
    // One row per run: pushed one by one, as thousands of rows must not go on the stack at once.
    table(header, rows, total, new Set([3, 4, 5, 6, 7, 8])).forEach((l, i) =>
      out.push(`  ${i === 0 ? paint('dim', l) : l}`)
    );
  }

  const slices = componentSlices(report);
  if (slices.length > 0) {
    out.push('', paint('bold', 'Energy by component'));
    const width = slices.reduce((w, s) => Math.max(w, s.label.length), 0);
    // Rounded so that the shown shares add up to 100%.
    const shares = formatShares(slices.map((s) => s.energyKWh));
    slices.forEach((s, i) => {
      out.push(`  ${s.label.padEnd(width)}  ${formatEnergy(s.energyKWh).padStart(12)}  ${shares[i].padStart(6)}`);
    });
  }

  if (report.totals.emissionsKg > 0 && report.equivalents.length > 0) {
    out.push('', paint('bold', 'For scale (Strubell et al. 2019, Table 1)'));
    // The ratios right-aligned to the widest, so that every label starts in one column.
    const lines = report.equivalents.map(equivalentLine);
    const ratioWidth = lines.reduce((w, l) => Math.max(w, displayWidth(l.ratio)), 0);
    for (const l of lines) out.push(`  ${l.ratio.padStart(ratioWidth)}  ${l.label} (${l.reference})`);
  }

  if (report.diagnostics.length > 0) {
    out.push('', paint('bold', 'Diagnostics'));
    for (const d of bySeverity(report.diagnostics)) {
      const colour = d.severity === 'error' ? 'red' : d.severity === 'warning' ? 'yellow' : 'cyan';
      out.push(`  ${paint(colour, escapeTerminal(formatDiagnostic(d), 2000))}`);
    }
  }

  if (showsMethodology(report)) {
    out.push('', paint('bold', 'Method'));
    for (const n of report.methodology.notes) out.push(paint('dim', `  - ${escapeTerminal(n, 2000)}`));
    if (report.methodology.sources.length > 0) {
      out.push(
        paint('dim', `  Sources: ${report.methodology.sources.map((s) => escapeTerminal(s.name, 300)).join('; ')}`)
      );
    }
  }
  return `${out.join('\n')}\n`;
}

/** Lays rows out in columns padded to their widest cell; `right` columns are right-aligned. */
function table(header: string[], rows: string[][], total: string[] | undefined, right: Set<number>): string[] {
  const all = total ? [header, ...rows, total] : [header, ...rows];
  const widths = header.map((_, c) => all.reduce((w, row) => Math.max(w, displayWidth(row[c])), 0));
  const line = (row: string[]) =>
    row
      .map((cell, c) => {
        const pad = ' '.repeat(widths[c] - displayWidth(cell));
        return right.has(c) ? pad + cell : cell + pad;
      })
      .join('  ')
      .trimEnd();
  return all.map(line);
}

/** Width in code points; good enough for the names and numbers in a report. */
function displayWidth(text: string): number {
  return Array.from(text).length;
}
