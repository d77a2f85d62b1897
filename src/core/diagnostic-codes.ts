/**
 * The registry of diagnostic codes: every code any part of carbon-gate may report, and the page
 * under docs/ that documents it. `DiagnosticCode` is the union of the registry, and `diagnostic()`
 * takes only a `DiagnosticCode`, so a code that is not registered (hence not documented) does not
 * compile; a test checks that each registered code has a `###` heading on its page and that no
 * page documents a code that is not registered.
 *
 * Each core module that emits codes keeps its own list at the top of its file; this registry
 * gathers them. The adapters' codes (src/io, src/action) are listed here instead, by area, because
 * the core may not import the adapters: the lists are plain data the core can see, and the type
 * check at each adapter call site keeps them complete.
 */
import { ANALYZE_CODES } from './analyze.js';
import { BUDGET_CODES } from './budget.js';
import { CONFIG_CODES } from './config.js';
import { INTENSITY_SERIES_CODES } from './intensity-series.js';
import { MANIFEST_CODES } from './manifest/index.js';
import { OVERFLOW_CODES } from './overflow.js';
import { POLICY_CODES } from './policy/evaluate.js';
import { RESOLVE_CODES } from './resolve.js';
import { TIME_RESOLVED_CODES } from './time-resolved.js';
import { CODECARBON_CODES } from './traces/formats/codecarbon.js';
import { DCGM_PROMETHEUS_CODES } from './traces/formats/dcgm-prometheus.js';
import { GENERIC_CSV_CODES } from './traces/formats/generic-csv.js';
import { JSONL_CODES } from './traces/formats/jsonl.js';
import { NVIDIA_SMI_CSV_CODES } from './traces/formats/nvidia-smi-csv.js';
import { NVIDIA_SMI_DMON_CODES } from './traces/formats/nvidia-smi-dmon.js';
import { PROMETHEUS_RANGE_CODES } from './traces/formats/prometheus-range.js';
import { RAPL_CODES } from './traces/formats/rapl.js';
import { LEDGER_CODES } from './ledger/parse.js';
import { MEASURE_CODES } from './traces/index.js';
import { INTEGRATOR_CODES } from './traces/integrator.js';

/** Codes of the shared file layer, src/io (files.ts, intensity.ts, artifacts/trace-roots.ts). */
const IO_CODES = [
  'io/not-found',
  'io/no-match',
  'io/no-manifests',
  'io/not-a-file',
  'io/unreadable',
  'io/too-large',
  'io/not-utf8',
  'io/outside-root',
  'io/duplicate-trace',
  'io/write-failed',
  'io/outside-link',
  'io/crawl-limit',
  'io/symbolic-link',
  'io/git-folder'
] as const;

/**
 * Codes of the model-card editor (src/core/render/modelcard-update.ts), listed here because the
 * compute modules, this registry among them, do not import the renderers.
 */
const MODEL_CARD_CODES = ['modelcard/unclosed-front-matter', 'modelcard/bad-front-matter'] as const;

/** Codes of the Electricity Maps settings the adapters read (src/io/intensity.ts). */
const PROVIDER_CODES = ['intensity/bad-provider-url', 'intensity/no-token'] as const;

/** Codes of the action's inputs and event context (src/action/inputs.ts, trigger.ts, context.ts). */
const ACTION_CODES = ['input/invalid', 'context/event', 'context/repository'] as const;

/**
 * Codes of artifact sources: listing and downloading (src/action/artifacts), unpacking
 * (src/io/artifacts/extract.ts: one code per refused entry kind and per crossed limit), and
 * searching them (src/io/artifacts/trace-roots.ts, src/action/collect.ts).
 */
const ARTIFACT_CODES = [
  'artifact/none-in-run',
  'artifact/no-match',
  'artifact/expired',
  'artifact/not-found',
  'artifact/list-failed',
  'artifact/download-failed',
  'artifact/too-large',
  'artifact/digest-mismatch',
  'artifact/unsafe-path',
  'artifact/link-entry',
  'artifact/special-entry',
  'artifact/encrypted-entry',
  'artifact/duplicate-entry',
  'artifact/limit-total-bytes',
  'artifact/limit-entries',
  'artifact/limit-compression-ratio',
  'artifact/limit-count',
  'artifact/limit-run-total',
  'artifact/entry-size-mismatch',
  'artifact/bad-zip',
  'artifact/destination-not-empty',
  'artifact/write-failed',
  'artifact/more-problems',
  'artifact/bad-limit',
  'artifact/no-manifests',
  'artifact/manifest-merged',
  'artifact/trace-outside-root'
] as const;

