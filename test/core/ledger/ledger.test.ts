import { describe, expect, it } from '@jest/globals';
import { appendRecords, appendToShards } from '../../../src/core/ledger/append.js';
import { parseLedger } from '../../../src/core/ledger/parse.js';
import { summarizeLedger } from '../../../src/core/ledger/summary.js';
import { verifyLedger } from '../../../src/core/ledger/verify.js';
import { parseWindow, windowBounds, windowSpend } from '../../../src/core/ledger/window.js';
import { chain, idOf, lineOf, record, sha, type Spend } from './support.js';

const DAY = 86_400_000;

const spends: Spend[] = [
  { run: 'a', spentAt: '2026-09-15T10:00:00Z', emissionsKg: 100 },
  { run: 'b', spentAt: '2026-10-01T00:00:00Z', emissionsKg: 40 },
  { run: 'c', spentAt: '2026-11-30T23:59:59Z', emissionsKg: 7.5 },
  { run: 'd', spentAt: '2026-12-01T00:00:00Z', emissionsKg: 2.25 }
];

describe('parse and verify', () => {
  it('reads a chained ledger whatever order the shards come in', () => {
    const shards = chain(spends).reverse();
    const parsed = parseLedger(shards);
    expect(parsed.diagnostics).toEqual([]);
    expect(parsed.entries.map((e) => e.record.run)).toEqual(['a', 'b', 'c', 'd']);
    const verified = verifyLedger(parsed);
    expect(verified.diagnostics).toEqual([]);
    expect(verified.ok).toBe(true);
    const lastLine = shards[0]!.text.trimEnd().split('\n').at(-1)!;
    expect(verified.tipHash).toBe(sha(lastLine));
  });

  it('names the line after a tampered one (its prev no longer matches)', () => {
    const shards = chain([...spends.slice(0, 3), { run: 'e', spentAt: '2026-11-02T00:00:00Z', emissionsKg: 1 }]);
    const november = shards.find((s) => s.file === 'ledger/2026-11.jsonl')!;
    // Lower run c's emissions by hand: the line still parses and is canonical, but run e's prev breaks.
    november.text = november.text.replace('"emissionsKg":7.5', '"emissionsKg":0.5');
    const verified = verifyLedger(parseLedger(shards));
    expect(verified.ok).toBe(false);
    const broken = verified.diagnostics.filter((d) => d.code === 'ledger/broken-chain');
    expect(broken.map((d) => [d.file, d.line])).toEqual([['ledger/2026-11.jsonl', 2]]);
    expect(broken[0]!.column).toBe(november.text.split('\n')[1]!.indexOf('"prev":') + 1);
  });

  it('finds a removed record, a duplicate id, a wrong shard and a non-canonical line', () => {
    const shards = chain(spends);
    const oct = shards.find((s) => s.file === 'ledger/2026-10.jsonl')!;
    oct.text = '';
    const removed = verifyLedger(parseLedger(shards));
    expect(removed.diagnostics.map((d) => [d.code, d.file, d.line])).toEqual([
      ['ledger/broken-chain', 'ledger/2026-11.jsonl', 1]
    ]);

    const dup = chain([spends[0]!, spends[0]!]);
    expect(verifyLedger(parseLedger(dup)).diagnostics.map((d) => [d.code, d.line])).toEqual([
      ['ledger/duplicate-id', 2]
    ]);

    const moved = chain([spends[0]!]);
    moved[0]!.file = 'ledger/2026-08.jsonl';
    expect(verifyLedger(parseLedger(moved)).diagnostics.map((d) => d.code)).toEqual(['ledger/wrong-shard']);

    const spaced = chain([spends[0]!]);
    spaced[0]!.text = spaced[0]!.text.replace('{"v":1,', '{"v": 1,');
    expect(verifyLedger(parseLedger(spaced)).diagnostics.map((d) => [d.code, d.column])).toEqual([
      ['ledger/not-canonical', 6]
    ]);
  });

  it('reports hostile lines at their place and leaves them out', () => {
    const good = lineOf({ ...record(spends[0]!), prev: '' });
    const badEnergy = good.replace('"energyKWh":200', '"energyKWh":-1');
    const parsed = parseLedger([
      { file: 'ledger/2026-09.jsonl', text: `${good}\nnot json\n${badEnergy}\n[1]\n\n` },
      { file: 'ledger/notes.txt', text: 'hello' }
    ]);
    expect(parsed.entries).toHaveLength(1);
    expect(parsed.diagnostics.map((d) => [d.code, d.file, d.line, d.column])).toEqual([
      ['ledger/bad-shard-name', 'ledger/notes.txt', undefined, undefined],
      ['ledger/bad-json', 'ledger/2026-09.jsonl', 2, 1],
      ['ledger/bad-record', 'ledger/2026-09.jsonl', 3, badEnergy.indexOf('"energyKWh":') + 1],
      ['ledger/bad-record', 'ledger/2026-09.jsonl', 4, 1],
      ['ledger/bad-json', 'ledger/2026-09.jsonl', 5, 1]
    ]);
    expect(parsed.diagnostics[2]!.message).toContain('`energyKWh`: expected a number of kWh, 0 or more, got "-1"');
  });
});

