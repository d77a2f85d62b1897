/**
 * `carbon-gate check` and `carbon-gate model-card`: read the manifests, the config and the power
 * logs, run the core, and print or write the result. Loaded by main.ts only when one of these
 * commands runs, so `--help`, usage errors and `ledger` never load the analysis.
 */
import { realpath } from 'node:fs/promises';
import path from 'node:path';
import { analyze } from '../core/analyze.js';
import { formatDiagnostic, hasErrors, sortDiagnostics, type Diagnostic } from '../core/diagnostics.js';
import type { Report } from '../core/model.js';
import { renderJson } from '../core/render/json.js';
import { redactDeep } from '../core/render/redact.js';
import { attachBase } from '../io/base.js';
import { gitBaseSource, resolveGitBase } from '../io/git-base.js';
import { writeTextFile } from '../io/write.js';
import { ELECTRICITY_MAPS_TOKEN_ENV } from '../io/intensity.js';
import { failsCheck, OPTIONS, type FailOn } from '../io/options.js';
import { readRequest, type AnalyzeRequest } from '../io/request.js';
import type { CheckOptions, Format } from './args.js';
import { useColor } from './color.js';
import { EXIT } from './exit.js';
import { HELP_HINT } from './help.js';
import type { CliIo } from './main.js';
import { writeModelCard, type CardWrite } from './model-card.js';
import { cliSecrets, safeStreams, sanitizeOutput, type SafeStreams } from './output.js';

/**
 * The report the options ask for, its secrets masked, and those secrets; or, when `--base` names
 * no usable base (not a repository, an unknown ref), the usage error saying so.
 */
async function analyzeOptions(
  options: CheckOptions,
  io: CliIo
): Promise<{ report: Report; secrets: string[] } | { usageError: string }> {
  const secrets = cliSecrets(io.env, options.electricityMapsToken);
  // The base is resolved first: a ref that names nothing is the user's mistake, not a finding.
  const git = options.base === undefined ? undefined : await resolveGitBase(io.cwd, options.base);
  if (git && !git.ok) return { usageError: git.problem };
  const request = cliRequest(options, io);
  const result = await readRequest(request);
  if (git?.ok) {
    const baseDir = await realpath(io.cwd).catch(() => path.resolve(io.cwd));
    const inRepo = (name: string): string | undefined => {
      const rel = path.relative(git.base.repoRoot, path.resolve(baseDir, name));
      return rel === '' || rel.startsWith('..') || path.isAbsolute(rel) ? undefined : rel.split(path.sep).join('/');
    };
    const manifestPaths = result.own.manifests.map((m) => inRepo(m.file)).filter((p) => p !== undefined);
    await attachBase(result, {
      source: gitBaseSource(git.base, manifestPaths),
      baseDir,
      repoRoot: git.base.repoRoot,
      manifestPatterns: options.files
    });
  }
  // Masked before rendering: Markdown escaping (`ghs\_...`) would hide a token from the writer's scan.
  return { report: redactDeep(await analyze(result.input), secrets), secrets };
}

export async function check(options: CheckOptions, io: CliIo): Promise<number> {
  const analyzed = await analyzeOptions(options, io);
  if ('usageError' in analyzed) return usageError(analyzed.usageError, io);
  const { report, secrets } = analyzed;
  const toTerminal = options.output === undefined && io.isTTY;
  const color = useColor({ toTerminal, noColorFlag: options.noColor, env: io.env });
  const out = safeStreams(io, { secrets, color });
  // The text report lists the diagnostics itself; on a terminal, printing them to stderr as well
  // would show each one twice. Everywhere else (pipes, files, other formats) stderr carries them.
  if (!(toTerminal && options.format === 'text')) printDiagnostics(report.diagnostics, out);

  // A model card of invalid input would be a number that is not one (`emissions: 0`), and
  // `check --format model-card >> README.md` would append it: nothing is written instead.
  if (options.format === 'model-card' && !report.inputValid) {
    out.line('carbon-gate: invalid input — no model card written (fix the errors above)');
    return EXIT.invalid;
  }
  const rendered = await render(report, options.format, color);
  if (options.output !== undefined) {
    const safe = sanitizeOutput(rendered, { secrets, color });
    const writeProblems = await writeTextFile(options.output, safe, { baseDir: io.cwd });
    if (writeProblems.length > 0) {
      printDiagnostics(writeProblems, out);
      return EXIT.invalid;
    }
    out.line(`carbon-gate: ${report.status} — report written to ${options.output}`);
  } else {
    out.stdout(rendered);
  }
  return exitCode(report, options.failOn);
}

