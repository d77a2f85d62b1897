/**
 * The CLI's logic: parses the command line and runs the command, returning the exit code. It takes
 * its streams, folder and environment as a `CliIo`, so tests call it in-process with fakes. The
 * commands' modules (check.ts for `check` and `model-card`, ledger.ts) are imported when their
 * command runs: help and usage errors never load the analysis, and a `ledger` never loads `check`'s.
 */
import { TOOL_VERSION as VERSION } from '../core/version.js';
import { parseCliArgs } from './args.js';
import { EXIT } from './exit.js';
import { HELP_HINT, helpText } from './help.js';
import { cliSecrets, safeStreams, type SafeStreams } from './output.js';

/** What the CLI needs from its process; tests pass fakes. */
export interface CliIo {
  /** Writes to standard output (the report). */
  stdout: (text: string) => void;
  /** Writes to standard error (diagnostics, usage errors). */
  stderr: (text: string) => void;
  /** Folder that relative paths start from. */
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  /** True when standard output is a terminal. */
  isTTY: boolean;
  /**
   * Calls `handler` when the process receives one of `signals` (instead of their default action)
   * until the returned function is called; `record` forwards them to its command. Absent: signals
   * keep their default action.
   */
  onSignals?: (signals: readonly NodeJS.Signals[], handler: (signal: NodeJS.Signals) => void) => () => void;
}

/**
 * Runs `carbon-gate` with `argv` (arguments after the script name) and returns the exit code.
 * Never throws: an unexpected error becomes a one-line message and exit code 2.
 */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  // Every write goes through the sanitising streams (src/cli/output.ts), from the first one.
  const out = safeStreams(io, { secrets: cliSecrets(io.env) });
  try {
    return await run(argv, io, out);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    out.line(`carbon-gate: internal error: ${message.split('\n')[0]} (this is a bug; please report it)`);
    return EXIT.invalid;
  }
}

async function run(argv: readonly string[], io: CliIo, out: SafeStreams): Promise<number> {
  // `record` has flags of its own, and everything after its command is the command's (its
  // `--help` too), so it is routed before anything else reads the line.
  if (argv[0] === 'record') return (await import('./record.js')).recordCommand(argv.slice(1), io, out);
  // `ledger` has flags of its own (src/cli/ledger.ts); the clock is read here, in the adapter.
  if (argv[0] === 'ledger' && !argv.includes('--help') && !argv.includes('-h'))
    return (await import('./ledger.js')).ledgerCommand(argv.slice(1), io, out, Date.now());
  const parsed = parseCliArgs(argv);
  switch (parsed.kind) {
    case 'help':
      out.stdout(helpText());
      return EXIT.ok;
    case 'version':
      out.stdout(`carbon-gate ${VERSION}\n`);
      return EXIT.ok;
    case 'usage-error':
      for (const error of parsed.errors) out.line(`carbon-gate: ${error}`);
      out.line(HELP_HINT);
      return EXIT.invalid;
    case 'check':
      return (await import('./check.js')).check(parsed.options, io);
    case 'model-card':
      return (await import('./check.js')).modelCard(parsed.card, parsed.options, io);
  }
}
