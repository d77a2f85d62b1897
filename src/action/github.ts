/**
 * The GitHub REST client: `@actions/github`'s Octokit with the retry and throttling plugins, so
 * that a 5xx or a secondary rate limit is retried with bounded backoff instead of losing the
 * comment, and a final failure is turned into one plain sentence.
 *
 * A request that never reached GitHub (the host name does not resolve, the connection is refused,
 * reset or times out) is not an HTTP answer, though Octokit reports it as a 500: it is named as
 * what it is, with the host, and retried on its own terms (see {@link networkFailures}).
 *
 * Both plugins declare `@octokit/core` 7 as their peer, the version `@actions/github` 9 builds on.
 *
 * Octokit is loaded on the first request, not when the client is made: a run that asks the API
 * nothing (a push with nothing to write) does not pay for loading it and its HTTP stack.
 */
import { log } from './log.js';
import type { getOctokit } from '@actions/github';
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
  let client: Promise<GitHubClient> | undefined;
  return lazyClient(() => (client ??= buildClient(options)), []) as GitHubClient;
}

/** Marks a {@link lazyClient} stand-in and holds its path (`['rest', 'issues', 'listComments']`). */
const LAZY_PATH = Symbol('carbon-gate lazy client path');

/**
 * A stand-in for the client, or for one of its members at `path`, that loads the real client when
 * it is called. The adapter only calls methods that return promises (`client.rest.x.y(params)`,
 * `client.request(route, params)`, `client.paginate(client.rest.x.y, params)`), so a call can wait
 * for the load; a stand-in passed as an argument (paginate's method) is swapped for the real one.
 */
function lazyClient(load: () => Promise<GitHubClient>, path: readonly string[]): unknown {
  return new Proxy(function stub() {}, {
    get(_target, key) {
      if (key === LAZY_PATH) return path;
      // Not a thenable (`await client` must not call `client.then`), and no other symbol.
      if (typeof key === 'symbol' || key === 'then') return undefined;
      return lazyClient(load, [...path, key]);
    },
    apply(_target, _this, args: unknown[]) {
      return load().then((real) => {
        const member = (at: readonly string[]): unknown =>
          at.reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], real);
        const parent = member(path.slice(0, -1)) as Record<string, (...a: unknown[]) => unknown>;
        const resolved = args.map((a) => {
          const at = typeof a === 'function' ? (a as { [LAZY_PATH]?: readonly string[] })[LAZY_PATH] : undefined;
          return at ? member(at) : a;
        });
        return parent[path[path.length - 1]!]!(...resolved);
      });
    }
  });
}

/** Loads Octokit and its plugins, and builds the client. */
async function buildClient(options: ClientOptions): Promise<GitHubClient> {
  const [{ getOctokit }, { retry }, { throttling }] = await Promise.all([
    import('@actions/github'),
    import('@octokit/plugin-retry'),
    import('@octokit/plugin-throttling')
  ]);
  const serverErrorRetries = options.serverErrorRetries ?? 3;
  const rateLimitRetries = options.rateLimitRetries ?? 2;
  const networkPlugin = networkFailures({ retries: serverErrorRetries, baseDelayMs: options.retryBaseDelayMs });
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
    // First, so that its error hook sees each attempt's failure before the retry plugin does.
    networkPlugin,
    retry,
    throttling
  );
}

/** How a request failed to reach GitHub, and whether trying again can help. */
interface NetworkFailure {
  /** What happened, in words: "the host name does not resolve (DNS lookup failed: ENOTFOUND)". */
  what: string;
  /** False where a second try a moment later cannot succeed (a name that does not resolve, TLS). */
  retry: boolean;
}

/** System error codes of a failed DNS lookup (getaddrinfo). */
const DNS_CODES = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_NONAME', 'EAI_NODATA', 'EAI_FAIL']);
/** Codes of a connection that broke or closed mid-request (Node's, and undici's own). */
const RESET_CODES = new Set(['ECONNRESET', 'EPIPE', 'ECONNABORTED', 'UND_ERR_SOCKET', 'UND_ERR_CLOSED']);
/** Codes of a request that timed out (connecting, waiting for headers or for the body). */
const TIMEOUT_CODES = new Set([
  'ETIMEDOUT',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT'
]);
/** Codes of a network or host with no route to it. */
const UNREACHABLE_CODES = new Set(['EHOSTUNREACH', 'ENETUNREACH', 'ENETDOWN', 'EHOSTDOWN']);

