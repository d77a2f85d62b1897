/**
 * The ledger's record (version 1): one JSON object per line in `ledger/YYYY-MM.jsonl` on the ledger
 * branch. The key order is part of the format: the writer serialises in {@link RECORD_KEYS} order and
 * the chain hashes the exact line bytes, so two writers that agree on the values agree on the hash.
 * The core has no node:crypto (it does no I/O and stays portable), so SHA-256 is computed here in
 * plain TypeScript; it only hashes short lines, so speed does not matter.
 */

/** The record format's version; a reader rejects any other. */
export const LEDGER_RECORD_VERSION = 1;

/** The workflow run a record came from: its id and attempt number, as GitHub numbers them. */
export interface LedgerWorkflowRun {
  id: number;
  attempt: number;
}

/** Which event wrote the record. */
export type LedgerEvent = 'push' | 'workflow_run' | 'cli';

/** How the energy was obtained: declared in a manifest (`estimated`) or read from traces (`measured`). */
export type LedgerMethod = 'estimated' | 'measured';

/** One spent run in the ledger. Field order here is the serialised order (see {@link RECORD_KEYS}). */
export interface LedgerRecord {
  /** Format version, always 1. */
  v: 1;
  /** Idempotency key: {@link ledgerRecordId} of repo, commit, workflow run id, manifest and run. */
  id: string;
  /** SHA-256 hex of the previous record's line bytes (UTF-8, no newline); `""` for the first record. */
  prev: string;
  /** `owner/name`. */
  repo: string;
  /** The 40-hex commit the run belongs to. */
  commit: string;
  /** The pull request that brought the change, when known. */
  pr: number | null;
  /** The workflow run that wrote the record, or null (CLI). */
  workflowRun: LedgerWorkflowRun | null;
  event: LedgerEvent;
  /** Repository-relative path of the manifest that declares the run. */
  manifest: string;
  /** The run's name in the manifest. */
  run: string;
  method: LedgerMethod;
  energyKWh: number;
  emissionsKg: number;
  intensityGPerKWh: number;
  /** Where the intensity came from (a catalogue entry, a provider zone, a declared value). */
  intensitySource: string;
  pue: number;
  /** The carbon-gate version (and so catalogue data version) that computed the numbers. */
  dataVersion: string;
  /** ISO 8601 UTC: when the energy was spent (a measured run's last sample; else `recordedAt`). */
  spentAt: string;
  /** ISO 8601 UTC: when the record was written; its month names the shard. */
  recordedAt: string;
  /** The id of the estimated record this measured record reconciles, or null. */
  estimateOf: string | null;
}

/** The record's keys in serialised order; the hash chain depends on this order. */
export const RECORD_KEYS = [
  'v',
  'id',
  'prev',
  'repo',
  'commit',
  'pr',
  'workflowRun',
  'event',
  'manifest',
  'run',
  'method',
  'energyKWh',
  'emissionsKg',
  'intensityGPerKWh',
  'intensitySource',
  'pue',
  'dataVersion',
  'spentAt',
  'recordedAt',
  'estimateOf'
] as const satisfies readonly (keyof LedgerRecord)[];

/**
 * Serialises a record as one line (no newline) with keys in {@link RECORD_KEYS} order and
 * `workflowRun` as `{"id":…,"attempt":…}`, whatever order the object's own keys are in.
 */
export function serializeRecord(record: LedgerRecord): string {
  const parts = RECORD_KEYS.map((key) => {
    const value = key === 'workflowRun' ? workflowRunValue(record.workflowRun) : record[key];
    return `${JSON.stringify(key)}:${JSON.stringify(value)}`;
  });
  return `{${parts.join(',')}}`;
}

/** The nested object in fixed key order, so the line does not depend on how the caller built it. */
function workflowRunValue(run: LedgerWorkflowRun | null): LedgerWorkflowRun | null {
  return run === null ? null : { id: run.id, attempt: run.attempt };
}

