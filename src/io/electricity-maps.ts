/**
 * Electricity Maps client for hourly past intensities (`GET /v3/carbon-intensity/past-range`),
 * shared by the CLI and the action. It returns a typed failure instead of throwing, so the caller
 * can fall back to the annual average and say why; the token never appears in any message.
 *
 * API reference: https://portal.electricitymaps.com/docs/api (v3). The endpoint serves at most
 * 10 days (240 hours) per request at hourly granularity, so longer ranges are split into chunks.
 */
import { HOUR_MS, seriesFromPoints, type IntensityPoint, type IntensitySeries } from '../core/intensity-series.js';
import type { SourceRef } from '../core/model.js';

/** Default API base; `api.electricitymaps.com/v3` serves the same API. */
export const DEFAULT_ELECTRICITY_MAPS_BASE_URL = 'https://api.electricitymap.org/v3';

/**
 * Longest range one past-range request may cover at hourly granularity: 10 days, the limit the API
 * reference ({@link ELECTRICITY_MAPS_SOURCE}) gives for past-range; longer ranges are split.
 */
const MAX_RANGE_HOURS = 240;

/** What to fetch and how patiently. */
export interface ElectricityMapsOptions {
  /** API token, sent as the `auth-token` header; never logged or echoed. */
  token: string;
  /** Electricity Maps zone, e.g. `DE`, `US-CAL-CISO`. */
  zone: string;
  /** Range to cover, ms since the Unix epoch; widened to whole UTC hours. */
  startMs: number;
  endMs: number;
  /** API base URL including `/v3`; default {@link DEFAULT_ELECTRICITY_MAPS_BASE_URL}. */
  baseUrl?: string;
  /** `lifecycle` (the API's default) or `direct`; omitted from the request when absent. */
  emissionFactorType?: 'lifecycle' | 'direct';
  /** Per-request timeout; default {@link DEFAULT_TIMEOUT_MS}. */
  timeoutMs?: number;
  /** Further attempts after a 5xx, 429, timeout or network error (0-10); default {@link DEFAULT_RETRIES}. */
  retries?: number;
  /** First backoff delay, doubled per attempt and capped at {@link MAX_BACKOFF_MS}; default {@link DEFAULT_BACKOFF_MS}. */
  backoffMs?: number;
}

/** Why the fetch failed. `auth`: token rejected (401/403); `request`: the API refused the query
 * (other 4xx, e.g. unknown zone); `server`: 5xx or 429 after the retries; `timeout`/`network`:
 * no answer after the retries; `response`: an answer that is not the documented shape;
 * `redirect`: a redirect to another origin (not followed: the token stays with the API's own
 * origin), or too many. */
export type ElectricityMapsFailureKind =
  'auth' | 'request' | 'server' | 'timeout' | 'network' | 'response' | 'redirect';

/** A failure the caller reports before falling back to the annual average. */
export interface ElectricityMapsFailure {
  ok: false;
  kind: ElectricityMapsFailureKind;
  /** HTTP status of the last answer, where there was one. */
  status?: number;
  /** One sentence, free of the token: what failed and what was expected. */
  message: string;
  /** Requests sent, retries included. */
  requests: number;
}

/** A fetched series. */
export interface ElectricityMapsSuccess {
  ok: true;
  series: IntensitySeries;
  /** Requests sent, retries included. */
  requests: number;
  /** Entries with no usable `carbonIntensity` (null or non-numeric), left out of the series. */
  skippedEntries: number;
}

/** The result of {@link fetchPastRange}. */
export type ElectricityMapsResult = ElectricityMapsSuccess | ElectricityMapsFailure;

/** The source attached to fetched series. */
const ELECTRICITY_MAPS_SOURCE: SourceRef = {
  name: 'Electricity Maps API v3 carbon-intensity/past-range',
  url: 'https://portal.electricitymaps.com/docs/api',
  licence: 'Electricity Maps API terms of use (per token)'
};

