import { createHash } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import {
  RECORD_KEYS,
  ledgerRecordId,
  recordHash,
  serializeRecord,
  sha256Hex,
  shardPathFor,
  type LedgerRecord
} from '../../../src/core/ledger/record.js';

/** Node's own SHA-256, as the independent reference for the core's pure one. */
function nodeSha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

const record: LedgerRecord = {
  v: 1,
  id: 'a'.repeat(64),
  prev: '',
  repo: 'acme/models',
  commit: 'b'.repeat(40),
  pr: 12,
  workflowRun: { id: 99, attempt: 2 },
  event: 'push',
  manifest: 'train/carbon.yml',
  run: 'pretrain',
  method: 'estimated',
  energyKWh: 1.5,
  emissionsKg: 0.6,
  intensityGPerKWh: 400,
  intensitySource: 'ember:DE:2023',
  pue: 1.1,
  dataVersion: '1.0.0',
  spentAt: '2026-11-30T23:59:59Z',
  recordedAt: '2026-12-01T00:00:01Z',
  estimateOf: null
};

describe('sha256Hex', () => {
  it.each([
    '',
    'abc',
    'a'.repeat(55),
    'a'.repeat(56),
    'a'.repeat(64),
    'a'.repeat(1000),
    'Grüße, 東京 🌍',
    'line\nwith\nnewlines'
  ])('agrees with node:crypto for %j', (text) => {
    expect(sha256Hex(text)).toBe(nodeSha256(text));
  });
});

describe('serializeRecord', () => {
  it('writes the keys in the format order whatever the object order', () => {
    const shuffled = Object.fromEntries(Object.entries(record).reverse()) as unknown as LedgerRecord;
    const line = serializeRecord({ ...shuffled, workflowRun: { attempt: 2, id: 99 } });
    expect(Object.keys(JSON.parse(line) as object)).toEqual([...RECORD_KEYS]);
    expect(line).toBe(serializeRecord(record));
    expect(line).toContain('"workflowRun":{"id":99,"attempt":2}');
    expect(line).not.toContain('\n');
    expect(JSON.parse(line)).toEqual(record);
  });

  it('hashes the exact line bytes', () => {
    const line = serializeRecord(record);
    expect(recordHash(line)).toBe(nodeSha256(line));
  });
});

describe('ledgerRecordId', () => {
  it('hashes repo, commit, workflow run id, manifest and run joined by newlines', () => {
    const parts = { repo: 'acme/models', commit: 'c'.repeat(40), workflowRunId: 7, manifest: 'a.yml', run: 'r' };
    expect(ledgerRecordId(parts)).toBe(nodeSha256(`acme/models\n${'c'.repeat(40)}\n7\na.yml\nr`));
    expect(ledgerRecordId({ ...parts, workflowRunId: null })).toBe(
      nodeSha256(`acme/models\n${'c'.repeat(40)}\n\na.yml\nr`)
    );
  });
});

describe('shardPathFor', () => {
  it('names the UTC month of recordedAt', () => {
    expect(shardPathFor('2026-12-01T00:00:01Z')).toBe('ledger/2026-12.jsonl');
  });
});
