/**
 * The client against a real HTTP server on 127.0.0.1 that speaks Electricity Maps' v3
 * `carbon-intensity/past-range` API: it checks the `auth-token` header, the zone and the range
 * (at most 240 hours), answers in the documented shape, and injects 500, 429 and 401 answers.
 */
import { fetchPastRange, pastRangeChunks } from '../../src/io/electricity-maps.js';
import { FakeElectricityMaps, PAST_RANGE_PATH } from '../support/electricity-maps-server.js';

const TOKEN = 'secret-token-0123456789';
const HOUR = 3_600_000;
const T0 = Date.parse('2024-03-01T00:00:00Z');

/** The intensity the fake grid reports for an hour: a known function, so tests can recompute it. */
const intensityAt = (ms: number): number => 300 + (((ms - T0) / HOUR) % 24);

const iso = (ms: number): string => new Date(ms).toISOString();
/** The [start, end) of each request the server saw, in epoch ms. */
const seenSpansMs = (): [number, number][] => api.seen.map((s) => [Date.parse(s.start ?? ''), Date.parse(s.end ?? '')]);

let api: FakeElectricityMaps;
let baseUrl: string;

beforeEach(async () => {
  api = new FakeElectricityMaps({ token: TOKEN, intensityAt });
  baseUrl = await api.listen();
});

afterEach(async () => {
  await api.close();
});

const base = () => ({ token: TOKEN, zone: 'DE', baseUrl, backoffMs: 1, retries: 2, timeoutMs: 5000 });

describe('pastRangeChunks', () => {
  test.each([
    { name: 'one hour', start: T0, end: T0 + HOUR, chunks: [[T0, T0 + HOUR]] },
    { name: 'widened to whole hours', start: T0 + 10 * 60_000, end: T0 + 70 * 60_000, chunks: [[T0, T0 + 2 * HOUR]] },
    { name: 'exactly 240 h', start: T0, end: T0 + 240 * HOUR, chunks: [[T0, T0 + 240 * HOUR]] },
    {
      name: '500 h in three chunks',
      start: T0,
      end: T0 + 500 * HOUR,
      chunks: [
        [T0, T0 + 240 * HOUR],
        [T0 + 240 * HOUR, T0 + 480 * HOUR],
        [T0 + 480 * HOUR, T0 + 500 * HOUR]
      ]
    }
  ])('$name', ({ start, end, chunks }) => {
    expect(pastRangeChunks(start, end).map((c) => [c.startMs, c.endMs])).toEqual(chunks);
  });
});

