/**
 * Sets up what the runner gives an action — `INPUT_*` variables (with action.yml's defaults, as
 * the runner fills them), the event payload file, `GITHUB_OUTPUT`, `GITHUB_STEP_SUMMARY`,
 * `RUNNER_TEMP`, `GITHUB_API_URL` — so tests can call `run()` in-process or spawn `dist/index.js`
 * exactly as GitHub would.
 */
import { afterAll, beforeAll } from '@jest/globals';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { GITHUB_ACTIONS_BOT, GitHubServer } from '../support/github-server.js';
import { mountArtifactRoutes, type MountedArtifacts } from '../support/github-with-artifacts.js';

/** Repository root (tests run from it). */
export const ROOT = path.resolve(import.meta.dirname, '../..');

/** The repository the fake events come from. */
export const OWNER = 'octo';
export const REPO = 'models';
export const PR_NUMBER = 7;
export const HEAD_SHA = '0123456789abcdef0123456789abcdef01234567';

/** Token names used with the server. */
export const TOKENS = {
  installation: 'ghs_installationTOKEN0123456789',
  readOnly: 'ghs_forkReadOnlyTOKEN0123456789',
  pat: 'ghp_personalTOKEN0123456789',
  /** Another GitHub App's installation token: its bot is not github-actions[bot]. */
  otherApp: 'ghs_otherAppTOKEN0123456789'
};

/** action.yml, parsed. */
export function actionYml(): {
  inputs: Record<string, { description?: string; default?: string; required?: boolean }>;
  outputs: Record<string, { description?: string }>;
  runs: Record<string, unknown>;
  [k: string]: unknown;
} {
  return parse(readFileSync(path.join(ROOT, 'action.yml'), 'utf8'));
}

/** `INPUT_*` variables as the runner sets them from action.yml's defaults (expressions left out). */
export function defaultInputEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [name, spec] of Object.entries(actionYml().inputs)) {
    const value = spec.default ?? '';
    if (!String(value).includes('${{')) env[inputVar(name)] = String(value);
  }
  return env;
}