/** Codes of the fork-safe `workflow_run` phase (src/action/workflow-run.ts, trigger.ts). */
const WORKFLOW_RUN_CODES = [
  'workflow-run/bad-event',
  'workflow-run/other-repository',
  'workflow-run/pr-head-moved',
  'workflow-run/no-pull-request',
  'workflow-run/pr-hint-invalid',
  'workflow-run/pr-hint-conflict',
  'workflow-run/pr-hint-mismatch',
  'workflow-run/api-failed',
  'workflow-run/run-not-successful'
] as const;

/**
 * Codes of reading the change's base (src/io/base.ts and the adapters' sources: src/io/git-base.ts,
 * src/action/base.ts).
 */
const BASE_CODES = [
  'base/unavailable',
  'base/unreadable',
  'base/too-large',
  'base/not-committed',
  'base/policy-changed'
] as const;

/** Codes of the commit status (src/action/commit-status.ts). */
const COMMIT_STATUS_CODES = ['commit-status/failed', 'commit-status/invalid', 'commit-status/bad-target-url'] as const;

/**
 * Each list with the page that documents its codes (a path from the repository root). A code may
 * sit in two lists (two readers report the same problem) as long as both name the same page.
 */
export const DIAGNOSTIC_CODE_LISTS = [
  { page: 'docs/diagnostics/manifest.md', codes: MANIFEST_CODES },
  { page: 'docs/diagnostics/manifest.md', codes: CONFIG_CODES },
  { page: 'docs/diagnostics/report.md', codes: RESOLVE_CODES },
  { page: 'docs/diagnostics/report.md', codes: BUDGET_CODES },
  { page: 'docs/diagnostics/report.md', codes: ANALYZE_CODES },
  { page: 'docs/diagnostics/report.md', codes: OVERFLOW_CODES },
  { page: 'docs/diagnostics/report.md', codes: POLICY_CODES },
  { page: 'docs/diagnostics/report.md', codes: TIME_RESOLVED_CODES },
  { page: 'docs/diagnostics/report.md', codes: MODEL_CARD_CODES },
  { page: 'docs/diagnostics/ledger.md', codes: LEDGER_CODES },
  { page: 'docs/diagnostics/traces.md', codes: MEASURE_CODES },
  { page: 'docs/diagnostics/traces.md', codes: INTEGRATOR_CODES },
  { page: 'docs/diagnostics/traces.md', codes: NVIDIA_SMI_CSV_CODES },
  { page: 'docs/diagnostics/traces.md', codes: NVIDIA_SMI_DMON_CODES },
  { page: 'docs/diagnostics/traces.md', codes: GENERIC_CSV_CODES },
  { page: 'docs/diagnostics/traces.md', codes: JSONL_CODES },
  { page: 'docs/diagnostics/formats.md', codes: CODECARBON_CODES },
  { page: 'docs/diagnostics/formats.md', codes: DCGM_PROMETHEUS_CODES },
  { page: 'docs/diagnostics/formats.md', codes: PROMETHEUS_RANGE_CODES },
  { page: 'docs/diagnostics/formats.md', codes: RAPL_CODES },
  { page: 'docs/diagnostics/formats.md', codes: INTENSITY_SERIES_CODES },
  { page: 'docs/diagnostics/files.md', codes: IO_CODES },
  { page: 'docs/diagnostics/files.md', codes: PROVIDER_CODES },
  { page: 'docs/diagnostics/files.md', codes: BASE_CODES },
  { page: 'docs/diagnostics/action.md', codes: ACTION_CODES },
  { page: 'docs/diagnostics/action.md', codes: ARTIFACT_CODES },
  { page: 'docs/diagnostics/action.md', codes: WORKFLOW_RUN_CODES },
  { page: 'docs/diagnostics/action.md', codes: COMMIT_STATUS_CODES }
] as const;

/** Every code carbon-gate may report, such as `manifest/unknown-key`. */
export type DiagnosticCode = (typeof DIAGNOSTIC_CODE_LISTS)[number]['codes'][number];

/** A documentation page of the registry, as a path from the repository root. */
export type DiagnosticDocPage = (typeof DIAGNOSTIC_CODE_LISTS)[number]['page'];

/** Every registered code, mapped to the page that documents it (the lists agree on each code's page). */
export const DIAGNOSTIC_CODES: ReadonlyMap<DiagnosticCode, DiagnosticDocPage> = new Map(
  DIAGNOSTIC_CODE_LISTS.flatMap(({ page, codes }) =>
    codes.map((code): [DiagnosticCode, DiagnosticDocPage] => [code, page])
  )
);