/** Splits [startMs, endMs) into whole-hour chunks of at most {@link MAX_RANGE_HOURS} hours. */
export function pastRangeChunks(startMs: number, endMs: number): { startMs: number; endMs: number }[] {
  const first = Math.floor(startMs / HOUR_MS) * HOUR_MS;
  const last = Math.max(first + HOUR_MS, Math.ceil(endMs / HOUR_MS) * HOUR_MS);
  const chunks: { startMs: number; endMs: number }[] = [];
  for (let s = first; s < last; s += MAX_RANGE_HOURS * HOUR_MS) {
    chunks.push({ startMs: s, endMs: Math.min(last, s + MAX_RANGE_HOURS * HOUR_MS) });
  }
  return chunks;
}

/**
 * Fetches hourly intensities for a zone and range, chunk by chunk, retrying 5xx, 429, timeouts and
 * network errors with a bounded exponential backoff (honouring `Retry-After` up to the cap).
 * Resolves to a series, or to a failure the caller turns into a warning and the annual fallback.
 */
export async function fetchPastRange(options: ElectricityMapsOptions): Promise<ElectricityMapsResult> {
  const base = (options.baseUrl ?? DEFAULT_ELECTRICITY_MAPS_BASE_URL).replace(/\/+$/, '');
  const redact = (text: string): string => (options.token ? text.split(options.token).join('***') : text);
  let requests = 0;
  if (!options.token) {
    return {
      ok: false,
      kind: 'auth',
      message: 'No Electricity Maps token was given; expected one in the input or environment.',
      requests
    };
  }
  if (!options.zone) {
    return {
      ok: false,
      kind: 'request',
      message: 'No Electricity Maps zone was given; expected one such as "DE" or "US-CAL-CISO".',
      requests
    };
  }
  if (!(Number.isFinite(options.startMs) && Number.isFinite(options.endMs) && options.endMs >= options.startMs)) {
    return {
      ok: false,
      kind: 'request',
      message: 'The time range to fetch is empty or invalid; expected a start before the end.',
      requests
    };
  }

  const points = new Map<number, number>();
  let skippedEntries = 0;
  for (const chunk of pastRangeChunks(options.startMs, options.endMs)) {
    const url = new URL(`${base}/carbon-intensity/past-range`);
    url.searchParams.set('zone', options.zone);
    url.searchParams.set('start', new Date(chunk.startMs).toISOString());
    url.searchParams.set('end', new Date(chunk.endMs).toISOString());
    if (options.emissionFactorType) url.searchParams.set('emissionFactorType', options.emissionFactorType);
    const answer = await getWithRetries(url, options, () => requests++);
    if (!answer.ok) return { ...answer, message: redact(answer.message), requests };
    const parsed = readPastRange(answer.body);
    if ('error' in parsed) {
      return {
        ok: false,
        kind: 'response',
        status: answer.status,
        message: redact(`Electricity Maps answered ${url.pathname} with ${parsed.error}.`),
        requests
      };
    }
    skippedEntries += parsed.skipped;
    // Chunks share their boundary hour; the first reading of an hour wins.
    for (const p of parsed.points) if (!points.has(p.timeMs)) points.set(p.timeMs, p.intensityGPerKWh);
  }
  const series = seriesFromPoints(
    [...points].map(([timeMs, intensityGPerKWh]) => ({ timeMs, intensityGPerKWh })),
    `Electricity Maps ${options.zone}`,
    ELECTRICITY_MAPS_SOURCE
  );
  return { ok: true, series, requests, skippedEntries };
}

type Answer = { ok: true; status: number; body: string } | Omit<ElectricityMapsFailure, 'requests'>;

