/**
 * The ledger records a gate run writes: one per run that was spent, built from the report.
 *
 * - `push` to the default branch: the runs the push added or changed against its `before` commit
 *   (all runs when there is no base: a new branch, or a base that could not be read), estimated or
 *   measured, as the report computed them;
 * - `workflow_run` completed on the default branch: the measured runs (the artifacts' logs), the
 *   energy that training actually spent.
 *
 * `spentAt` is when the energy was spent: for a measured run, the time of its last power sample
 * (the report's `measurement.lastSampleAt`: when the training ended), so a run that finished on
 * 31 March counts in March's window even when the ledger is written in April; for an estimated run,
 * or traces without clock times, `recordedAt` (the adapter's clock), the only time there is.
 */
import type { UnchainedRecord } from '../../core/ledger/append.js';
import {
  LEDGER_RECORD_VERSION,
  ledgerRecordId,
  type LedgerEvent,
  type LedgerWorkflowRun
} from '../../core/ledger/record.js';
import type { Report, RunResult } from '../../core/model.js';
import { committedName } from '../../core/policy/paths.js';

/** What the event says about the spend: which commit, which workflow run, which PR. */
export interface SpendFacts {
  event: Exclude<LedgerEvent, 'cli'>;
  /** `owner/name`. */
  repo: string;
  /** The 40-hex commit the runs belong to. */
  commit: string;
  workflowRun: LedgerWorkflowRun;
  pr: number | null;
  /** ISO 8601 UTC time of writing. */
  recordedAt: string;
  /**
   * Artifact manifests that are a committed one (AnalyzeInput.committedAs): their runs are
   * recorded under the committed name, where the merged change's estimate is, so they link.
   */
  committedAs?: Readonly<Record<string, string>>;
}

/** The records for a report's spent runs, in the report's run order. */
export function spentRecords(report: Report, facts: SpendFacts): UnchainedRecord[] {
  const manifestOf = (run: RunResult): string => committedName(run.manifest, facts.committedAs);
  return spentRuns(report, facts.event).map((run) => ({
    v: LEDGER_RECORD_VERSION,
    id: ledgerRecordId({
      repo: facts.repo,
      commit: facts.commit,
      workflowRunId: facts.workflowRun.id,
      manifest: manifestOf(run),
      run: run.name
    }),
    repo: facts.repo,
    commit: facts.commit,
    pr: facts.pr,
    workflowRun: facts.workflowRun,
    event: facts.event,
    manifest: manifestOf(run),
    run: run.name,
    method: run.method,
    energyKWh: run.energyKWh,
    emissionsKg: run.emissionsKg,
    intensityGPerKWh: run.intensityGPerKWh,
    intensitySource: `${run.sources.intensity.label} (${run.sources.intensity.source.name})`,
    pue: run.pue,
    dataVersion: report.tool.version,
    spentAt: spentAt(run, facts.recordedAt),
    recordedAt: facts.recordedAt,
    estimateOf: null
  }));
}

/** When a run's energy was spent: its last sample's time where measured with clock times. */
function spentAt(run: RunResult, recordedAt: string): string {
  const last = run.method === 'measured' ? run.measurement?.lastSampleAt : undefined;
  return last ?? recordedAt;
}

/** The runs that count as spent for the event (see the file's comment). */
function spentRuns(report: Report, event: SpendFacts['event']): RunResult[] {
  if (event === 'workflow_run') return report.runs.filter((r) => r.method === 'measured');
  if (!report.changes) return report.runs;
  const touched = new Set(
    report.changes.filter((c) => c.kind === 'added' || c.kind === 'changed').map((c) => `${c.manifest}\n${c.run}`)
  );
  return report.runs.filter((r) => touched.has(`${r.manifest}\n${r.name}`));
}
