/**
 * Gathers what the core analyses: manifests and the config from the workspace, manifests and
 * power logs from the artifacts, and every problem met on the way, so the report lists them all.
 *
 * In `workflow-run` mode the checkout is the default branch: its config is the maintainers' budget
 * (the point of the mode), but its manifests describe the base, not the PR, so they are read only
 * when the `manifests` input names them; the PR's manifests arrive in its artifacts.
 */
import { diagnostic, type Diagnostic, type Severity } from '../core/diagnostics.js';
import type { AnalyzeInput, TextInput } from '../core/model.js';
import { TOOL_VERSION } from '../core/version.js';
import { findManifests, MANIFEST_GLOBS } from '../io/discovery.js';
import { readOptionalTextFile, readTextFile, readTextFiles } from '../io/read.js';
import { createTraceReader } from '../io/trace-reader.js';
import type { ArtifactSources } from './artifacts/sources.js';
import type { RunContext } from './context.js';
import type { Settings } from './inputs.js';
import type { Trigger } from './trigger.js';

/** What the workspace gave. */
export interface WorkspaceInput {
  manifests: TextInput[];
  config?: TextInput;
  /** Problems finding or reading the manifests (a search that found nothing among them). */
  manifestDiagnostics: Diagnostic[];
  configDiagnostics: Diagnostic[];
}

/** Codes of "the manifest search found nothing", which artifacts' manifests can make moot. */
const NOTHING_FOUND = new Set(['io/no-match', 'io/no-manifests']);

/**
 * Finds and reads the manifests (unless `workflow-run` mode leaves them out) and the config in the
 * workspace. Unreadable files and globs that match nothing become diagnostics.
 */
export async function readWorkspace(
  settings: Settings,
  context: RunContext,
  trigger: Trigger
): Promise<WorkspaceInput> {
  const cwd = context.workspace;
  const out: WorkspaceInput = { manifests: [], manifestDiagnostics: [], configDiagnostics: [] };
  if (trigger.mode === 'direct' || settings.manifestsExplicit) {
    const found = await findManifests(settings.manifests, { cwd });
    const read = await readTextFiles(found.files, { baseDir: cwd, what: 'manifest', confineTo: cwd });
    out.manifests = read.inputs;
    out.manifestDiagnostics = [...found.diagnostics, ...read.diagnostics];
  }
  const readConfig = settings.configExplicit ? readTextFile : readOptionalTextFile;
  const config = await readConfig(settings.configPath, { baseDir: cwd, what: 'config file', confineTo: cwd });
  if (config.input) out.config = config.input;
  out.configDiagnostics = config.diagnostics;
  return out;
}

/**
 * The core's input: workspace and artifact manifests together, traces through the artifacts'
 * reader (which also reads the workspace) when artifacts were read, and every diagnostic.
 * `extra` are the adapter's own findings (the PR resolution, notes on the trigger).
 */
export function assembleInput(
  settings: Settings,
  context: RunContext,
  trigger: Trigger,
  workspace: WorkspaceInput,
  sources: ArtifactSources | undefined,
  extra: readonly Diagnostic[]
): AnalyzeInput {
  const artifactManifests = sources?.manifests ?? [];
  const manifests = [...workspace.manifests, ...artifactManifests];
  let manifestDiagnostics = workspace.manifestDiagnostics;
  const diagnostics: Diagnostic[] = [];

  // With artifacts, an empty default search of the workspace is not the problem to report: the
  // manifests were expected in the artifacts, and whether they came is judged below.
  const artifactsCarryManifests = settings.artifacts.length > 0 && !settings.manifestsExplicit;
  if (artifactsCarryManifests) manifestDiagnostics = manifestDiagnostics.filter((d) => !NOTHING_FOUND.has(d.code));
  if (
    manifests.length === 0 &&
    (artifactsCarryManifests || (trigger.mode === 'workflow-run' && !settings.manifestsExplicit))
  ) {
    diagnostics.push(noManifestsAnywhere(settings, sources));
  }

  return {
    manifests,
    config: workspace.config,
    overrides: { budget: settings.budget, warnAt: settings.warnAt, location: settings.location },
    toolVersion: TOOL_VERSION,
    traces: sources?.traces ?? createTraceReader(context.workspace),
    diagnostics: [
      ...manifestDiagnostics,
      ...workspace.configDiagnostics,
      ...(sources?.diagnostics ?? []),
      ...diagnostics,
      ...extra
    ]
  };
}

/**
 * No manifest in the workspace search nor in any artifact. When artifacts were missing and the
 * user chose `if-artifacts-missing: warn`, that is the warning they asked for; otherwise (nothing
 * was missing, so the artifacts simply hold no manifest, or no artifacts were asked for) an error.
 */
function noManifestsAnywhere(settings: Settings, sources: ArtifactSources | undefined): Diagnostic {
  if (settings.artifacts.length === 0) {
    return diagnostic(
      'error',
      'artifact/no-manifests',
      "In a workflow_run event the manifests come from the triggering run's artifacts (the checkout is the default branch, not the PR): set the `artifacts` input to the artifacts the training workflow uploads, or name workspace manifests with `manifests`."
    );
  }
  const fetched = sources?.fetched;
  const missing =
    fetched !== undefined &&
    (fetched.unmatchedPatterns.length > 0 || fetched.expired.length > 0 || fetched.failed.length > 0);
  const severity: Severity = missing && settings.artifactsMissing === 'warn' ? 'warning' : 'error';
  const read =
    fetched && fetched.artifacts.length > 0
      ? `the artifacts read (${fetched.artifacts.map((a) => `"${a.name}"`).join(', ')})`
      : 'no artifact could be read';
  return diagnostic(
    severity,
    'artifact/no-manifests',
    `No manifest to judge: ${read}, and none holds a file matching ${MANIFEST_GLOBS.join(', ')}. Upload the manifest with the power logs (e.g. the whole \`carbon/\` folder), or commit it and name it with \`manifests\`.`
  );
}