describe('fetchPastRange against a local Electricity Maps server', () => {
  test('one request: sends token, zone and range; returns the hourly series', async () => {
    const result = await fetchPastRange({ ...base(), startMs: T0, endMs: T0 + 6 * HOUR });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(api.seen).toEqual([
      { path: PAST_RANGE_PATH, zone: 'DE', start: iso(T0), end: iso(T0 + 6 * HOUR), token: TOKEN }
    ]);
    expect([...result.series.hourlyGPerKWh]).toEqual([0, 1, 2, 3, 4, 5].map((h) => [T0 + h * HOUR, 300 + h]));
    expect(result.series.label).toBe('Electricity Maps DE');
    expect(result.series.source.url).toMatch(/^https:\/\//);
    expect(result.requests).toBe(1);
  });

  test('a 21-day range is split into 240-hour requests that tile it', async () => {
    const hours = 21 * 24;
    const result = await fetchPastRange({ ...base(), startMs: T0, endMs: T0 + hours * HOUR });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const spans = seenSpansMs();
    expect(spans.length).toBe(Math.ceil(hours / 240));
    expect(spans[0][0]).toBe(T0);
    for (let i = 1; i < spans.length; i++) expect(spans[i][0]).toBe(spans[i - 1][1]);
    expect(spans[spans.length - 1][1]).toBe(T0 + hours * HOUR);
    for (const [startMs, endMs] of spans) expect(endMs - startMs).toBeLessThanOrEqual(240 * HOUR);
    expect(result.series.hourlyGPerKWh.size).toBe(hours);
    const last = T0 + (hours - 1) * HOUR;
    expect(result.series.hourlyGPerKWh.get(last)).toBe(300 + ((hours - 1) % 24));
  });

  test('null intensities are skipped and counted', async () => {
    api.nullHours.add(T0 + HOUR);
    const result = await fetchPastRange({ ...base(), startMs: T0, endMs: T0 + 3 * HOUR });
    expect(result.ok && result.skippedEntries).toBe(1);
    expect(result.ok && [...result.series.hourlyGPerKWh.keys()]).toEqual([T0, T0 + 2 * HOUR]);
  });

  test.each([
    { name: '500 then success', faults: [{ status: 500 }], requests: 2 },
    {
      name: '429 with Retry-After: 0, then 503, then success',
      faults: [{ status: 429, headers: { 'retry-after': '0' } }, { status: 503 }],
      requests: 3
    }
  ])('retries: $name', async ({ faults, requests }) => {
    api.faults.push(...faults);
    const result = await fetchPastRange({ ...base(), startMs: T0, endMs: T0 + 2 * HOUR });
    expect(result.ok).toBe(true);
    expect(result.requests).toBe(requests);
  });

  test.each([
    {
      name: 'persistent 500: gives up after the retries',
      setup: () => api.faults.push({ status: 500 }, { status: 500 }, { status: 500 }, { status: 500 }),
      options: {},
      kind: 'server',
      status: 500,
      requests: 1 + 2,
      says: 'HTTP 500'
    },
    {
      name: 'wrong token: 401, no retry',
      setup: () => undefined,
      options: { token: 'wrong-token-abcdef' },
      kind: 'auth',
      status: 401,
      requests: 1,
      says: 'rejected the token'
    },
    {
      name: 'unknown zone: 400 with the API message',
      setup: () => undefined,
      options: { zone: 'XX' },
      kind: 'request',
      status: 400,
      requests: 1,
      says: "Zone 'XX' does not exist"
    },
    {
      name: 'not the documented shape',
      setup: () => api.faults.push({ status: 200, body: '{"zone":"DE","history":[]}' }),
      options: {},
      kind: 'response',
      status: 200,
      requests: 1,
      says: '"data" array'
    },
    {
      name: 'timeouts on every attempt',
      setup: () => api.faults.push({ hangMs: 2000 }, { hangMs: 2000 }, { hangMs: 2000 }),
      options: { timeoutMs: 50 },
      kind: 'timeout',
      status: undefined,
      requests: 3,
      says: 'did not answer'
    }
  ])('failure: $name', async ({ setup, options, kind, status, requests, says }) => {
    setup();
    const opts = { ...base(), startMs: T0, endMs: T0 + 2 * HOUR, ...options };
    const result = await fetchPastRange(opts);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.kind).toBe(kind);
    expect(result.status).toBe(status);
    expect(result.requests).toBe(requests);
    expect(result.message).toContain(says);
    expect(result.message).not.toContain(opts.token);
  });

  test('connection refused is a network failure', async () => {
    await api.close();
    const result = await fetchPastRange({ ...base(), retries: 1, startMs: T0, endMs: T0 + HOUR });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.kind).toBe('network');
    expect(result.requests).toBe(2);
    expect(result.message).not.toContain(TOKEN);
    api = new FakeElectricityMaps({ token: TOKEN, intensityAt });
    await api.listen();
  });

  test('a host name that does not resolve is a network failure named as such, and not retried', async () => {
    // `.invalid` never resolves (RFC 2606): no network is needed for this test.
    const result = await fetchPastRange({
      ...base(),
      baseUrl: 'http://carbon-gate.invalid/v3',
      retries: 3,
      startMs: T0,
      endMs: T0 + HOUR
    });
    expect(result).toMatchObject({ ok: false, kind: 'network', requests: 1 });
    if (result.ok) return;
    expect(result.message).toContain('the host name carbon-gate.invalid does not resolve');
    expect(result.message).toContain('not retried');
  });

  test.each([
    { name: 'no token', options: { token: '' }, kind: 'auth' },
    { name: 'no zone', options: { zone: '' }, kind: 'request' },
    { name: 'end before start', options: { startMs: T0 + HOUR, endMs: T0 }, kind: 'request' }
  ])('refuses before sending: $name', async ({ options, kind }) => {
    const result = await fetchPastRange({ ...base(), startMs: T0, endMs: T0 + HOUR, ...options });
    expect(result).toMatchObject({ ok: false, kind, requests: 0 });
    expect(api.seen).toEqual([]);
  });
});

describe('redirects: the auth-token header stays with the API origin', () => {
  let other: FakeElectricityMaps;
  let otherUrl: string;

  beforeEach(async () => {
    // Another origin (another port) that would answer the request, token or not.
    other = new FakeElectricityMaps({ token: TOKEN, intensityAt });
    otherUrl = await other.listen();
  });

  afterEach(async () => {
    await other.close();
  });

  test.each([301, 302, 303, 307, 308])(
    'a %i to another origin is not followed, and that origin never sees the token',
    async (status) => {
      const target = `${otherUrl}/carbon-intensity/past-range?zone=DE&start=${iso(T0)}&end=${iso(T0 + HOUR)}`;
      api.faults = [{ status, headers: { location: target } }];
      const result = await fetchPastRange({ ...base(), startMs: T0, endMs: T0 + HOUR });
      expect(result).toMatchObject({ ok: false, kind: 'redirect', requests: 1 });
      if (result.ok) return;
      expect(result.message).toContain(`redirected the request to another origin (${new URL(otherUrl).origin})`);
      expect(result.message).not.toContain(TOKEN);
      expect(other.seen).toEqual([]);
    }
  );

  test('a redirect within the same origin is followed, with the token', async () => {
    const target = `${baseUrl}/carbon-intensity/past-range?zone=DE&start=${iso(T0)}&end=${iso(T0 + 2 * HOUR)}`;
    api.faults = [{ status: 307, headers: { location: target } }];
    const result = await fetchPastRange({ ...base(), startMs: T0, endMs: T0 + 2 * HOUR });
    expect(result).toMatchObject({ ok: true, requests: 2 });
    expect(api.seen.map((s) => s.token)).toEqual([TOKEN, TOKEN]);
  });

  test('a redirect loop within the origin ends after a few hops', async () => {
    const loop = { status: 302, headers: { location: `${baseUrl}/carbon-intensity/past-range?zone=DE` } };
    api.faults = Array.from({ length: 20 }, () => loop);
    const result = await fetchPastRange({ ...base(), startMs: T0, endMs: T0 + HOUR });
    expect(result).toMatchObject({ ok: false, kind: 'redirect', requests: 6 });
    expect(api.seen).toHaveLength(6);
  });
});
