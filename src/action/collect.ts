/**
 * The action's inputs as the one request (src/io/request.ts): the workspace is the folder files
 * are resolved from and must stay in, the artifacts are one more source of manifests and traces,
 * and the two rules that only the action has are written here, once:
 *
 * - In `workflow-run` mode the checkout is the default branch: its config is the maintainers'
 *   budget (the point of the mode), but its manifests describe the base, not the PR, so they are
 *   read only when the `manifests` input names them; the PR's manifests arrive in its artifacts.
 * - When the manifests were expected from the artifacts and none arrived anywhere, the report says
 *   so in terms of the artifacts (`artifact/no-manifests`).
 */
import { log } from './log.js';
import { diagnostic, type Diagnostic, type Severity } from '../core/diagnostics.js';
import { MANIFEST_GLOBS } from '../io/discovery.js';
import type { AnalyzeRequest, ManifestSource } from '../io/request.js';
import type { ArtifactSources } from './artifacts/sources.js';
import type { GateRun } from './gate-run.js';
import type { Settings } from './inputs.js';
import { triggerNotes } from './trigger.js';

/** The request the inputs make in this run's context. */
export function actionRequest(gate: GateRun): AnalyzeRequest<ArtifactSources> {
  const { settings, context, trigger } = gate;
  const { manifests, ...options } = settings.request;
  const artifacts = artifactSource(gate);
  const request: AnalyzeRequest<ArtifactSources> = {
    ...options,
    confinement: { baseDir: context.workspace, rootDir: context.workspace },
    sources: artifacts ? [artifacts] : [],
    noManifests: (loaded) => noManifestsAnywhere(settings, loaded[0]),
    diagnostics: triggerNotes(trigger)
  };
  if (trigger.mode === 'direct' || manifests.named) request.manifests = manifests;
  return request;
}

/** The artifacts of the trigger's run as a source, when any are asked for. */
function artifactSource(gate: GateRun): ManifestSource<ArtifactSources> | undefined {
  const { client, settings, context, trigger } = gate;
  // readSettings requires a token with `artifacts`, and readTrigger a run id.
  const runId = trigger.runId;
  if (!client || settings.artifacts.length === 0 || runId === undefined) return undefined;
  return {
    async load(workspaceManifests, { crawl }) {
      log.info(`Reading artifacts ${settings.artifacts.map((a) => `"${a}"`).join(', ')} of workflow run ${runId}.`);
      // The artifact client and the zip reader are loaded only by the runs that read artifacts.
      const { loadArtifactSources } = await import('./artifacts/sources.js');
      return loadArtifactSources(client, {
        owner: context.owner,
        repo: context.repo,
        runId,
        patterns: settings.artifacts,
        tempDir: context.runnerTemp,
        workspaceDir: context.workspace,
        limits: settings.artifactLimits,
        missingSeverity: settings.artifactsMissing === 'warn' ? 'warning' : 'error',
        workspaceManifests,
        crawl
      });
    }
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