describe('append', () => {
  it('chains new records after the tip, drops present and repeated ids, and splits by month', () => {
    const shards = chain(spends.slice(0, 2));
    const verified = verifyLedger(parseLedger(shards));
    const present = new Set([idOf(spends[1]!)]);
    const fresh = [spends[1]!, spends[2]!, spends[3]!, spends[3]!].map((s) => {
      const { prev: _prev, ...rest } = record(s);
      return rest;
    });
    const result = appendRecords(verified.tipHash, present, fresh);
    expect(result.skippedIds).toEqual([idOf(spends[1]!), idOf(spends[3]!)]);
    expect(result.lines.map((l) => l.shard)).toEqual(['ledger/2026-11.jsonl', 'ledger/2026-12.jsonl']);
    // The same shards as chaining all four by hand.
    const expected = chain(spends);
    const texts = appendToShards(new Map(shards.map((s) => [s.file, s.text])), result.lines);
    expect([...texts]).toEqual(expected.slice(2).map((s) => [s.file, s.text]));
    const all = [...shards, ...[...texts].map(([file, text]) => ({ file, text }))];
    expect(verifyLedger(parseLedger(all)).ok).toBe(true);
    expect(result.tipHash).toBe(sha(expected[3]!.text.trimEnd()));
  });

  it('adds nothing on a re-run', () => {
    const shards = chain(spends);
    const verified = verifyLedger(parseLedger(shards));
    const ids = new Set(parseLedger(shards).entries.map((e) => e.record.id));
    const again = spends.map((s) => {
      const { prev: _prev, ...rest } = record(s);
      return rest;
    });
    const result = appendRecords(verified.tipHash, ids, again);
    expect(result.lines).toEqual([]);
    expect(result.tipHash).toBe(verified.tipHash);
  });
});

