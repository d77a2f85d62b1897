/**
 * Builds ledger shards for tests independently of the core's writer: lines are written by hand in
 * the format's key order and chained with node:crypto's SHA-256, so a test that reads them checks
 * the core against a second implementation.
 */
import { createHash } from 'node:crypto';
import type { LedgerRecord } from '../../../src/core/ledger/record.js';

/** node:crypto's SHA-256 hex of a string's UTF-8 bytes. */
export function sha(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** A record's fields a test sets; the rest take plain defaults. */
export interface Spend {
  run: string;
  spentAt: string;
  emissionsKg: number;
  energyKWh?: number;
  manifest?: string;
  recordedAt?: string;
  method?: 'estimated' | 'measured';
  estimateOf?: string | null;
  workflowRunId?: number;
  commit?: string;
}

/** The id as the format defines it, computed here with node:crypto. */
export function idOf(s: Spend): string {
  const commit = s.commit ?? 'a'.repeat(40);
  return sha(`acme/models\n${commit}\n${s.workflowRunId ?? 1}\n${s.manifest ?? 'train/carbon.yml'}\n${s.run}`);
}

/** A record (prev left empty: {@link chain} sets it). */
export function record(s: Spend): LedgerRecord {
  return {
    v: 1,
    id: idOf(s),
    prev: '',
    repo: 'acme/models',
    commit: s.commit ?? 'a'.repeat(40),
    pr: 3,
    workflowRun: { id: s.workflowRunId ?? 1, attempt: 1 },
    event: 'push',
    manifest: s.manifest ?? 'train/carbon.yml',
    run: s.run,
    method: s.method ?? 'estimated',
    energyKWh: s.energyKWh ?? s.emissionsKg * 2,
    emissionsKg: s.emissionsKg,
    intensityGPerKWh: 500,
    intensitySource: 'declared',
    pue: 1.2,
    dataVersion: '0.0.0-test',
    spentAt: s.spentAt,
    recordedAt: s.recordedAt ?? s.spentAt,
    estimateOf: s.estimateOf ?? null
  };
}

/** The line of a record, keys in the format's order, written out by hand. */
export function lineOf(r: LedgerRecord): string {
  const run = r.workflowRun === null ? 'null' : `{"id":${r.workflowRun.id},"attempt":${r.workflowRun.attempt}}`;
  return (
    `{"v":1,"id":"${r.id}","prev":"${r.prev}","repo":${JSON.stringify(r.repo)},"commit":"${r.commit}",` +
    `"pr":${r.pr === null ? 'null' : r.pr},"workflowRun":${run},"event":"${r.event}",` +
    `"manifest":${JSON.stringify(r.manifest)},"run":${JSON.stringify(r.run)},"method":"${r.method}",` +
    `"energyKWh":${r.energyKWh},"emissionsKg":${r.emissionsKg},"intensityGPerKWh":${r.intensityGPerKWh},` +
    `"intensitySource":${JSON.stringify(r.intensitySource)},"pue":${r.pue},"dataVersion":${JSON.stringify(r.dataVersion)},` +
    `"spentAt":"${r.spentAt}","recordedAt":"${r.recordedAt}","estimateOf":${r.estimateOf === null ? 'null' : `"${r.estimateOf}"`}}`
  );
}

/** Chains records in order and files them into shards by their `recordedAt` month. */
export function chain(spends: readonly Spend[]): { file: string; text: string }[] {
  const shards = new Map<string, string>();
  let prev = '';
  for (const s of spends) {
    const r = { ...record(s), prev };
    const line = lineOf(r);
    prev = sha(line);
    const file = `ledger/${r.recordedAt.slice(0, 7)}.jsonl`;
    shards.set(file, (shards.get(file) ?? '') + line + '\n');
  }
  return [...shards].map(([file, text]) => ({ file, text }));
}
