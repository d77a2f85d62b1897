/**
 * The ledger branch's dashboard re-reads the ledger when served over http(s): headless Chromium
 * loads a page written with an older ledger from a local HTTP server whose `ledger/index.json`
 * and shards hold a newer one, and shows the newer totals; opened via file:// (or when the shard
 * index cannot be fetched) it keeps the totals embedded at write time. The expected totals are
 * added up here from the records. Also: the page's bundled script (live.generated.ts) is what its
 * sources build.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { appendRecords, appendToShards } from '../../../src/core/ledger/append.js';
import type { LedgerRecord } from '../../../src/core/ledger/record.js';
import { renderDashboard } from '../../../src/core/render/dashboard/index.js';
import { dumpDomAsync } from '../../support/chromium.js';

const ROOT = process.cwd();
const SAMPLE: LedgerRecord[] = JSON.parse(
  readFileSync(path.join(ROOT, 'test/fixtures/dashboard/sample-records.json'), 'utf8')
);
/** The page was written on 1 October 2026, when the ledger held the sample's first 25 records. */
const WRITTEN_MS = Date.UTC(2026, 9, 1);
const OLDER = SAMPLE.filter((r) => Date.parse(r.recordedAt) < WRITTEN_MS);
const NEWER = SAMPLE;

/** Runs and emissions as the page counts them: an estimate a measurement reconciles is left out. */
function totals(records: readonly LedgerRecord[]): { runs: number; kg: number } {
  const reconciled = new Set(records.filter((r) => r.method === 'measured').map((r) => r.estimateOf));
  const counted = records.filter((r) => !(r.method === 'estimated' && reconciled.has(r.id)));
  return { runs: counted.length, kg: counted.reduce((a, r) => a + r.emissionsKg, 0) };
}

/** What the page shows: where from, runs and emissions. */
function shown(dom: string): { source?: string; runs: number; kg: number } {
  return {
    source: /<html[^>]*data-ledger-source="([a-z]+)"/.exec(dom)?.[1],
    runs: Number(/id="total-runs">(\d+)</.exec(dom)?.[1]),
    kg: Number(/id="total-kg" data-kg="([^"]+)"/.exec(dom)?.[1])
  };
}

let dir: string;
let server: Server;
let base: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'carbon-gate-live-'));
  // The branch as a later commit left it: every sample record, chained, in monthly shards.
  const unchained = NEWER.map(({ prev: _prev, ...r }) => r);
  const shards = appendToShards(new Map(), appendRecords('', new Set(), unchained).lines);
  mkdirSync(path.join(dir, 'ledger'));
  for (const [file, text] of shards) writeFileSync(path.join(dir, file), text);
  writeFileSync(path.join(dir, 'ledger/index.json'), JSON.stringify({ v: 1, shards: [...shards.keys()] }));
  // The page, as the commit of 1 October wrote it.
  const page = renderDashboard(OLDER, { nowMs: WRITTEN_MS, repo: 'acme/models', shardIndex: 'ledger/index.json' });
  writeFileSync(path.join(dir, 'index.html'), page);
  // The same page in a folder without the shards (a fetch that fails).
  mkdirSync(path.join(dir, 'bare'));
  writeFileSync(path.join(dir, 'bare/index.html'), page);
  server = createServer((req, res) => {
    const rel = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname).replace(/^\/+/, '');
    const file = path.join(dir, rel);
    if (!file.startsWith(dir + path.sep) || rel.includes('..')) return void res.writeHead(403).end();
    try {
      const body = readFileSync(file);
      const type = rel.endsWith('.html') ? 'text/html; charset=utf-8' : 'application/octet-stream';
      res.writeHead(200, { 'content-type': type }).end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  rmSync(dir, { recursive: true, force: true });
});

