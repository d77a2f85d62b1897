/**
 * Diagnostics are data, never exceptions: every stage collects them so that one run reports every
 * problem at once. The adapters turn them into annotations (action) or `file:line:col: message`
 * lines (CLI).
 */
import type { DiagnosticCode } from './diagnostic-codes.js';

export type { DiagnosticCode } from './diagnostic-codes.js';

/** How bad a diagnostic is. `error` makes the input invalid (CLI exit 2); the others only inform. */
export type Severity = 'error' | 'warning' | 'notice';

/**
 * A place in an input file; `line` and `column` are 1-based. Where the parser knows the span of
 * what it points at (a YAML value, a CSV cell), `endLine` and `endColumn` give its last character,
 * inclusive, as GitHub's annotations count them: a value `DE` at line 3, column 11 ends at line 3,
 * column 12. Both are absent where only the start is known.
 */
export interface Position {
  file: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
}

/** One problem found in the input, with where it is and what was expected. */
export interface Diagnostic {
  severity: Severity;
  /**
   * Stable, registered code such as `manifest/unknown-key`. src/core/diagnostic-codes.ts lists
   * every code and the page under docs/diagnostics/ that documents it.
   */
  code: DiagnosticCode;
  /** One sentence: what is wrong, what was expected, and (for names) the closest valid ones. */
  message: string;
  file?: string;
  line?: number;
  column?: number;
  /** Last line of the span pointed at, inclusive (see {@link Position}). */
  endLine?: number;
  /** Last column of the span pointed at, inclusive (see {@link Position}). */
  endColumn?: number;
}

/**
 * Builds a diagnostic at a position (or with no position, for whole-run problems). Only a
 * registered code is accepted, so an undocumented code does not compile.
 */
export function diagnostic(
  severity: Severity,
  code: DiagnosticCode,
  message: string,
  at?: Partial<Position>
): Diagnostic {
  const d: Diagnostic = { severity, code, message };
  if (at?.file !== undefined) d.file = at.file;
  if (at?.line !== undefined) d.line = at.line;
  if (at?.column !== undefined) d.column = at.column;
  // An end means nothing without its start: a span is kept only where the start is.
  if (d.line !== undefined && at?.endLine !== undefined) d.endLine = at.endLine;
  if (d.column !== undefined && d.endLine !== undefined && at?.endColumn !== undefined) d.endColumn = at.endColumn;
  return d;
}

/** True when any diagnostic is an error, i.e. the input is invalid. */
export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

/**
 * Orders diagnostics by file, line, column, then severity and code, so output is stable across
 * runs (the sort is stable: ties keep the order they were found in). The end of a span does not
 * take part: two findings at one place read in the order of their severity.
 */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const rank: Record<Severity, number> = { error: 0, warning: 1, notice: 2 };
  return [...diagnostics].sort(
    (a, b) =>
      (a.file ?? '').localeCompare(b.file ?? '') ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0) ||
      rank[a.severity] - rank[b.severity] ||
      a.code.localeCompare(b.code)
  );
}

/**
 * Formats a diagnostic as `file:line:col: severity code: message`, the compiler convention
 * editors understand; the end of a span is left out, as compilers do.
 */
export function formatDiagnostic(d: Diagnostic): string {
  const where = d.file ? `${d.file}${d.line ? `:${d.line}${d.column ? `:${d.column}` : ''}` : ''}: ` : '';
  return `${where}${d.severity} ${d.code}: ${d.message}`;
}