/** What identifies a spent run: the same five values give the same id, so a re-run writes nothing new. */
export interface LedgerIdParts {
  repo: string;
  commit: string;
  /** The workflow run's id (not the attempt: a re-run attempt is the same spend); null for the CLI. */
  workflowRunId: number | null;
  manifest: string;
  run: string;
}

/** The idempotency key: SHA-256 hex of `${repo}\n${commit}\n${workflowRunId ?? ''}\n${manifest}\n${run}`. */
export function ledgerRecordId(parts: LedgerIdParts): string {
  const runId = parts.workflowRunId === null ? '' : String(parts.workflowRunId);
  return sha256Hex(`${parts.repo}\n${parts.commit}\n${runId}\n${parts.manifest}\n${parts.run}`);
}

/** The chain link: SHA-256 hex of a record's line bytes (UTF-8, without its newline). */
export function recordHash(line: string): string {
  return sha256Hex(line);
}

/** The round constants of SHA-256 (FIPS 180-4, section 4.2.2). */
const K = new Uint32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98,
  0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786,
  0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8,
  0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
  0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819,
  0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a,
  0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2
]);

/** SHA-256 of a string's UTF-8 bytes, as 64 lowercase hex digits. */
export function sha256Hex(text: string): string {
  const bytes = new TextEncoder().encode(text);
  // Padding: a 1 bit, zeros to 56 mod 64, then the bit length as a 64-bit big-endian number.
  const blocks = Math.ceil((bytes.length + 9) / 64);
  const padded = new Uint8Array(blocks * 64);
  padded.set(bytes);
  padded[bytes.length] = 0x80;
  const view = new DataView(padded.buffer);
  const bitLength = bytes.length * 8;
  view.setUint32(padded.length - 8, Math.floor(bitLength / 0x100000000));
  view.setUint32(padded.length - 4, bitLength >>> 0);

  const h = new Uint32Array([
    0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19
  ]);
  const w = new Uint32Array(64);
  for (let block = 0; block < blocks; block++) {
    for (let t = 0; t < 16; t++) w[t] = view.getUint32(block * 64 + t * 4);
    for (let t = 16; t < 64; t++) {
      const a = w[t - 15]!;
      const b = w[t - 2]!;
      const s0 = rotr(a, 7) ^ rotr(a, 18) ^ (a >>> 3);
      const s1 = rotr(b, 17) ^ rotr(b, 19) ^ (b >>> 10);
      w[t] = (w[t - 16]! + s0 + w[t - 7]! + s1) >>> 0;
    }
    let [a, b, c, d, e, f, g, hh] = [h[0]!, h[1]!, h[2]!, h[3]!, h[4]!, h[5]!, h[6]!, h[7]!];
    for (let t = 0; t < 64; t++) {
      const s1 = rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25);
      const ch = (e & f) ^ (~e & g);
      const t1 = (hh + s1 + ch + K[t]! + w[t]!) >>> 0;
      const s0 = rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22);
      const maj = (a & b) ^ (a & c) ^ (b & c);
      const t2 = (s0 + maj) >>> 0;
      hh = g;
      g = f;
      f = e;
      e = (d + t1) >>> 0;
      d = c;
      c = b;
      b = a;
      a = (t1 + t2) >>> 0;
    }
    h[0] = (h[0]! + a) >>> 0;
    h[1] = (h[1]! + b) >>> 0;
    h[2] = (h[2]! + c) >>> 0;
    h[3] = (h[3]! + d) >>> 0;
    h[4] = (h[4]! + e) >>> 0;
    h[5] = (h[5]! + f) >>> 0;
    h[6] = (h[6]! + g) >>> 0;
    h[7] = (h[7]! + hh) >>> 0;
  }
  return Array.from(h, (word) => word.toString(16).padStart(8, '0')).join('');
}

/** Rotates a 32-bit word right. */
function rotr(x: number, n: number): number {
  return (x >>> n) | (x << (32 - n));
}

/** The shard a record belongs in: `ledger/YYYY-MM.jsonl` for the UTC month of `recordedAt`. */
export function shardPathFor(recordedAt: string): string {
  return `ledger/${recordedAt.slice(0, 7)}.jsonl`;
}