/**
 * Why a request never got an answer from GitHub, read from the error's chain of causes (Octokit's
 * 500 `RequestError` wraps fetch's `TypeError: fetch failed`, which wraps the system error with its
 * code), or undefined for an HTTP answer (which has a response) and for other errors.
 */
function networkFailure(error: unknown): NetworkFailure | undefined {
  if (error instanceof GitHubUnreachableError) return error.failure;
  if (typeof error !== 'object' || error === null || (error as ApiErrorLike).response !== undefined) return undefined;
  const codes: string[] = [];
  const names: string[] = [];
  const seen = new Set<unknown>();
  for (
    let e: unknown = error;
    typeof e === 'object' && e !== null && !seen.has(e);
    e = (e as { cause?: unknown }).cause
  ) {
    seen.add(e);
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string') codes.push(code);
    const name = (e as { name?: unknown }).name;
    if (typeof name === 'string') names.push(name);
  }
  const code = codes[0] ?? '';
  if (DNS_CODES.has(code)) return { what: `the host name does not resolve (DNS lookup failed: ${code})`, retry: false };
  if (code === 'ECONNREFUSED') return { what: 'the connection was refused (ECONNREFUSED)', retry: true };
  if (RESET_CODES.has(code)) return { what: `the connection was reset before GitHub answered (${code})`, retry: true };
  if (TIMEOUT_CODES.has(code) || names.includes('TimeoutError') || names.includes('AbortError'))
    return { what: `the request timed out (${code || names.find((n) => n.endsWith('Error'))})`, retry: true };
  if (UNREACHABLE_CODES.has(code)) return { what: `the network or host is unreachable (${code})`, retry: true };
  if (/^(ERR_TLS_|ERR_SSL_|CERT_|UNABLE_TO_|DEPTH_ZERO_|SELF_SIGNED_)/.test(code))
    return { what: `the TLS connection failed (${code})`, retry: false };
  // Octokit's own wrapper for a fetch that threw: no HTTP status was ever received.
  if (names.includes('HttpError') && names.includes('TypeError'))
    return { what: `the request failed before GitHub answered (${code || 'fetch failed'})`, retry: true };
  return undefined;
}

/**
 * A request that never reached GitHub, after the retries it was worth; thrown by the client in
 * place of Octokit's misleading 500, so that no retry plugin retries it again and every message
 * says what happened, at which host.
 */
class GitHubUnreachableError extends Error {
  /** What happened and whether it was worth retrying. */
  readonly failure: NetworkFailure;
  /** `host[:port]` of the request, from the API URL (`GITHUB_API_URL`) or the download's URL. */
  readonly host: string;
  /**
   * The request, for messages: method and URL without its query. (Not named `request`: the retry
   * plugin takes an error with a `request` for one of Octokit's own and might retry it.)
   */
  readonly call: { method?: string; url?: string };
  /** Retries made before giving up. */
  readonly retries: number;

  constructor(failure: NetworkFailure, cause: unknown, retries: number) {
    const request = (cause as ApiErrorLike).request ?? {};
    const host = hostOf(request.url);
    super(`GitHub's API at ${host} could not be reached: ${failure.what}`, { cause });
    this.name = 'GitHubUnreachableError';
    this.failure = failure;
    this.host = host;
    this.call = { method: request.method, url: request.url === undefined ? undefined : stripQuery(request.url) };
    this.retries = retries;
  }
}

function hostOf(url: string | undefined): string {
  try {
    return url === undefined ? 'an unknown host' : new URL(url).host;
  } catch {
    return 'an unknown host';
  }
}

/**
 * An Octokit plugin that names network failures and bounds their retries. A DNS failure or a TLS
 * failure is not retried: a name that does not resolve will not resolve a second later, and
 * retrying for minutes only delays the report. A refused, reset or timed-out connection is left to
 * the retry plugin (Octokit reports it as a 500) at most `retries` times per request and
 * `retries` times per client in all, so that a run whose API host is down makes a handful of
 * attempts, not a handful per call. Each retry is logged; the last failure becomes a
 * {@link GitHubUnreachableError}.
 */
