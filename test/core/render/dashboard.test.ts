/**
 * The ledger dashboard (src/core/render/dashboard): the page as headless Chromium builds it holds
 * the totals, months, paths, largest runs, budget window and estimate-vs-measured pairs computed
 * here independently from the records; hostile run and manifest names stay text; the charts are
 * drawn from file:// with the inlined uPlot; and the inlined copy is the installed package's.
 */
import { beforeAll, describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { formatEnergy, formatMass } from '../../../src/core/format.js';
import type { LedgerRecord } from '../../../src/core/ledger/record.js';
import { renderDashboard } from '../../../src/core/render/dashboard/index.js';
import { dumpDom } from '../../support/chromium.js';

const ROOT = process.cwd();
const SAMPLE: LedgerRecord[] = JSON.parse(
  readFileSync(path.join(ROOT, 'test/fixtures/dashboard/sample-records.json'), 'utf8')
);
/** 2 December 2026, 12:00 UTC: the sample's last record is from the days before. */
const NOW_MS = Date.UTC(2026, 11, 2, 12);
/** The calendar quarter around NOW_MS, Q4 2026. */
const Q4 = { startMs: Date.UTC(2026, 9, 1), endMs: Date.UTC(2027, 0, 1) };

/** Writes the page to a fresh folder and returns the DOM Chromium built from it. */
function browse(html: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'carbon-gate-dashboard-'));
  try {
    const file = path.join(dir, 'index.html');
    writeFileSync(file, html);
    return dumpDom(pathToFileURL(file).href);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The opening tag and text of the element with this id. */
function byId(dom: string, id: string): { tag: string; text: string } {
  const m = new RegExp(`(<[a-z0-9]+ [^>]*id="${id}"[^>]*>)([\\s\\S]*?)</`).exec(dom);
  if (!m) throw new Error(`no element #${id} in the page`);
  return { tag: m[1], text: m[2] };
}

function attr(tag: string, name: string): number {
  const m = new RegExp(`data-${name}="([^"]*)"`).exec(tag);
  if (!m) throw new Error(`no data-${name} in ${tag}`);
  return Number(m[1]);
}

/** The rows of a table: each row's data-key and the data-kg / data-kwh of its cells. */
function tableRows(dom: string, id: string): { key: string; kg: number; kWh: number; runs: number }[] {
  const table = new RegExp(`<table id="${id}">([\\s\\S]*?)</table>`).exec(dom)?.[1];
  if (!table) throw new Error(`no table #${id}`);
  return [...table.matchAll(/<tr data-key="([^"]*)">([\s\S]*?)<\/tr>/g)].map((m) => ({
    key: m[1],
    kg: Number(/data-kg="([^"]*)"/.exec(m[2])?.[1]),
    kWh: Number(/data-kwh="([^"]*)"/.exec(m[2])?.[1]),
    runs: Number(/<td class="n">(\d+)<\/td>/.exec(m[2])?.[1])
  }));
}

/** What the sample should show, computed from the records without the dashboard's code. */
function expected(records: LedgerRecord[]) {
  const reconciled = new Set(records.filter((r) => r.method === 'measured').map((r) => r.estimateOf));
  const counted = records.filter((r) => !(r.method === 'estimated' && reconciled.has(r.id)));
  const sum = (rs: LedgerRecord[]) => ({
    kg: rs.reduce((a, r) => a + r.emissionsKg, 0),
    kWh: rs.reduce((a, r) => a + r.energyKWh, 0),
    runs: rs.length
  });
  const group = (key: (r: LedgerRecord) => string) => {
    const keys = [...new Set(counted.map(key))];
    return new Map(keys.map((k) => [k, sum(counted.filter((r) => key(r) === k))]));
  };
  const inQ4 = counted.filter((r) => {
    const t = new Date(r.spentAt).getTime();
    return t >= Q4.startMs && t <= NOW_MS;
  });
  return {
    counted,
    total: sum(counted),
    byMonth: group((r) => r.spentAt.slice(0, 7)),
    byPath: group((r) => (r.manifest.includes('/') ? r.manifest.split('/')[0] : '.')),
    q4: sum(inQ4),
    pairs: records
      .filter((r) => r.method === 'measured' && r.estimateOf)
      .map((m) => ({ m, e: records.find((r) => r.id === m.estimateOf) as LedgerRecord }))
  };
}

