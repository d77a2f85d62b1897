/**
 * Diagnostics are data, never exceptions: every stage collects them so that one run reports every
 * problem at once. The adapters turn them into annotations (action) or `file:line:col: message`
 * lines (CLI).
 */

/** How bad a diagnostic is. `error` makes the input invalid (CLI exit 2); the others only inform. */
export type Severity = 'error' | 'warning' | 'notice';

/** A position in an input file; `line` and `column` are 1-based. */
export interface Position {
  file: string;
  line: number;
  column: number;
}

/** One problem found in the input, with where it is and what was expected. */
export interface Diagnostic {
  severity: Severity;
  /** Stable, documented code such as `manifest/unknown-key` (see docs/diagnostics.md). */
  code: string;
  /** One sentence: what is wrong, what was expected, and (for names) the closest valid ones. */
  message: string;
  file?: string;
  line?: number;
  column?: number;
}

/** Builds a diagnostic at a position (or with no position, for whole-run problems). */
export function diagnostic(severity: Severity, code: string, message: string, at?: Partial<Position>): Diagnostic {
  const d: Diagnostic = { severity, code, message };
  if (at?.file !== undefined) d.file = at.file;
  if (at?.line !== undefined) d.line = at.line;
  if (at?.column !== undefined) d.column = at.column;
  return d;
}

/** True when any diagnostic is an error, i.e. the input is invalid. */
export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

/** Orders diagnostics by file, line, column, then severity, so output is stable across runs. */
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

/** Formats a diagnostic as `file:line:col: severity code: message`, the compiler convention. */
export function formatDiagnostic(d: Diagnostic): string {
  const where = d.file ? `${d.file}${d.line ? `:${d.line}${d.column ? `:${d.column}` : ''}` : ''}: ` : '';
  return `${where}${d.severity} ${d.code}: ${d.message}`;
}
