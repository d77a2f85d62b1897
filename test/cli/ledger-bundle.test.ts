/**
 * `carbon-gate ledger` through the built CLI bundle (dist/cli/index.js) as a subprocess: a ledger
 * chained in the test verifies, a tampered copy does not (exit 1, the line named), and the JSON
 * totals are the test's own sums.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { chain, type Spend } from '../core/ledger/support.js';

const cliBundle = path.join(process.cwd(), 'dist/cli/index.js');
const dir = mkdtempSync(path.join(tmpdir(), 'carbon-gate-ledger-bundle-'));

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const SPENDS: Spend[] = [
  { run: 'one', spentAt: '2026-10-05T00:00:00Z', emissionsKg: 12.5 },
  { run: 'two', spentAt: '2026-11-06T00:00:00Z', emissionsKg: 7.25 }
];

function writeLedger(folder: string, tamper: boolean): void {
  for (const shard of chain(SPENDS)) {
    const file = path.join(dir, folder, shard.file);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, tamper ? shard.text.replace('"emissionsKg":12.5', '"emissionsKg":1.5') : shard.text);
  }
}

function cli(args: string[]) {
  return spawnSync(process.execPath, [cliBundle, ...args], {
    cwd: dir,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '' }
  });
}

describe('dist/cli/index.js ledger', () => {
  it('verifies an intact ledger and prints its totals', () => {
    writeLedger('good', false);
    const verified = cli(['ledger', 'verify', 'good']);
    expect(verified.stderr).toContain('ledger verified: 2 records in 2 shards');
    expect(verified.status).toBe(0);
    const json = cli(['ledger', 'good', '--format', 'json', '--now', '2026-12-01']);
    expect(json.status).toBe(0);
    expect((JSON.parse(json.stdout) as { total: { emissionsKg: number } }).total.emissionsKg).toBe(12.5 + 7.25);
  });

  it('fails a tampered shard, naming the line after the edit', () => {
    writeLedger('bad', true);
    const verified = cli(['ledger', 'verify', 'bad']);
    expect(verified.status).toBe(1);
    expect(verified.stderr).toMatch(/ledger\/2026-11\.jsonl:1:\d+: error ledger\/broken-chain/);
  });
});
