/**
 * The entry of the script the dashboard page runs to redraw from the ledger's shards (bundled and
 * minified by scripts/generate-dashboard-live.mjs into live.generated.ts, which the page inlines).
 * It defines one global, `carbonGateLedger.contentFromShards`, that client.ts calls with the shard
 * texts it fetched: the same parser, chain check and content renderer the writer used, so the page
 * shows what `carbon-gate ledger` would print for those shards. Not imported by the bundles.
 */
import { formatDiagnostic } from '../../diagnostics.js';
import { parseLedger } from '../../ledger/parse.js';
import { verifyLedger } from '../../ledger/verify.js';
import { dashboardContent, type DashboardContent, type DashboardOptions } from './main.js';

/** The shards fetched, each with its path, e.g. `ledger/2026-11.jsonl`. */
interface FetchedShard {
  file: string;
  text: string;
}

/**
 * The page's content from the fetched shards. Records that parse are shown; a line that does not
 * parse, or a broken chain, is stated above the figures rather than hiding them all.
 */
function contentFromShards(shards: readonly FetchedShard[], options: DashboardOptions): DashboardContent {
  const parsed = parseLedger(shards.map((s) => ({ file: s.file, text: s.text })));
  const verified = verifyLedger(parsed);
  const first = verified.diagnostics[0];
  const warning = verified.ok
    ? undefined
    : `The ledger does not verify${first ? ` (${formatDiagnostic(first)})` : ''}; the figures are of the records that parse. Run \`carbon-gate ledger verify\`.`;
  return dashboardContent(
    parsed.entries.map((e) => e.record),
    options,
    { kind: 'shards', ...(warning === undefined ? {} : { warning }) }
  );
}

(globalThis as unknown as { carbonGateLedger: unknown }).carbonGateLedger = { contentFromShards };
