/**
 * `carbon-gate ledger`: the carbon ledger read from a folder or a git branch (src/io/ledger.ts),
 * summarised (totals per window and month, largest runs, estimate vs measured, the policy's window
 * budgets), verified (`ledger verify`, exit 1 on a broken chain), or drawn (`ledger dashboard
 * --out DIR`, one static index.html). Its flags are its own: none of check's apply.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parseConfig } from '../core/config.js';
import { formatDiagnostic, sortDiagnostics } from '../core/diagnostics.js';
import { parseLedger } from '../core/ledger/parse.js';
import { verifyLedger } from '../core/ledger/verify.js';
import { summarizeLedger, windowBudgetStatus } from '../core/ledger/summary.js';
import type { BudgetRule, LedgerInput, Policy } from '../core/model.js';
import { DEFAULT_LEDGER_BRANCH } from '../core/policy/parse.js';
import { renderDashboard, type DashboardOptions } from '../core/render/dashboard/index.js';
import { dashboardBudget } from '../core/render/dashboard/summary.js';
import { LEDGER_FORMATS, renderLedger, type LedgerFormat } from '../core/render/ledger.js';
import { closestNames, didYouMean } from '../core/suggest.js';
import { readLedgerBranch, readLedgerFolder } from '../io/ledger.js';
import { OPTIONS } from '../io/options.js';
import { readOptionalTextFile, readTextFile } from '../io/read.js';
import { writeTextFile } from '../io/write.js';
import type { CliIo } from './main.js';
import type { SafeStreams } from './output.js';

/** `ledger`'s subcommands; none: the summary. */
const SUBCOMMANDS = ['verify', 'dashboard'] as const;

/** The flags `ledger` takes. */
const FLAGS = {
  branch: { type: 'string' },
  format: { type: 'string' },
  config: { type: 'string' },
  now: { type: 'string' },
  out: { type: 'string' }
} as const;

type Flag = keyof typeof FLAGS;

/** The usage line, for errors. */
const LEDGER_USAGE =
  'carbon-gate ledger [PATH | --branch NAME] [--format text|markdown|json|csv] [--config FILE] [--now TIME]\n' +
  '       carbon-gate ledger verify [PATH | --branch NAME]\n' +
  '       carbon-gate ledger dashboard --out DIR [PATH | --branch NAME] [--config FILE] [--now TIME]';

/** What the `ledger` command line asks for. */
interface LedgerArgs {
  sub: 'summary' | (typeof SUBCOMMANDS)[number];
  path?: string;
  branch?: string;
  format: LedgerFormat;
  config?: string;
  nowMs?: number;
  out?: string;
}

/** Parses the arguments after `ledger`; every mistake is listed. */
function parseLedgerArgs(argv: readonly string[]): LedgerArgs | { errors: string[] } {
  const { tokens } = parseArgs({
    args: [...argv],
    options: FLAGS,
    allowPositionals: true,
    strict: false,
    tokens: true
  });
  const errors: string[] = [];
  const values: Partial<Record<Flag, string>> = {};
  const positionals: string[] = [];
  for (const token of tokens) {
    if (token.kind === 'positional') positionals.push(token.value);
    if (token.kind !== 'option') continue;
    if (!(token.name in FLAGS)) {
      errors.push(
        `Unknown option '${token.rawName}' for 'carbon-gate ledger'.${didYouMean(closestNames(token.name, Object.keys(FLAGS), 1).map((k) => `--${k}`))}`
      );
      continue;
    }
    const value = token.value;
    if (value === undefined || value.trim() === '' || (!token.inlineValue && value.startsWith('-'))) {
      errors.push(`Option '--${token.name}' needs a value.`);
      continue;
    }
    values[token.name as Flag] = value;
  }
  let sub: LedgerArgs['sub'] = 'summary';
  if (positionals[0] !== undefined && (SUBCOMMANDS as readonly string[]).includes(positionals[0])) {
    sub = positionals.shift() as LedgerArgs['sub'];
  }
  if (positionals.length > 1)
    errors.push(`Expected at most one PATH (a folder holding ledger/*.jsonl), got ${positionals.length}.`);
  const folder = positionals[0];
  if (folder !== undefined && values.branch !== undefined) errors.push('Give a PATH or --branch, not both.');
  const format = values.format ?? 'text';
  if (!(LEDGER_FORMATS as readonly string[]).includes(format))
    errors.push(
      `Unknown format '${format}': expected one of ${LEDGER_FORMATS.join(', ')}.${didYouMean(closestNames(format, LEDGER_FORMATS))}`
    );
  if (sub !== 'summary' && values.format !== undefined)
    errors.push(`Option '--format' applies to 'carbon-gate ledger' only, not 'ledger ${sub}'.`);
  if (sub === 'dashboard' && values.out === undefined)
    errors.push("'carbon-gate ledger dashboard' needs --out DIR (the folder index.html is written to).");
  if (sub !== 'dashboard' && values.out !== undefined)
    errors.push("Option '--out' applies to 'carbon-gate ledger dashboard' only.");
  let nowMs: number | undefined;
  if (values.now !== undefined) {
    nowMs = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?Z)?$/.test(values.now) ? Date.parse(values.now) : NaN;
    if (!Number.isFinite(nowMs))
      errors.push(
        `Option '--now' needs a UTC time such as 2026-12-31T00:00:00Z or a date such as 2026-12-31, got '${values.now}'.`
      );
  }
  if (errors.length > 0) return { errors };
  return {
    sub,
    format: format as LedgerFormat,
    ...(folder !== undefined ? { path: folder } : {}),
    ...(values.branch !== undefined ? { branch: values.branch } : {}),
    ...(values.config !== undefined ? { config: values.config } : {}),
    ...(nowMs !== undefined ? { nowMs } : {}),
    ...(values.out !== undefined ? { out: values.out } : {})
  };
}