// Our choice, not the API's: the intensity is an improvement over the annual average, not a
// requirement, so a CI job waits at most (3 + 1) x 15 s + 1 + 2 + 4 s = 67 s per chunk (90 s
// where Retry-After asks for the 10 s cap each time) before falling back, yet rides out a brief
// outage or a rate-limit answer.
/** Default per-request timeout, ms. */
const DEFAULT_TIMEOUT_MS = 15_000;
/** Default number of retries after the first attempt. */
const DEFAULT_RETRIES = 3;
/** Default first backoff delay, ms (doubled per retry). */
const DEFAULT_BACKOFF_MS = 1000;
/** Longest wait between attempts, ms, whatever the backoff or the server's Retry-After says. */
const MAX_BACKOFF_MS = 10_000;

/** HTTP statuses that redirect. */
const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/** Redirects followed within the API's own origin before giving up. */
const MAX_REDIRECTS = 5;

/**
 * One GET with the token, following redirects by hand: only to the same origin (scheme, host and
 * port) as the request, where the token belongs. fetch's own redirect handling would send the
 * `auth-token` header on to any host the answer names. Counts every request through `onRequest`.
 */
async function getSameOrigin(
  url: URL,
  init: { headers: Record<string, string>; signal: AbortSignal },
  onRequest: () => void
): Promise<Response | { refused: string }> {
  let current = url;
  for (let hop = 0; ; hop++) {
    const response = await fetch(current, { ...init, redirect: 'manual' });
    if (!REDIRECTS.has(response.status)) return response;
    await response.body?.cancel().catch(() => undefined);
    const location = response.headers.get('location');
    let next: URL | undefined;
    try {
      next = location === null ? undefined : new URL(location, current);
    } catch {
      next = undefined;
    }
    if (next === undefined)
      return { refused: `Electricity Maps answered HTTP ${response.status} without a valid redirect location` };
    if (next.origin !== url.origin)
      return {
        refused: `Electricity Maps redirected the request to another origin (${next.origin}); it was not followed, so the token was not sent there`
      };
    if (hop >= MAX_REDIRECTS)
      return { refused: `Electricity Maps redirected the request more than ${MAX_REDIRECTS} times` };
    onRequest();
    current = next;
  }
}

/** One GET with retries; counts every attempt through `onAttempt`. */
async function getWithRetries(url: URL, options: ElectricityMapsOptions, onAttempt: () => void): Promise<Answer> {
  const retries = Math.max(0, Math.min(options.retries ?? DEFAULT_RETRIES, 10));
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const backoffMs = options.backoffMs ?? DEFAULT_BACKOFF_MS;
  // The next wait: doubled per attempt, or the server's Retry-After, capped either way.
  let retryAfterMs: number | undefined;
  const where = `${url.origin}${url.pathname}?zone=${url.searchParams.get('zone')}&start=${url.searchParams.get('start')}&end=${url.searchParams.get('end')}`;
  let last: Answer = { ok: false, kind: 'network', message: `No request was sent to ${where}.` };
  for (let attempt = 0; attempt <= retries; attempt++) {
    if (attempt > 0) await sleep(Math.min(retryAfterMs ?? backoffMs * 2 ** (attempt - 1), MAX_BACKOFF_MS));
    retryAfterMs = undefined;
    onAttempt();
    let response: Response;
    try {
      const answer = await getSameOrigin(
        url,
        {
          headers: { 'auth-token': options.token, accept: 'application/json' },
          signal: AbortSignal.timeout(timeoutMs)
        },
        onAttempt
      );
      if ('refused' in answer) return { ok: false, kind: 'redirect', message: `${answer.refused} (${where}).` };
      response = answer;
    } catch (err) {
      // Checked by name: the DOMException may come from another realm (test runners, bundles).
      const name = (err as { name?: unknown } | null)?.name;
      const timedOut = name === 'TimeoutError' || name === 'AbortError';
      last = timedOut
        ? {
            ok: false,
            kind: 'timeout',
            message: `Electricity Maps did not answer ${where} within ${timeoutMs} ms (${attempt + 1} attempt(s)).`
          }
        : {
            ok: false,
            kind: 'network',
            message: `Could not reach ${where}: ${describe(err)} (${attempt + 1} attempt(s)).`
          };
      // A host name that does not resolve will not resolve a moment later: no retry.
      if (isDnsFailure(err)) {
        last = {
          ok: false,
          kind: 'network',
          message: `Could not reach ${where}: the host name ${url.hostname} does not resolve (${describe(err)}); not retried.`
        };
        break;
      }
      continue;
    }
    const body = await response.text().catch(() => '');
    if (response.ok) return { ok: true, status: response.status, body };
    const detail = errorDetail(body);
    if (response.status === 401 || response.status === 403) {
      return {
        ok: false,
        kind: 'auth',
        status: response.status,
        message: `Electricity Maps rejected the token (HTTP ${response.status})${detail}; check the token and that its plan covers past-range for this zone.`
      };
    }
    if (response.status !== 429 && response.status < 500) {
      return {
        ok: false,
        kind: 'request',
        status: response.status,
        message: `Electricity Maps refused ${where} (HTTP ${response.status})${detail}.`
      };
    }
    last = {
      ok: false,
      kind: 'server',
      status: response.status,
      message: `Electricity Maps answered ${where} with HTTP ${response.status}${detail} after ${attempt + 1} attempt(s).`
    };
    const retryAfter = response.headers.get('retry-after');
    if (retryAfter !== null && /^\d+(\.\d+)?$/.test(retryAfter.trim())) retryAfterMs = Number(retryAfter) * 1000;
  }
  return last;
}

