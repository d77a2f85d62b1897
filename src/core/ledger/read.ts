/**
 * The ledger as window budgets see it: the adapter's {@link LedgerInput} parsed and verified. A
 * ledger that does not verify is unreadable for budgets: a tampered or broken chain must not be
 * judged against (it could undercount), and `carbon-gate ledger verify` says where it breaks.
 */
import { formatDiagnostic, type Diagnostic } from '../diagnostics.js';
import type { LedgerInput } from '../model.js';
import { parseLedger } from './parse.js';
import type { LedgerRecord } from './record.js';
import { verifyLedger } from './verify.js';

/** The ledger's state for budgets. */
export type LedgerState =
  | { kind: 'read'; records: LedgerRecord[]; source: string }
  | { kind: 'missing'; reason: string }
  | { kind: 'unreadable'; reason: string; diagnostics: Diagnostic[] }
  | { kind: 'not-read' };

/** Parses and verifies the adapter's ledger; `undefined` (the adapter read none) is `not-read`. */
export function readLedgerState(input: LedgerInput | undefined): LedgerState {
  if (input === undefined) return { kind: 'not-read' };
  if ('unreadable' in input) return { kind: 'unreadable', reason: input.unreadable, diagnostics: [] };
  if (input.shards.length === 0) return { kind: 'missing', reason: `no ledger shards in ${input.source}` };
  const parsed = parseLedger(input.shards);
  const verified = verifyLedger(parsed);
  if (!verified.ok) {
    const errors = verified.diagnostics.filter((d) => d.severity === 'error');
    const first = errors[0];
    const more = errors.length > 1 ? ` (and ${errors.length - 1} more problems)` : '';
    return {
      kind: 'unreadable',
      reason: `the ledger in ${input.source} does not verify: ${first ? formatDiagnostic(first) : 'unknown problem'}${more}`,
      diagnostics: verified.diagnostics
    };
  }
  return { kind: 'read', records: parsed.entries.map((e) => e.record), source: input.source };
}