/** The environment variable the runner uses for an input. */
export function inputVar(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

/** The author of the PRs the fake events describe (unless a test names another). */
export const PR_AUTHOR = 'contributor-carol';

/**
 * A pull_request event payload. `author` is `pull_request.user.login` (default {@link PR_AUTHOR});
 * `null` leaves `user` out, as no real payload does, to exercise the API fallback.
 */
export function pullRequestEvent(
  options: { labels?: string[]; fork?: boolean; number?: number; author?: string | null; headSha?: string } = {}
): Record<string, unknown> {
  const number = options.number ?? PR_NUMBER;
  const author = options.author === undefined ? PR_AUTHOR : options.author;
  return {
    action: 'synchronize',
    number,
    pull_request: {
      number,
      ...(author === null ? {} : { user: { login: author, id: 9001, type: 'User' } }),
      labels: (options.labels ?? []).map((name) => ({ name })),
      head: {
        sha: options.headSha ?? HEAD_SHA,
        repo: { full_name: options.fork ? `contributor/${REPO}` : `${OWNER}/${REPO}` }
      },
      base: { repo: { full_name: `${OWNER}/${REPO}` } }
    },
    repository: { full_name: `${OWNER}/${REPO}`, name: REPO, owner: { login: OWNER } }
  };
}

/** The facts of a `workflow_run` event's triggering run. */
export interface WorkflowRunEventOptions {
  /** The triggering (training) run: its id is where the artifacts are. */
  runId: number;
  headSha: string;
  /** `owner/name` of the repository the commit came from: a fork's for fork PRs. */
  headRepo: string;
  headBranch?: string;
  /** GitHub lists same-repository PRs here and leaves the list empty for forks. */
  pullRequests?: unknown[];
  /** The triggering run's event (default `pull_request`). */
  event?: string;
  conclusion?: string;
}

/** A `workflow_run` (`completed`) payload as GitHub sends it when the training workflow finishes. */
export function workflowRunEvent(o: WorkflowRunEventOptions): Record<string, unknown> {
  const [headOwner, headName] = o.headRepo.split('/');
  return {
    action: 'completed',
    repository: { id: 1, full_name: `${OWNER}/${REPO}`, name: REPO, owner: { login: OWNER } },
    workflow: { name: 'Train', path: '.github/workflows/train.yml' },
    workflow_run: {
      id: o.runId,
      name: 'Train',
      event: o.event ?? 'pull_request',
      status: 'completed',
      conclusion: o.conclusion ?? 'success',
      head_branch: o.headBranch ?? 'feature',
      head_sha: o.headSha,
      pull_requests: o.pullRequests ?? [],
      head_repository: {
        id: 2,
        full_name: o.headRepo,
        name: headName,
        owner: { login: headOwner },
        fork: o.headRepo !== `${OWNER}/${REPO}`
      },
      repository: { id: 1, full_name: `${OWNER}/${REPO}`, name: REPO, owner: { login: OWNER } }
    }
  };
}

/** A push event payload. */
export function pushEvent(): Record<string, unknown> {
  return {
    ref: 'refs/heads/main',
    after: HEAD_SHA,
    repository: { full_name: `${OWNER}/${REPO}`, name: REPO, owner: { login: OWNER } }
  };
}

/** One prepared runner environment: temp folders, event file, output and summary files. */
export interface RunnerSetup {
  dir: string;
  workspace: string;
  env: Record<string, string>;
  /** Outputs the step set (parsed from GITHUB_OUTPUT). */
  outputs(): Record<string, string>;
  summary(): string;
  cleanup(): void;
}

/** Options for {@link prepareRunner}. */
export interface RunnerOptions {
  server: GitHubServer;
  eventName?: string;
  payload?: Record<string, unknown>;
  inputs?: Record<string, string>;
  token?: string;
  /** Files to create in the workspace: relative path -> content. */
  files?: Record<string, string>;
  /** An existing workspace to reuse (re-runs of the same checkout). */
  workspace?: string;
  /** Runner variables to set or replace (e.g. `GITHUB_RUN_ID`, `GITHUB_SHA`). */
  env?: Record<string, string>;
}

/** Creates temp folders and the environment for one run of the action. */
export function prepareRunner(options: RunnerOptions): RunnerSetup {
  const dir = mkdtempSync(path.join(tmpdir(), 'carbon-gate-action-'));
  const workspace = options.workspace ?? path.join(dir, 'workspace');
  mkdirSync(workspace, { recursive: true });
  for (const [rel, content] of Object.entries(options.files ?? {})) {
    mkdirSync(path.dirname(path.join(workspace, rel)), { recursive: true });
    writeFileSync(path.join(workspace, rel), content);
  }
  const temp = path.join(dir, 'runner-temp');
  mkdirSync(temp);
  const eventPath = path.join(dir, 'event.json');
  writeFileSync(eventPath, JSON.stringify(options.payload ?? pullRequestEvent()));
  const outputPath = path.join(dir, 'output.txt');
  const summaryPath = path.join(dir, 'summary.md');
  writeFileSync(outputPath, '');
  writeFileSync(summaryPath, '');

  const inputs: Record<string, string> = {
    ...defaultInputEnv(),
    [inputVar('github-token')]: options.token ?? TOKENS.installation
  };
  for (const [name, value] of Object.entries(options.inputs ?? {})) inputs[inputVar(name)] = value;

  const env: Record<string, string> = {
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_EVENT_NAME: options.eventName ?? 'pull_request',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
    GITHUB_WORKSPACE: workspace,
    GITHUB_SHA: HEAD_SHA,
    GITHUB_RUN_ID: '4242',
    GITHUB_SERVER_URL: 'https://github.example',
    GITHUB_API_URL: options.server.url,
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    RUNNER_TEMP: temp,
    CARBON_GATE_RETRY_BASE_MS: '1',
    ...options.env,
    ...inputs
  };
  return {
    dir,
    workspace,
    env,
    outputs: () => parseOutputFile(readFileSync(outputPath, 'utf8')),
    summary: () => readFileSync(summaryPath, 'utf8'),
    cleanup: () => rmSync(dir, { recursive: true, force: true })
  };
}

/** Parses the `name<<DELIMITER\nvalue\nDELIMITER` records that `core.setOutput` appends. */
function parseOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = lines[i].match(/^([^<]+)<<(.+)$/);
    if (!m) continue;
    const [, name, delimiter] = m;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i]);
    out[name] = value.join('\n');
  }
  return out;
}