describe('the dashboard in headless Chromium', () => {
  const limitKg = 60_000;
  const want = expected(SAMPLE);
  const html = renderDashboard(SAMPLE, {
    nowMs: NOW_MS,
    repo: 'acme/models',
    budget: { name: 'quarter', window: { kind: 'quarter' }, emissionsKg: limitKg }
  });
  let dom = '';
  beforeAll(() => {
    dom = browse(html);
  });

  test('the page loads from file:// and its script draws both charts with the inlined uPlot', () => {
    expect(/<html[^>]*data-charts="([a-z]+)"/.exec(dom)?.[1]).toBe('drawn');
    expect(/<html[^>]*data-charts-count="(\d+)"/.exec(dom)?.[1]).toBe('2');
    // uPlot draws on canvases inside its own wrapper, one per chart.
    expect(dom.match(/<canvas/g)).toHaveLength(2);
    expect(dom).toContain('class="uplot');
  });

  test('shows the totals, each estimate a measurement reconciles counted once', () => {
    expect(want.counted.length).toBeLessThan(SAMPLE.length); // the sample has reconciled pairs
    const kg = byId(dom, 'total-kg');
    expect(attr(kg.tag, 'kg')).toBeCloseTo(want.total.kg, 9);
    expect(kg.text).toBe(formatMass(want.total.kg));
    const kWh = byId(dom, 'total-kwh');
    expect(attr(kWh.tag, 'kwh')).toBeCloseTo(want.total.kWh, 9);
    expect(kWh.text).toBe(formatEnergy(want.total.kWh));
    expect(byId(dom, 'total-runs').text).toBe(String(want.counted.length));
  });

  test('spend by month and by path', () => {
    const months = tableRows(dom, 'by-month');
    expect(months.map((r) => r.key)).toEqual([...want.byMonth.keys()].sort());
    for (const row of months) {
      const w = want.byMonth.get(row.key)!;
      expect([row.key, row.kg, row.kWh, row.runs]).toEqual([
        row.key,
        expect.closeTo(w.kg, 9),
        expect.closeTo(w.kWh, 9),
        w.runs
      ]);
    }
    const paths = tableRows(dom, 'by-path');
    expect(new Set(paths.map((r) => r.key))).toEqual(new Set(want.byPath.keys()));
    expect(paths.map((r) => r.kg)).toEqual([...paths.map((r) => r.kg)].sort((a, b) => b - a));
    for (const row of paths) expect(row.kg).toBeCloseTo(want.byPath.get(row.key)!.kg, 9);
  });

  test('the budget window: spent, remaining and the linear projection to the quarter’s end', () => {
    expect(attr(byId(dom, 'window-spent-kg').tag, 'kg')).toBeCloseTo(want.q4.kg, 9);
    expect(attr(byId(dom, 'window-remaining-kg').tag, 'kg')).toBeCloseTo(limitKg - want.q4.kg, 9);
    const rate = want.q4.kg / (NOW_MS - Q4.startMs);
    expect(attr(byId(dom, 'window-projected-kg').tag, 'kg')).toBeCloseTo(rate * (Q4.endMs - Q4.startMs), 6);
  });

  test('the largest runs, largest first, and every reconciled pair', () => {
    const largest = new RegExp('<table id="largest-runs">([\\s\\S]*?)</table>').exec(dom)![1];
    const kgs = [...largest.matchAll(/data-kg="([^"]*)"/g)].map((m) => Number(m[1]));
    const top = want.counted.map((r) => r.emissionsKg).sort((a, b) => b - a);
    expect(kgs).toEqual(top.slice(0, 10));
    const pairs = new RegExp('<table id="estimate-vs-measured">([\\s\\S]*?)</table>').exec(dom)![1];
    const body = /<tbody>([\s\S]*?)<\/tbody>/.exec(pairs)![1];
    expect(body.match(/<tr>/g)).toHaveLength(want.pairs.length);
    const foot = [.../<tfoot>[\s\S]*<\/tfoot>/.exec(pairs)![0].matchAll(/data-kg="([^"]*)"/g)].map((m) => Number(m[1]));
    expect(foot[0]).toBeCloseTo(
      want.pairs.reduce((a, p) => a + p.e.emissionsKg, 0),
      9
    );
    expect(foot[1]).toBeCloseTo(
      want.pairs.reduce((a, p) => a + p.m.emissionsKg, 0),
      9
    );
  });
});

