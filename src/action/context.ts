/**
 * The workflow run's context, read from the runner's environment when `run()` is called (not at
 * module load, as `@actions/github`'s `context` does, so one process can run several times).
 */
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { diagnostic, type Diagnostic } from '../core/diagnostics.js';

/** The PR an event is about. */
export interface PullRequestRef {
  number: number;
  /** Labels in the event payload: the state when the event fired (the API has the current ones). */
  labels: string[];
  headSha?: string;
  /** True when the PR's head is in another repository (a fork): its token is read-only. */
  fromFork: boolean;
  /** The PR's author (`pull_request.user.login`), as GitHub wrote it into the event. */
  author?: string;
}

/** What the adapter needs to know about the run. */
export interface RunContext {
  eventName: string;
  payload: Record<string, unknown>;
  owner: string;
  repo: string;
  /** The PR for `pull_request` / `pull_request_target` events; absent for push, schedule, ... */
  pullRequest?: PullRequestRef;
  sha?: string;
  workspace: string;
  runnerTemp: string;
  serverUrl: string;
  apiUrl: string;
  runId?: string;
  /** Link to this workflow run's page (its summary holds the full report). */
  runUrl?: string;
}

/** Events whose payload carries the PR to comment on. */
const PULL_REQUEST_EVENTS = ['pull_request', 'pull_request_target'] as const;

/** Reads the context; problems (no repository, unreadable event file) come back as diagnostics. */
export function readContext(env: NodeJS.ProcessEnv = process.env): { context?: RunContext; diagnostics: Diagnostic[] } {
  const problems: Diagnostic[] = [];
  let payload: Record<string, unknown> = {};
  const eventPath = env.GITHUB_EVENT_PATH;
  if (eventPath) {
    try {
      payload = JSON.parse(readFileSync(eventPath, 'utf8')) as Record<string, unknown>;
    } catch (error) {
      problems.push(
        diagnostic(
          'error',
          'context/event',
          `Could not read the event payload at GITHUB_EVENT_PATH (${eventPath}): ${(error as Error).message}. Expected the JSON file the runner writes.`
        )
      );
    }
  }
  const repository = env.GITHUB_REPOSITORY ?? repositoryFromPayload(payload);
  const [owner, repo] = (repository ?? '').split('/');
  if (!owner || !repo) {
    problems.push(
      diagnostic(
        'error',
        'context/repository',
        'GITHUB_REPOSITORY is not set; expected "owner/repo" as the runner sets it.'
      )
    );
  }
  if (problems.length > 0) return { diagnostics: problems };

  const eventName = env.GITHUB_EVENT_NAME ?? '';
  const serverUrl = (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/+$/, '');
  const runId = env.GITHUB_RUN_ID || undefined;
  return {
    diagnostics: [],
    context: {
      eventName,
      payload,
      owner,
      repo,
      pullRequest: (PULL_REQUEST_EVENTS as readonly string[]).includes(eventName)
        ? pullRequestFrom(payload)
        : undefined,
      sha: env.GITHUB_SHA || undefined,
      workspace: env.GITHUB_WORKSPACE || process.cwd(),
      runnerTemp: env.RUNNER_TEMP || tmpdir(),
      serverUrl,
      apiUrl: (env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/+$/, ''),
      runId,
      runUrl: runId ? `${serverUrl}/${owner}/${repo}/actions/runs/${runId}` : undefined
    }
  };
}

function repositoryFromPayload(payload: Record<string, unknown>): string | undefined {
  const r = payload.repository as { full_name?: unknown } | undefined;
  return typeof r?.full_name === 'string' ? r.full_name : undefined;
}

function pullRequestFrom(payload: Record<string, unknown>): PullRequestRef | undefined {
  const pr = payload.pull_request as
    | {
        number?: unknown;
        labels?: { name?: unknown }[];
        head?: { sha?: unknown; repo?: { full_name?: unknown } | null };
        user?: { login?: unknown } | null;
        base?: { repo?: { full_name?: unknown } };
      }
    | undefined;
  const number =
    typeof pr?.number === 'number' ? pr.number : typeof payload.number === 'number' ? payload.number : undefined;
  if (!pr || number === undefined) return undefined;
  const headRepo = pr.head?.repo?.full_name;
  const baseRepo = pr.base?.repo?.full_name;
  const author = pr.user?.login;
  const ref: PullRequestRef = {
    number,
    labels: (pr.labels ?? []).map((l) => l.name).filter((n): n is string => typeof n === 'string'),
    headSha: typeof pr.head?.sha === 'string' ? pr.head.sha : undefined,
    fromFork: typeof headRepo === 'string' && typeof baseRepo === 'string' ? headRepo !== baseRepo : false
  };
  if (typeof author === 'string' && author !== '') ref.author = author;
  return ref;
}