/**
 * Runs `fn` with `env` as the process environment (other `INPUT_*` variables removed) and stdout
 * captured, then restores both and `process.exitCode`. `@actions/core` reads inputs from
 * `process.env` and writes workflow commands to stdout, so this is how the runner looks to it.
 */
export async function withRunnerEnv<T>(
  env: Record<string, string>,
  fn: () => Promise<T>
): Promise<{ value: T; stdout: string; exitCode: number | undefined }> {
  const saved = { ...process.env };
  for (const k of Object.keys(process.env))
    if (k.startsWith('INPUT_') || k.startsWith('GITHUB_') || k === 'RUNNER_TEMP') delete process.env[k];
  Object.assign(process.env, env);
  const write = process.stdout.write.bind(process.stdout);
  let stdout = '';
  process.stdout.write = ((chunk: string | Uint8Array) => {
    stdout += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    return true;
  }) as typeof process.stdout.write;
  const exitBefore = process.exitCode;
  try {
    const value = await fn();
    const exitCode = process.exitCode === undefined ? undefined : Number(process.exitCode);
    return { value, stdout, exitCode };
  } finally {
    process.stdout.write = write;
    process.exitCode = exitBefore;
    for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k];
    Object.assign(process.env, saved);
  }
}

/** Workflow-command lines of one kind (`error`, `warning`, `notice`) from captured stdout. */
export function annotations(stdout: string, kind: 'error' | 'warning' | 'notice'): string[] {
  return stdout.split(/\r?\n/).filter((l) => l.startsWith(`::${kind}`));
}

/** Undoes the workflow-command escaping of `@actions/core` (`%` -> `%25`, newlines, `:` and `,` in properties). */
export function decodeCommand(line: string): string {
  return line
    .replace(/%0D/g, '\r')
    .replace(/%0A/g, '\n')
    .replace(/%3A/g, ':')
    .replace(/%2C/g, ',')
    .replace(/%25/g, '%');
}

/** The API server of one test file, with the artifact routes mounted, and the runner setups to remove after its tests. */
export interface ArtifactApi {
  /** Set by the file's `beforeAll`. */
  server: GitHubServer;
  /** Set by the file's `beforeAll`. */
  mounted: MountedArtifacts;
  /** Setups made by the tests; each is cleaned up after the file's last test. */
  setups: RunnerSetup[];
}

/**
 * Registers a `beforeAll` that starts the local API server, gives it a writing installation token
 * (github-actions[bot]) and mounts the artifact routes for {@link OWNER}/{@link REPO}, and an
 * `afterAll` that removes the setups and stops both servers. Call it at the top of a test file; the
 * fields are set once the file's tests run.
 */
export function useArtifactApi(): ArtifactApi {
  const api = { setups: [] as RunnerSetup[] } as ArtifactApi;
  beforeAll(async () => {
    api.server = await GitHubServer.start();
    api.server.addToken(TOKENS.installation, { account: GITHUB_ACTIONS_BOT, kind: 'installation', canWrite: true });
    api.mounted = await mountArtifactRoutes(api.server, OWNER, REPO);
  });
  afterAll(async () => {
    for (const s of api.setups) s.cleanup();
    await api.mounted.close();
    await api.server.close();
  });
  return api;
}

/** The built action bundle, as action.yml runs it (CI builds it before the tests: `npm run bundle`). */
const ACTION_BUNDLE = path.join(ROOT, 'dist/index.js');

/** What a spawned bundle ended with. */
export interface BundleRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Spawns the built action bundle in the setup's workspace as a runner does: this process's
 * environment without its own `INPUT_*`, `GITHUB_*`, `RUNNER_TEMP` and `NODE_OPTIONS` (jest's
 * flags must not reach the child), plus the setup's. Never spawnSync: the local API server shares
 * this process's event loop.
 */
export function runActionBundle(setup: RunnerSetup): Promise<BundleRun> {
  if (!existsSync(ACTION_BUNDLE)) throw new Error(`${ACTION_BUNDLE} is missing: run \`npm run bundle\` first`);
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) {
    const runnerOwned = k.startsWith('INPUT_') || k.startsWith('GITHUB_') || k === 'RUNNER_TEMP';
    if (v !== undefined && !runnerOwned && k !== 'NODE_OPTIONS') env[k] = v;
  }
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [ACTION_BUNDLE], {
      cwd: setup.workspace,
      env: { ...env, ...setup.env },
      stdio: ['ignore', 'pipe', 'pipe']
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}
