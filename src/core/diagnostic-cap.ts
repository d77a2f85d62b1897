/**
 * Bounded diagnostics: a reader that meets the same problem on every line of a hostile file (a
 * million invalid JSON documents, a bad timestamp on each row) must not hold, print or annotate a
 * million diagnostics. Diagnostics are kept per file and code up to a cap; the rest are counted,
 * and one more diagnostic of the same code says how many were left out and where the first of
 * them is, so a filter by code still sees the kind. The trace readers' dropped samples are
 * summarised the same way (file-findings.ts), one diagnostic per reason.
 */
import type { Diagnostic, Severity } from './diagnostics.js';
import { formatNumber } from './format.js';

/** Diagnostics kept per file and code; beyond it they are counted and summarised in one more. */
export const MAX_DIAGNOSTICS_PER_CODE = 10;

/** Lines of the left-out diagnostics named in the summary. */
const EXAMPLE_LINES = 5;

const RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, notice: 2 };

/** What was left out of one (file, code). */
interface Overflow {
  first: Diagnostic;
  count: number;
  severity: Severity;
  /** The first distinct lines left out, and whether any later line was. */
  lines: number[];
  later: boolean;
}

/**
 * Collects diagnostics, keeping the first {@link MAX_DIAGNOSTICS_PER_CODE} of each (file, code) in
 * the order added, and counting the rest. Memory is bounded by the number of distinct files and
 * codes, whatever the number of diagnostics added.
 */
export class DiagnosticCap {
  private readonly kept: Diagnostic[] = [];
  private readonly counts = new Map<string, number>();
  private readonly overflow = new Map<string, Overflow>();
  private errors = false;

  constructor(private readonly limit = MAX_DIAGNOSTICS_PER_CODE) {}

  /** Adds one diagnostic: kept, or counted where its (file, code) is full. */
  add(d: Diagnostic): void {
    if (d.severity === 'error') this.errors = true;
    const key = `${d.file ?? ''}\u0000${d.code}`;
    const n = this.counts.get(key) ?? 0;
    this.counts.set(key, n + 1);
    if (n < this.limit) {
      this.kept.push(d);
      return;
    }
    let o = this.overflow.get(key);
    if (o === undefined) {
      o = { first: d, count: 0, severity: d.severity, lines: [], later: false };
      this.overflow.set(key, o);
    }
    o.count++;
    if (RANK[d.severity] < RANK[o.severity]) o.severity = d.severity;
    if (d.line !== undefined && !o.lines.includes(d.line)) {
      if (o.lines.length < EXAMPLE_LINES) o.lines.push(d.line);
      else o.later = true;
    }
  }

  /** Adds every diagnostic of a list, in order. */
  addAll(ds: Iterable<Diagnostic>): void {
    for (const d of ds) this.add(d);
  }

  /** True when any diagnostic added (kept or counted) is an error. */
  hasErrors(): boolean {
    return this.errors;
  }

  /** The kept diagnostics in the order added, then one summary per (file, code) that overflowed. */
  list(): Diagnostic[] {
    const out = this.kept.slice();
    for (const o of this.overflow.values()) out.push(summary(o, this.limit));
    return out;
  }
}

/** The diagnostic that stands for the left-out ones of a (file, code): same code, worst severity. */
function summary(o: Overflow, limit: number): Diagnostic {
  const where =
    o.lines.length === 0
      ? ''
      : ` (at line${o.lines.length > 1 ? 's' : ''} ${o.lines.join(', ')}${o.later ? ' and later' : ''})`;
  const d: Diagnostic = {
    severity: o.severity,
    code: o.first.code,
    message: `... and ${formatNumber(o.count)} more ${o.first.code} diagnostic${o.count === 1 ? '' : 's'} like this${o.first.file !== undefined ? ' in this file' : ''}${where}, not listed: only the first ${limit} of a kind are.`
  };
  if (o.first.file !== undefined) d.file = o.first.file;
  if (o.lines.length > 0) d.line = o.lines[0];
  return d;
}

/** The diagnostics of a list, capped per (file, code) as {@link DiagnosticCap} does. */
export function capDiagnostics(ds: Iterable<Diagnostic>): Diagnostic[] {
  const cap = new DiagnosticCap();
  cap.addAll(ds);
  return cap.list();
}