/**
 * Runs `carbon-gate ledger ...` (the arguments after `ledger`). Exit codes: 0; 1 when `verify`
 * finds a broken ledger or a window budget is over; 2 for usage errors, an unreadable ledger or an
 * invalid policy file.
 */
export async function ledgerCommand(
  argv: readonly string[],
  io: CliIo,
  out: SafeStreams,
  nowMs: number
): Promise<number> {
  const args = parseLedgerArgs(argv);
  if ('errors' in args) {
    for (const error of args.errors) out.line(`carbon-gate: ${error}`);
    out.line(`Usage: ${LEDGER_USAGE}`);
    return 2;
  }
  const policy = await readPolicy(args.config, io, out);
  if (policy === 'invalid') return 2;
  const input = await readLedger(args, policy, io);
  if ('unreadable' in input) {
    out.line(`carbon-gate: ledger/unreadable: ${input.unreadable}`);
    return 2;
  }
  const parsed = parseLedger(input.shards);
  const verified = verifyLedger(parsed);
  for (const d of sortDiagnostics(verified.diagnostics)) out.line(formatDiagnostic(d));
  if (args.sub === 'verify') {
    if (input.shards.length === 0) {
      out.line(`carbon-gate: ledger/missing: no ledger shards in ${input.source}`);
      return 2;
    }
    out.line(
      verified.ok
        ? `carbon-gate: ledger verified: ${verified.records} records in ${verified.shards} shards (${input.source}), chain intact, tip ${verified.tipHash.slice(0, 12)}`
        : `carbon-gate: ledger does NOT verify (${input.source}): see the problems above`
    );
    return verified.ok ? 0 : 1;
  }
  if (!verified.ok)
    out.line(
      `carbon-gate: warning: the ledger does not verify (run 'carbon-gate ledger verify'); totals below are of the records that parse`
    );
  const records = parsed.entries.map((e) => e.record);
  const now = args.nowMs ?? nowMs;
  const windowRules = (policy?.budgets ?? []).filter((r): r is BudgetRule => r.scope === 'window');
  if (args.sub === 'dashboard') {
    const budget = dashboardBudget(windowRules);
    const options: DashboardOptions = { nowMs: now, ...(budget ? { budget } : {}) };
    const html = renderDashboard(records, options);
    const file = path.join(args.out as string, 'index.html');
    const problems = await writeTextFile(file, html, { baseDir: io.cwd });
    for (const d of problems) out.line(formatDiagnostic(d));
    if (problems.length > 0) return 2;
    out.line(`carbon-gate: dashboard of ${records.length} records written to ${file}`);
    return 0;
  }
  const budgets = windowBudgetStatus(windowRules, records, now);
  out.stdout(renderLedger({ summary: summarizeLedger(records, now), budgets, source: input.source }, args.format));
  return budgets.some((b) => b.status === 'fail') ? 1 : 0;
}

/** The policy file (`--config`, else the default path where it exists); `undefined` when there is none. */
async function readPolicy(
  config: string | undefined,
  io: CliIo,
  out: SafeStreams
): Promise<Policy | undefined | 'invalid'> {
  const file = config ?? OPTIONS.config.default;
  // A named config must exist; the default one need not.
  const read = await (config === undefined ? readOptionalTextFile : readTextFile)(file, {
    baseDir: io.cwd,
    what: 'config file'
  });
  if (!read.input) {
    if (config === undefined && read.diagnostics.length === 0) return undefined;
    for (const d of read.diagnostics) out.line(formatDiagnostic(d));
    return read.diagnostics.length > 0 ? 'invalid' : undefined;
  }
  const parsed = parseConfig(read.input.file, read.input.text);
  for (const d of sortDiagnostics(parsed.diagnostics)) out.line(formatDiagnostic(d));
  if (!parsed.config) return 'invalid';
  return parsed.config.policy;
}

/** The shards from PATH, else from --branch, else from the policy's ledger branch (default carbon-ledger). */
function readLedger(args: LedgerArgs, policy: Policy | undefined, io: CliIo): Promise<LedgerInput> {
  if (args.path !== undefined) return readLedgerFolder(args.path, io.cwd);
  return readLedgerBranch(args.branch ?? policy?.ledger?.branch ?? DEFAULT_LEDGER_BRANCH, io.cwd);
}