/** Reads `{"zone":..,"data":[{"datetime":..,"carbonIntensity":..}, ...]}`. */
function readPastRange(body: string): { points: IntensityPoint[]; skipped: number } | { error: string } {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return { error: 'a body that is not JSON' };
  }
  const data = (json as { data?: unknown } | null)?.data;
  if (!Array.isArray(data)) return { error: 'JSON without a "data" array' };
  const points: IntensityPoint[] = [];
  let skipped = 0;
  for (const entry of data as unknown[]) {
    const { datetime, carbonIntensity } = (entry ?? {}) as { datetime?: unknown; carbonIntensity?: unknown };
    const timeMs = typeof datetime === 'string' ? Date.parse(datetime) : NaN;
    if (Number.isNaN(timeMs))
      return { error: `an entry whose "datetime" is not an ISO time (${JSON.stringify(datetime)})` };
    if (typeof carbonIntensity !== 'number' || !Number.isFinite(carbonIntensity) || carbonIntensity < 0) {
      skipped++;
      continue;
    }
    points.push({ timeMs, intensityGPerKWh: carbonIntensity });
  }
  return { points, skipped };
}

/** The API's own error text (`{"error": "..."}` or `{"message": "..."}`), briefly, when present. */
function errorDetail(body: string): string {
  try {
    const json = JSON.parse(body) as { error?: unknown; message?: unknown };
    const text = typeof json.error === 'string' ? json.error : typeof json.message === 'string' ? json.message : '';
    return text ? `: ${text.slice(0, 200)}` : '';
  } catch {
    return '';
  }
}

/** The most telling part of a fetch error: undici puts the system error (ECONNREFUSED) in `cause`. */
function describe(err: unknown): string {
  const e = err as { message?: unknown; cause?: { code?: unknown; message?: unknown } } | null;
  const text = e?.cause?.code ?? e?.cause?.message ?? e?.message;
  return typeof text === 'string' ? text : String(err);
}

/** True for a failed DNS lookup: undici puts getaddrinfo's error (ENOTFOUND, EAI_AGAIN) in `cause`. */
function isDnsFailure(err: unknown): boolean {
  const code = (err as { cause?: { code?: unknown } } | null)?.cause?.code;
  return typeof code === 'string' && /^(ENOTFOUND|EAI_AGAIN|EAI_NONAME|EAI_NODATA|EAI_FAIL)$/.test(code);
}

/** Resolves after `ms` milliseconds (the retry backoff). */
function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