function networkFailures(limits: { retries: number; baseDelayMs: number }) {
  return (octokit: {
    hook: { error: (name: 'request', hook: (error: unknown, options: unknown) => never) => void };
  }) => {
    let retriesLeft = limits.retries;
    // Attempts per request, keyed by its options object, which the retry plugin passes to every
    // attempt of one request. (Its own `request.retryCount` lives on options shared by all
    // requests of a client, so it does not say how often this request was tried.)
    const attempts = new WeakMap<object, number>();
    octokit.hook.error('request', (error: unknown, options: unknown): never => {
      const failure = networkFailure(error);
      if (failure === undefined || error instanceof GitHubUnreachableError) throw error;
      const key = typeof options === 'object' && options !== null ? options : {};
      const retriesSoFar = attempts.get(key) ?? 0;
      attempts.set(key, retriesSoFar + 1);
      if (failure.retry && retriesLeft > 0 && retriesSoFar < limits.retries) {
        retriesLeft--;
        const request = (error as ApiErrorLike).request ?? {};
        // The wait the retry plugin will take: it squares its own count, kept on the options.
        const pluginCount = Number((options as { request?: { retryCount?: unknown } }).request?.retryCount) || 0;
        const waitMs = (pluginCount + 1) ** 2 * limits.baseDelayMs;
        log.info(
          `GitHub's API at ${hostOf(request.url)} could not be reached on ${request.method ?? ''} ${stripQuery(request.url ?? '')}: ${failure.what}; retrying in ${waitMs} ms (retry ${retriesSoFar + 1} of at most ${limits.retries}).`
        );
        throw error;
      }
      throw new GitHubUnreachableError(failure, error, retriesSoFar);
    });
    return {};
  };
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
  const unreachable = unreachableText(error);
  if (unreachable !== undefined) {
    const call = error instanceof GitHubUnreachableError ? error.call : ((error as ApiErrorLike).request ?? {});
    const where = call.method && call.url ? ` (${call.method} ${stripQuery(call.url)})` : '';
    return `${what} failed${where}: ${unreachable}. This is a network problem, not a permission problem: check GITHUB_API_URL and the runner's network.`;
  }
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

/**
 * The HTTP status of an Octokit error, or undefined for a network error (which Octokit reports as
 * a 500 without a response) or a non-API error.
 */
export function errorStatus(error: unknown): number | undefined {
  if (networkFailure(error) !== undefined) return undefined;
  const status = (error as ApiErrorLike | null)?.status;
  return typeof status === 'number' && status > 0 ? status : undefined;
}

/**
 * True when the request never reached GitHub (DNS, connection refused or reset, timeout, TLS), so a
 * message should not suggest a missing permission.
 */
export function isUnreachable(error: unknown): boolean {
  return networkFailure(error) !== undefined;
}

/**
 * `GitHub's API at <host> could not be reached: <what>; <retries>`, or undefined when GitHub did
 * answer. The host comes from the request's URL, built on `GITHUB_API_URL`.
 */
function unreachableText(error: unknown): string | undefined {
  const failure = networkFailure(error);
  if (failure === undefined) return undefined;
  const host = error instanceof GitHubUnreachableError ? error.host : hostOf((error as ApiErrorLike).request?.url);
  const retries = error instanceof GitHubUnreachableError ? error.retries : undefined;
  const tried = !failure.retry
    ? '; not retried, as it would fail the same way'
    : retries === undefined || retries === 0
      ? ''
      : `; still so after ${retries} ${retries === 1 ? 'retry' : 'retries'}`;
  return `GitHub's API at ${host} could not be reached: ${failure.what}${tried}`;
}

/**
 * What GitHub answered, without saying what was tried: `GitHub answered 403 "Resource not
 * accessible by integration"` or `GitHub could not be reached: ...`, for messages that name the
 * call themselves (artifacts, workflow_run, commit statuses). Reads only the status and GitHub's
 * message, never request headers, so no token can leak.
 */
export function describeFailure(error: unknown): string {
  const unreachable = unreachableText(error);
  if (unreachable !== undefined) return unreachable;
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
