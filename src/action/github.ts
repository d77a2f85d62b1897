/**
 * The GitHub REST client: `@actions/github`'s Octokit with the retry and throttling plugins, so
 * that a 5xx or a secondary rate limit is retried with bounded backoff instead of losing the
 * comment, and a final failure is turned into one plain sentence.
 *
 * Both plugins declare `@octokit/core` 7 as their peer, the version `@actions/github` 9 builds on.
 */
import { log } from './log.js';
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { randomUUID } from 'node:crypto';

/** The Octokit instance the adapter uses (REST methods, `paginate`, retry, throttling). */
export type GitHubClient = ReturnType<typeof getOctokit>;

/** How the client reaches GitHub and how patiently it retries. */
export interface ClientOptions {
  token: string;
  /** REST base URL (`GITHUB_API_URL`); read per run, not at module load, so tests can point it. */
  apiUrl: string;
  /**
   * Unit of every backoff, ms. GitHub's own guidance is seconds (1000); tests set 1 so that the
   * retry schedule is exercised without waiting.
   */
  retryBaseDelayMs: number;
  /** Retries for 5xx answers (the retry plugin waits 1, 4, 9 ... units between them). */
  serverErrorRetries?: number;
  /** Retries after a secondary rate limit (waits what `retry-after` says, in units). */
  rateLimitRetries?: number;
}

/** The longest primary-rate-limit wait worth sitting out, in backoff units (seconds on GitHub). */
const MAX_RATE_LIMIT_WAIT_UNITS = 60;

/**
 * Builds the client. The token was registered as a secret when it was read (inputs.ts), so the
 * runner masks it in any log line, including one a library might print.
 */
export function createClient(options: ClientOptions): GitHubClient {
  const serverErrorRetries = options.serverErrorRetries ?? 3;
  const rateLimitRetries = options.rateLimitRetries ?? 2;
  return getOctokit(
    options.token,
    {
      baseUrl: options.apiUrl.replace(/\/+$/, ''),
      retry: {
        retries: serverErrorRetries,
        retryAfterBaseValue: options.retryBaseDelayMs,
        // 403 and 429 belong to the throttling plugin, which reads `retry-after`; retrying them
        // here too would multiply the attempts.
        doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451]
      },
      throttle: {
        // A fresh key per client: the plugin's limiters are per process, and spacing one run's
        // writes must not make the next run (another test, or another gate) wait.
        id: `carbon-gate-${randomUUID()}`,
        retryAfterBaseValue: options.retryBaseDelayMs,
        fallbackSecondaryRateRetryAfter: 60,
        onSecondaryRateLimit: (
          retryAfter: number,
          request: { method: string; url: string },
          _octokit: unknown,
          retryCount: number
        ) => {
          if (retryCount >= rateLimitRetries) return false;
          log.warning(
            `GitHub asked carbon-gate to slow down (secondary rate limit) on ${request.method} ${request.url}; retrying after ${retryAfter} s.`
          );
          return true;
        },
        onRateLimit: (
          retryAfter: number,
          request: { method: string; url: string },
          _octokit: unknown,
          retryCount: number
        ) => {
          if (retryCount >= 1 || retryAfter > MAX_RATE_LIMIT_WAIT_UNITS) return false;
          log.warning(
            `GitHub's API rate limit is used up for ${request.method} ${request.url}; retrying after ${retryAfter} s.`
          );
          return true;
        }
      }
    },
    retry,
    throttling
  );
}

/** The fields of an Octokit `RequestError` that a plain-words message needs. */
interface ApiErrorLike {
  status?: number;
  message?: string;
  request?: { method?: string; url?: string };
  response?: { data?: unknown };
}

/**
 * Describes a failed API call in one sentence: what we tried, what GitHub answered, and what to
 * do. Never includes the token (Octokit redacts it from the error; we read only status and URL).
 */
export function describeApiError(what: string, error: unknown): string {
  const e = (typeof error === 'object' && error !== null ? error : {}) as ApiErrorLike;
  const where = e.request?.method && e.request?.url ? ` (${e.request.method} ${stripQuery(e.request.url)})` : '';
  const status = typeof e.status === 'number' && e.status > 0 ? e.status : undefined;
  const said = apiMessage(e) ?? (error instanceof Error ? error.message : String(error));
  if (status === undefined) return `${what} failed: GitHub could not be reached${where}: ${said}.`;
  const hint =
    status === 401
      ? ' Check the github-token input.'
      : status === 403
        ? " The token lacks permission (a fork PR's token is read-only; the workflow needs `pull-requests: write`)."
        : status === 404
          ? ' Check the repository and that the token can see it.'
          : status >= 500
            ? ' GitHub had a server error and the retries did not help; re-run the job later.'
            : status === 429
              ? ' GitHub kept rate-limiting the request; re-run the job later.'
              : '';
  return `${what} failed: GitHub answered ${status} ${said}${where}.${hint}`;
}

/** The HTTP status of an Octokit error, or undefined for a network error or a non-API error. */
export function errorStatus(error: unknown): number | undefined {
  const status = (error as ApiErrorLike | null)?.status;
  return typeof status === 'number' && status > 0 ? status : undefined;
}

/**
 * What GitHub answered, without saying what was tried: `GitHub answered 403 "Resource not
 * accessible by integration"` or `GitHub could not be reached: ...`, for messages that name the
 * call themselves (artifacts, workflow_run, commit statuses). Reads only the status and GitHub's
 * message, never request headers, so no token can leak.
 */
export function describeFailure(error: unknown): string {
  const e = (typeof error === 'object' && error !== null ? error : {}) as ApiErrorLike;
  const said = apiMessage(e) ?? (error instanceof Error ? error.message : String(error));
  const status = errorStatus(error);
  return status === undefined ? `GitHub could not be reached: ${said}` : `GitHub answered ${status} ${said}`;
}

function apiMessage(e: ApiErrorLike): string | undefined {
  const data = e.response?.data;
  if (typeof data === 'object' && data !== null && typeof (data as { message?: unknown }).message === 'string') {
    return `"${(data as { message: string }).message}"`;
  }
  return undefined;
}

function stripQuery(url: string): string {
  return url.replace(/\?.*$/, '');
}