describe('windows', () => {
  const records = spends.map(record);
  const now = Date.parse('2026-12-10T12:00:00Z');

  it('reads the window names', () => {
    expect(parseWindow('90d')).toEqual({ kind: 'days', days: 90 });
    expect(parseWindow('quarter')).toEqual({ kind: 'quarter' });
    for (const bad of ['0d', '90', 'd', '9999d', 'week', '1.5d']) expect(parseWindow(bad)).toBeUndefined();
  });

  it('30d: the 30 days ending now', () => {
    // Starts 2026-11-10T12:00Z: c (Nov 30) and d (Dec 1) are in; a and b are older.
    const spend = windowSpend(records, { kind: 'days', days: 30 }, now);
    expect(spend.bounds.startMs).toBe(now - 30 * DAY);
    expect(spend.emissionsKg).toBe(7.5 + 2.25);
    expect(spend.records).toBe(2);
    expect(spend.oldestLeavesMs).toBe(Date.parse('2026-11-30T23:59:59Z') + 30 * DAY);
  });

  it('90d: starts 2026-09-11T12:00Z, so all four count; the oldest leaves 90 days after it was spent', () => {
    const spend = windowSpend(records, { kind: 'days', days: 90 }, now);
    expect(new Date(spend.bounds.startMs).toISOString()).toBe('2026-09-11T12:00:00.000Z');
    expect(spend.emissionsKg).toBe(100 + 40 + 7.5 + 2.25);
    expect(new Date(spend.oldestLeavesMs!).toISOString()).toBe('2026-12-14T10:00:00.000Z');
  });

  it('a rolling window includes a spend exactly at its start', () => {
    const atStart = windowSpend(records, { kind: 'days', days: 1 }, Date.parse('2026-12-02T00:00:00Z'));
    expect(atStart.emissionsKg).toBe(2.25);
  });

  it('month: from the first instant of the UTC month, all of it leaving at the month end', () => {
    const spend = windowSpend(records, { kind: 'month' }, now);
    expect(spend.emissionsKg).toBe(2.25);
    expect(new Date(spend.oldestLeavesMs!).toISOString()).toBe('2027-01-01T00:00:00.000Z');
    // One second before December, November's last spend (c) is in its month.
    const late = windowSpend(records, { kind: 'month' }, Date.parse('2026-11-30T23:59:59.999Z'));
    expect(late.emissionsKg).toBe(7.5);
  });

  it('quarter: Q4 starts 1 October (b spent at its first instant counts); Q3 ends before it', () => {
    const q4 = windowSpend(records, { kind: 'quarter' }, now);
    expect(new Date(q4.bounds.startMs).toISOString()).toBe('2026-10-01T00:00:00.000Z');
    expect(q4.emissionsKg).toBe(40 + 7.5 + 2.25);
    expect(new Date(q4.bounds.endMs).toISOString()).toBe('2027-01-01T00:00:00.000Z');
    const q3 = windowSpend(records, { kind: 'quarter' }, Date.parse('2026-09-30T23:59:59Z'));
    expect(q3.emissionsKg).toBe(100);
    expect(windowBounds({ kind: 'quarter' }, Date.parse('2026-02-15T00:00:00Z')).startMs).toBe(Date.UTC(2026, 0, 1));
  });

  it('selects by paths and does not count a reconciled estimate twice', () => {
    const estimate = record({ run: 'x', spentAt: '2026-12-05T00:00:00Z', emissionsKg: 10, manifest: 'llm/carbon.yml' });
    const measured = record({
      run: 'x',
      spentAt: '2026-12-06T00:00:00Z',
      emissionsKg: 12,
      manifest: 'llm/carbon.yml',
      method: 'measured',
      estimateOf: estimate.id,
      workflowRunId: 2
    });
    const all = [...records, estimate, measured];
    expect(windowSpend(all, { kind: 'month' }, now, ['llm/**']).emissionsKg).toBe(12);
    expect(windowSpend(all, { kind: 'month' }, now).emissionsKg).toBe(2.25 + 12);
    const summary = summarizeLedger(all, now);
    expect(summary.total.emissionsKg).toBe(100 + 40 + 7.5 + 2.25 + 12);
    expect(summary.pairs).toEqual([
      expect.objectContaining({ run: 'x', estimatedKg: 10, measuredKg: 12, ratio: 12 / 10 })
    ]);
    expect(summary.months.map((m) => [m.month, m.emissionsKg])).toEqual([
      ['2026-09', 100],
      ['2026-10', 40],
      ['2026-11', 7.5],
      ['2026-12', 2.25 + 12]
    ]);
    expect(summary.largest.map((r) => r.run).slice(0, 3)).toEqual(['a', 'b', 'x']);
  });
});