/**
 * `carbon-gate model-card README.md`: the runs' `co2_eq_emissions` written into the card's front
 * matter (src/cli/model-card.ts). Exit 0 when the card holds them, 2 on invalid input or a card
 * that cannot be edited (nothing is written then); the budget's verdict plays no part.
 */
export async function modelCard(card: string, options: CheckOptions, io: CliIo): Promise<number> {
  const analyzed = await analyzeOptions(options, io);
  if ('usageError' in analyzed) return usageError(analyzed.usageError, io);
  const { report, secrets } = analyzed;
  const out = safeStreams(io, { secrets });
  printDiagnostics(report.diagnostics, out);
  if (!report.inputValid || hasErrors(report.diagnostics)) {
    out.line(`carbon-gate: invalid input — ${card} left unchanged (fix the errors above)`);
    return EXIT.invalid;
  }
  const written = await writeModelCard(card, report, { baseDir: io.cwd });
  if (written.change === undefined) {
    printDiagnostics(written.diagnostics, out);
    out.line(`carbon-gate: ${card} left unchanged`);
    return EXIT.invalid;
  }
  out.line(`carbon-gate: ${card}: co2_eq_emissions ${CHANGE_WORDS[written.change]} (${written.grams} g CO2e)`);
  return EXIT.ok;
}

/** A usage error found once the command ran (`--base` naming no base): said as the parser's are, exit 2. */
function usageError(message: string, io: CliIo): number {
  const out = safeStreams(io, { secrets: cliSecrets(io.env) });
  out.line(`carbon-gate: ${message}`);
  out.line(HELP_HINT);
  return EXIT.invalid;
}

/** What the model-card command says it did. */
const CHANGE_WORDS: Record<NonNullable<CardWrite['change']>, string> = {
  created: 'written into a new front matter',
  added: 'added to the front matter',
  replaced: 'replaced in the front matter',
  unchanged: 'already up to date'
};

/**
 * The request the command line makes: the arguments name the manifests (none: the default search
 * below the current folder), `--config` names a config that must exist (without it, the default
 * path is read where it exists), and the token falls back to the environment. Named files may lie
 * anywhere; traces stay inside the folder that holds the current folder and every manifest.
 */
export function cliRequest(options: CheckOptions, io: Pick<CliIo, 'cwd' | 'env'>): AnalyzeRequest {
  return {
    manifests: { patterns: options.files, named: options.files.length > 0 },
    config: { path: options.config ?? OPTIONS.config.default, named: options.config !== undefined },
    overrides: {
      budget: options.budget,
      warnAt: options.warnAt,
      location: options.location,
      timezone: options.timezone
    },
    intensity: {
      seriesFile: options.intensitySeries,
      // The flag wins over the environment; an empty flag or variable means no token.
      electricityMapsToken: options.electricityMapsToken ?? io.env[ELECTRICITY_MAPS_TOKEN_ENV],
      electricityMapsUrl: options.electricityMapsUrl
    },
    ...(options.traceLimits ? { traceLimits: options.traceLimits } : {}),
    confinement: { baseDir: io.cwd }
  };
}

/** The exit code a report earns: 2 for invalid input, 1 when `--fail-on` fails the verdict, 0 otherwise. */
function exitCode(report: Pick<Report, 'inputValid' | 'status' | 'diagnostics'>, failOn: FailOn): number {
  if (!report.inputValid || hasErrors(report.diagnostics)) return EXIT.invalid;
  return failsCheck(report.status, failOn) ? EXIT.overBudget : EXIT.ok;
}

async function render(report: Report, format: Format, color: boolean): Promise<string> {
  // JSON is what scripts and the action's parity checks ask for: its renderer is small and loaded
  // with this module; the text, Markdown and model-card renderers are loaded only when asked for.
  const text = format === 'json' ? renderJson(report) : await renderHuman(report, format, color);
  return text.endsWith('\n') ? text : `${text}\n`;
}

async function renderHuman(report: Report, format: Exclude<Format, 'json'>, color: boolean): Promise<string> {
  const { renderMarkdown, renderModelCard, renderText } = await import('../core/render/index.js');
  switch (format) {
    case 'text':
      return renderText(report, { color });
    case 'markdown':
      return renderMarkdown(report, {});
    case 'model-card':
      return renderModelCard(report);
  }
}

/** One line per diagnostic on standard error; the stream escapes what the file name and message carry. */
function printDiagnostics(diagnostics: readonly Diagnostic[], out: SafeStreams): void {
  for (const d of sortDiagnostics(diagnostics)) out.line(formatDiagnostic(d));
}
