/**
 * Maps diagnostics and the budget verdict to workflow annotations, so problems show on the
 * manifest's line in the PR's "Files changed" view, not only in the log.
 */
import type { AnnotationProperties } from '@actions/core';
import type { Diagnostic, Position } from '../core/diagnostics.js';
import type { Report, RunResult } from '../core/model.js';
import { formatMass, formatPercent } from '../core/format.js';
import { ARTIFACT_PATH_PREFIX } from '../io/artifacts/trace-roots.js';
import { log } from './log.js';

/**
 * GitHub shows at most this many annotations of one level per step (actions/toolkit,
 * docs/problem-matchers.md, "Limitations": 10 warning, 10 error and 10 notice annotations per
 * step; https://github.com/actions/toolkit/blob/main/docs/problem-matchers.md); we put the largest first.
 */
const MAX_RUN_ANNOTATIONS = 10;

/** The annotation calls, injectable so the mapping is testable without parsing stdout. */
export interface Annotator {
  error(message: string, properties: AnnotationProperties): void;
  warning(message: string, properties: AnnotationProperties): void;
  notice(message: string, properties: AnnotationProperties): void;
}

const toolkit: Annotator = { error: log.error, warning: log.warning, notice: log.notice };

/**
 * True for a file inside an artifact (`artifact:<name>/<path>`): it is not in the repository, so
 * an annotation cannot point at it; its place goes into the message instead.
 */
function isArtifactFile(file: string | undefined): boolean {
  return file !== undefined && file.startsWith(ARTIFACT_PATH_PREFIX);
}

/**
 * The annotation's place from a position: the file alone, or with its lines, and with columns
 * where the span starts and ends on one line (GitHub takes columns only then). Ends are inclusive,
 * as in {@link Position} and in GitHub's annotations.
 */
function placeProperties(at: Partial<Position>): AnnotationProperties {
  const props: AnnotationProperties = {};
  if (!at.file || isArtifactFile(at.file)) return props;
  props.file = at.file;
  if (!at.line) return props;
  props.startLine = at.line;
  if (at.endLine !== undefined && at.endLine >= at.line) props.endLine = at.endLine;
  const oneLine = props.endLine === undefined || props.endLine === at.line;
  if (at.column && oneLine) {
    props.startColumn = at.column;
    if (props.endLine !== undefined && at.endColumn !== undefined && at.endColumn >= at.column)
      props.endColumn = at.endColumn;
  }
  return props;
}

/** The annotation's title and place from a diagnostic. */
function annotationProperties(d: Diagnostic): AnnotationProperties {
  return { title: `carbon-gate ${d.code}`, ...placeProperties(d) };
}

/** One annotation per diagnostic, at its severity. */
export function annotateDiagnostics(diagnostics: readonly Diagnostic[], out: Annotator = toolkit): void {
  for (const d of diagnostics) {
    const message = isArtifactFile(d.file) ? `${place(d.file as string, d.line, d.column)}: ${d.message}` : d.message;
    out[d.severity](message, annotationProperties(d));
  }
}

function place(file: string, line?: number, column?: number): string {
  return `${file}${line ? `:${line}${column ? `:${column}` : ''}` : ''}`;
}

/**
 * When the total is over (or near) the budget, annotates the runs that make it up on their own
 * lines, largest share first, so the reviewer sees which training to question. A waived verdict
 * is a notice: the information stays, the alarm does not.
 */
export function annotateRuns(report: Report, options: { waived: boolean }, out: Annotator = toolkit): void {
  if (report.status === 'pass' || !report.inputValid || !report.budget) return;
  const level: keyof Annotator = options.waived ? 'notice' : report.status === 'fail' ? 'error' : 'warning';
  const runs = [...report.runs].filter((r) => r.emissionsKg > 0 || r.energyKWh > 0);
  runs.sort((a, b) => (b.budgetShare ?? 0) - (a.budgetShare ?? 0));
  const total = report.budget.usedFraction;
  const verdict = report.status === 'fail' ? 'over' : 'near';
  for (const run of runs.slice(0, MAX_RUN_ANNOTATIONS)) {
    const title = `carbon-gate: ${verdict} budget${options.waived ? ' (waived)' : ''}`;
    const file = run.position.file || run.manifest;
    const message = runMessage(run, verdict, total, options.waived);
    if (isArtifactFile(file))
      out[level](`${place(file, run.position.line, run.position.column)}: ${message}`, { title });
    else out[level](message, { title, ...placeProperties({ ...run.position, file }) });
  }
}

function runMessage(
  run: RunResult,
  verdict: 'over' | 'near',
  totalFraction: number | undefined,
  waived: boolean
): string {
  const share = run.budgetShare === undefined ? '' : `, ${formatPercent(run.budgetShare)} of the budget`;
  const total =
    totalFraction === undefined
      ? ''
      : ` The manifests together use ${formatPercent(totalFraction)} of it${waived ? ' (waived by the override label)' : ''}.`;
  return `Run "${run.name}" emits ${formatMass(run.emissionsKg)} CO2e (${run.method})${share}; the total is ${verdict} budget.${total}`;
}
