/**
 * A local stand-in for Electricity Maps' v3 `GET /carbon-intensity/past-range` API on 127.0.0.1,
 * for tests that drive the real client over real HTTP. Like the service, it checks the
 * `auth-token` header, the zone and the range (at most 240 hours, the service's documented limit
 * for hourly data, written here rather than taken from the client), and answers
 * hourly entries in the documented shape; the intensity of each hour comes from the test, so the
 * test can work out its expected numbers on its own. It also injects faults (an HTTP status, a
 * malformed body, a hang) and records every request it was sent.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** The path the client must ask for, under the base URL's `/v3`. */
export const PAST_RANGE_PATH = '/v3/carbon-intensity/past-range';

/** A `Retry-After: 0` header, so the client retries a fault at once rather than sitting out its backoff. */
export const RETRY_AT_ONCE: Record<string, string> = { 'retry-after': '0' };

const HOUR_MS = 3_600_000;
/** Electricity Maps' longest past-range request at hourly granularity: 10 days. */
const SERVICE_MAX_RANGE_HOURS = 10 * 24;

/** One request as the server saw it (query values as sent, `null` where absent). */
export interface SeenRequest {
  path: string;
  zone: string | null;
  start: string | null;
  end: string | null;
  token: string | undefined;
}

/** An answer to give instead of the normal one: a status (with a raw body and headers), or no answer for `hangMs`. */
export type Fault = { status: number; body?: string; headers?: Record<string, string> } | { hangMs: number };

/** What the fake grid serves. */
export interface ElectricityMapsOptions {
  /** The only `auth-token` accepted; any other is answered 401. */
  token: string;
  /** The only zone known; any other is answered 400. Default `DE`. */
  zone?: string;
  /** The carbonIntensity (g/kWh) of the hour starting at `hourMs`, or `null` for none. */
  intensityAt(hourMs: number): number | null;
}

/** The fake service; `listen()` it, point the client at the URL it returns, `close()` it after. */
export class FakeElectricityMaps {
  private readonly server: Server = createServer((req, res) => this.handle(req, res));
  private readonly zone: string;
  /** Every request, in order. */
  readonly seen: SeenRequest[] = [];
  /** Faults to answer with, one per request, before answering normally. */
  faults: Fault[] = [];
  /** Hours (epoch ms) whose carbonIntensity is null, whatever `intensityAt` says. */
  readonly nullHours = new Set<number>();

  constructor(private readonly options: ElectricityMapsOptions) {
    this.zone = options.zone ?? 'DE';
  }

  /** Starts listening on a free port; the base URL, including `/v3`. */
  async listen(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/v3`;
  }

  /** Stops listening and drops open connections (a hung answer included). */
  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
    res.writeHead(status, { 'content-type': 'application/json', ...headers });
    res.end(typeof body === 'string' ? body : JSON.stringify(body));
  }

  private handle(req: IncomingMessage, res: ServerResponse): void {
    const url = new URL(req.url ?? '/', 'http://x');
    const token = req.headers['auth-token'] as string | undefined;
    const zone = url.searchParams.get('zone');
    const start = url.searchParams.get('start');
    const end = url.searchParams.get('end');
    this.seen.push({ path: url.pathname, zone, start, end, token });
    const fault = this.faults.shift();
    if (fault && 'hangMs' in fault) {
      setTimeout(() => this.send(res, 200, { zone: this.zone, data: [] }), fault.hangMs).unref();
      return;
    }
    if (fault) return this.send(res, fault.status, fault.body ?? { error: `injected ${fault.status}` }, fault.headers);
    if (req.method !== 'GET' || url.pathname !== PAST_RANGE_PATH) return this.send(res, 404, { error: 'Not found' });
    if (token !== this.options.token) return this.send(res, 401, { error: 'Invalid auth-token' });
    if (zone !== this.zone) return this.send(res, 400, { error: `Zone '${zone}' does not exist.` });
    const startMs = Date.parse(start ?? '');
    const endMs = Date.parse(end ?? '');
    if (Number.isNaN(startMs) || Number.isNaN(endMs) || endMs <= startMs)
      return this.send(res, 400, { error: 'Invalid start/end' });
    if (endMs - startMs > SERVICE_MAX_RANGE_HOURS * HOUR_MS)
      return this.send(res, 400, { error: 'Range too long: at most 10 days for hourly granularity' });
    const data = [];
    for (let t = startMs; t < endMs; t += HOUR_MS) {
      data.push({
        zone,
        carbonIntensity: this.nullHours.has(t) ? null : this.options.intensityAt(t),
        datetime: new Date(t).toISOString(),
        updatedAt: '2024-04-07T15:32:21.002Z',
        createdAt: '2024-02-08T06:20:31.772Z',
        emissionFactorType: url.searchParams.get('emissionFactorType') ?? 'lifecycle',
        isEstimated: false,
        estimationMethod: null
      });
    }
    this.send(res, 200, { zone, data });
  }
}