describe('hostile names', () => {
  // Each payload, if it ever ran, would mark <html> with data-pwned.
  const payloads = [
    '</script><script>document.documentElement.dataset.pwned="script"</script>',
    '<img src=x onerror="document.documentElement.dataset.pwned=\'img\'">',
    '"><svg onload="document.documentElement.dataset.pwned=\'svg\'">',
    "'><iframe srcdoc=\"<script>parent.document.documentElement.dataset.pwned='frame'</script>\">",
    '\u202Eevil\u0007<!--'
  ];
  const records: LedgerRecord[] = payloads.map((p, i) => ({
    ...SAMPLE[i],
    id: `hostile-${i}`,
    estimateOf: null,
    method: 'estimated',
    run: p,
    manifest: `${p}/x/carbon.yml`
  }));

  test('stay text: no script, element or attribute from them reaches the page, and the charts still draw', () => {
    const html = renderDashboard(records, {
      nowMs: NOW_MS,
      repo: payloads[0],
      budget: { name: payloads[1], window: { kind: 'days', days: 90 }, emissionsKg: 1, paths: [payloads[2]] }
    });
    const dom = browse(html);
    expect(dom).not.toContain('data-pwned');
    expect(dom).not.toMatch(/<(img|svg|iframe)\b/);
    expect(/<html[^>]*data-charts="([a-z]+)"/.exec(dom)?.[1]).toBe('drawn');
    // The names are shown, as text (entities in the serialised DOM), control characters as escapes.
    expect(dom).toContain(
      '&lt;/script&gt;&lt;script&gt;document.documentElement.dataset.pwned="script"&lt;/script&gt;'
    );
    expect(dom).toContain('\\u202eevil\\x07&lt;!--');
    // Only the page's own four scripts exist: chart data, live settings (null here), uPlot, client.
    expect(html.match(/<script/g)).toHaveLength(4);
  });
});

describe('the inlined uPlot', () => {
  test('is the installed package (scripts/generate-dashboard-vendor.mjs --check)', () => {
    const result = spawnSync(process.execPath, [path.join(ROOT, 'scripts/generate-dashboard-vendor.mjs'), '--check'], {
      cwd: ROOT,
      encoding: 'utf8'
    });
    expect({ status: result.status, stderr: result.stderr }).toEqual({ status: 0, stderr: '' });
  });

  test('a rolling window ends now: no projection, and the date the oldest spending in it leaves', () => {
    const days = 90;
    const html = renderDashboard(SAMPLE, {
      nowMs: NOW_MS,
      budget: { name: 'rolling', window: { kind: 'days', days }, energyKWh: 5000 }
    });
    const want = expected(SAMPLE);
    const startMs = NOW_MS - days * 86_400_000;
    const inWindow = want.counted.filter((r) => Date.parse(r.spentAt) >= startMs);
    const oldestMs = Math.min(...inWindow.map((r) => Date.parse(r.spentAt)));
    const leaves = new Date(oldestMs + days * 86_400_000).toISOString().slice(0, 10);
    expect(byId(html, 'window-oldest-leaves').text).toBe(leaves);
    expect(attr(byId(html, 'window-spent-kwh').tag, 'kwh')).toBeCloseTo(
      inWindow.reduce((a, r) => a + r.energyKWh, 0),
      9
    );
    expect(html).not.toContain('window-projected');
    expect(byId(html, 'window-bounds').text).toContain('rolling: ends now');
  });

  test('a page without a budget or records still renders', () => {
    const html = renderDashboard([], { nowMs: NOW_MS });
    expect(html).toContain('id="total-runs">0<');
    expect(html).toContain('No window budget was given');
  });
});