describe('the ledger branch page', () => {
  test('the sample has records after the page was written (the test would prove nothing otherwise)', () => {
    expect(NEWER.length).toBeGreaterThan(OLDER.length);
    expect(totals(NEWER).kg).toBeGreaterThan(totals(OLDER).kg);
  });

  test('served over http, shows the shards newer than its embedded records, and redraws the charts', async () => {
    const dom = await dumpDomAsync(`${base}/index.html`);
    const want = totals(NEWER);
    const got = shown(dom);
    expect(got.source).toBe('shards');
    expect(got.runs).toBe(want.runs);
    expect(got.kg).toBeCloseTo(want.kg, 9);
    expect(dom).toContain('data-origin="shards"');
    // (The inlined scripts hold the renderer, this markup included: look at the page before them.)
    expect(dom.slice(0, dom.indexOf('<script')).includes('<p id="ledger-warning"')).toBe(false);
    expect(/<html[^>]*data-charts="([a-z]+)"/.exec(dom)?.[1]).toBe('drawn');
    expect(dom.match(/<canvas/g)).toHaveLength(2);
    // The month table has every month of the shards, up to November.
    expect(dom).toContain('<tr data-key="2026-11">');
  }, 60_000);

  test('opened via file://, shows the records embedded when it was written and fetches nothing', async () => {
    const dom = await dumpDomAsync(pathToFileURL(path.join(dir, 'index.html')).href);
    const want = totals(OLDER);
    const got = shown(dom);
    expect(got.source).toBe('embedded');
    expect(got.runs).toBe(want.runs);
    expect(got.kg).toBeCloseTo(want.kg, 9);
    expect(dom).not.toContain('<tr data-key="2026-11">');
    expect(/<html[^>]*data-charts="([a-z]+)"/.exec(dom)?.[1]).toBe('drawn');
  }, 60_000);

  test('served without its shard index, keeps the embedded records and says why', async () => {
    const dom = await dumpDomAsync(`${base}/bare/index.html`);
    const got = shown(dom);
    expect(got.source).toBe('embedded');
    expect(got.runs).toBe(totals(OLDER).runs);
    expect(/<p id="ledger-live-note"[^>]*>([^<]*)</.exec(dom)?.[1]).toBe(
      'Showing the ledger as this page was written: reading the ledger failed (ledger/index.json: HTTP 404).'
    );
  }, 60_000);

  test('a shard that does not verify is stated above the figures of the records that parse', async () => {
    const tampered = path.join(dir, 'tampered');
    mkdirSync(path.join(tampered, 'ledger'), { recursive: true });
    const unchained = OLDER.map(({ prev: _prev, ...r }) => r);
    const shards = appendToShards(new Map(), appendRecords('', new Set(), unchained).lines);
    for (const [file, text] of shards)
      // Double the first record's energy in its shard: its hash no longer matches the next prev.
      writeFileSync(
        path.join(tampered, file),
        file === 'ledger/2026-07.jsonl'
          ? text.replace(/"energyKWh":([0-9.]+)/, (_, v) => `"energyKWh":${2 * Number(v)}`)
          : text
      );
    writeFileSync(path.join(tampered, 'ledger/index.json'), JSON.stringify({ v: 1, shards: [...shards.keys()] }));
    writeFileSync(path.join(tampered, 'index.html'), readFileSync(path.join(dir, 'index.html')));
    const dom = await dumpDomAsync(`${base}/tampered/index.html`);
    expect(shown(dom).source).toBe('shards');
    expect(/<p id="ledger-warning" class="bad">([^<]*)</.exec(dom)?.[1]).toMatch(
      /^The ledger does not verify \(ledger\/2026-07\.jsonl:2:\d+: error ledger\/broken-chain: .*\); the figures are of the records that parse\./
    );
  }, 60_000);
});

test('the page script live.generated.ts is what its sources build (scripts/generate-dashboard-live.mjs --check)', () => {
  const run = spawnSync(process.execPath, ['scripts/generate-dashboard-live.mjs', '--check'], { encoding: 'utf8' });
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
}, 240_000);
