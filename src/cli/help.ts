/**
 * The `carbon-gate --help` text: everything a user needs without opening the docs. The arguments
 * and options are generated from the options table (src/io/options.ts), so help, parser, action
 * inputs and docs cannot disagree.
 */
import { TOOL_VERSION as VERSION } from '../core/version.js';
import { defaultText, describeOption, optionNames, spec, type OptionName } from '../io/options.js';

/** Help lines stay within this many columns. */
const WIDTH = 100;
/** Where an option's text starts. */
const TEXT_COLUMN = 22;

/** The full help, ending with a newline. */
export function helpText(): string {
  const names = optionNames('cli');
  const positional = names.filter((n) => spec(n).cli?.positional);
  const flags = names.filter((n) => !spec(n).cli?.positional);
  const terminalOnly = flags.filter((n) => spec(n).action === undefined).map((n) => `--${n}`);
  return `carbon-gate ${VERSION}: carbon budgets for machine-learning training.
Estimates (from hardware, hours, place and repeats) or measures (from power logs) the facility
energy and CO2e of the training runs that manifests describe, and holds them against a budget.

Usage:
  carbon-gate check [FILES|GLOBS...] [options]
  carbon-gate model-card README.md [FILES|GLOBS...] [options]
  carbon-gate ledger [PATH | --branch NAME] [--format text|markdown|json|csv] [--config FILE]
  carbon-gate ledger verify [PATH | --branch NAME]
  carbon-gate ledger dashboard --out DIR [PATH | --branch NAME]
  carbon-gate record [--interval TIME] [--out DIR] [--name NAME] [--location LOC] [--no-gpu]
                     [--no-cpu] -- <command> [args...]
  carbon-gate --help | --version

Commands:
  check       Reports the runs' energy and emissions and holds them against the budget.
  model-card  Writes the runs' co2_eq_emissions into the YAML front matter of a Hugging Face
              model card (its README.md), where the Hub reads it: an existing co2_eq_emissions is
              replaced, every other key and the body are kept as written, and a card with an
              invalid front matter (or invalid input) is left unchanged. Takes the options of
              check except --format, --output, --fail-on and --no-color; exits 0 once written.
  ledger      Reads the carbon ledger (docs/ledger.md) from PATH (a folder holding ledger/*.jsonl)
              or a git branch (--branch; default: the policy's ledger.branch, else carbon-ledger)
              and prints totals per window and month, the largest runs, estimate vs measured and
              the policy's window budgets (exit 1 when one is over). --now TIME ends the windows
              at TIME instead of now. 'ledger verify' checks the hash chain and the shards (exit 1
              when broken); 'ledger dashboard --out DIR' writes the static page DIR/index.html.
  record      Runs <command> while GPU power (nvidia-smi) and CPU energy (RAPL) are logged into
              --out (default carbon/), writes or updates the manifest there for 'carbon-gate
              check', and prints the energy measured, the duration and the coverage. Exits with
              the command's exit code. 'carbon-gate record --help' lists its options.

Arguments:
${positional.map((n) => entry(`  ${spec(n).cli?.placeholder}`, n)).join('')}
Options:
${flags.map((n) => entry(flagLabel(n), n)).join('')}
${wrap(`Every option but ${listOf(terminalOnly)} is also an input of the GitHub Action, with the same name and meaning.`, 0)}
Formats:
  text        A terminal report: verdict, per-run table, components, equivalents.
  markdown    The report as the pull-request comment shows it.
  json        The machine-readable report (schemaVersion 1): status, totals.energyKWh,
              totals.emissionsKg, budget, runs[], diagnostics[].
  model-card  A Hugging Face model-card co2_eq_emissions block (emissions in grams); to put it
              into a card's front matter, where the Hub reads it, use 'carbon-gate model-card'.

Exit codes:
  0  Within budget, or near it (warn), or no budget set; with --fail-on never, also over budget.
  1  Over budget; with --fail-on warning, also near it (warn).
  2  Invalid input or usage: a bad manifest, config, flag or file. Every problem is printed.

Output:
  The report goes to standard output (or --output). Problems go to standard error, one per line,
  as  file:line:col: severity code: message
  (when the text report goes to a terminal, it lists them itself instead).
  Colour is used only when standard output is a terminal, and never when the NO_COLOR
  environment variable is set to a non-empty value, TERM is "dumb", or --no-color is given.

Environment:
  NO_COLOR    Any non-empty value turns colour off (https://no-color.org).
  ELECTRICITY_MAPS_TOKEN
              Electricity Maps API token, when --electricity-maps-token is not given. Never
              printed.

Examples:
  carbon-gate check
  carbon-gate check examples --config examples/carbon-budget.yml
  carbon-gate check "training/**/carbon-manifest.yml" --budget "500 kg" --warn-at 90%
  carbon-gate check runs/bert.yml --location gcp:europe-west4 --format markdown -o report.md
  carbon-gate check --format json | jq .totals.emissionsKg
  carbon-gate check --fail-on warning --timezone Europe/Berlin
  carbon-gate check --intensity-series data/grid-2024-06.csv
  ELECTRICITY_MAPS_TOKEN=... carbon-gate check
  carbon-gate model-card README.md training/ --config training/carbon-budget.yml
`;
}

/** The one-line pointer printed after a usage error. */
export const HELP_HINT = "Run 'carbon-gate --help' for usage.";

/** `  -c, --config FILE` or `      --budget LIMITS`. */
function flagLabel(name: OptionName): string {
  const cli = spec(name).cli;
  const alias = cli?.short ? `  -${cli.short}, ` : '      ';
  return `${alias}--${name}${cli?.placeholder ? ` ${cli.placeholder}` : ''}`;
}

/** One option: its label, then its text wrapped in the text column (below the label when that is too long). */
function entry(label: string, name: OptionName): string {
  const shown = defaultText(name, 'cli');
  const text = plain(`${describeOption(name, 'cli')}${shown ? ` Default: ${shown}.` : ''}`);
  const body = wrap(text, TEXT_COLUMN);
  // At least one space between the label and its text; a longer label gets its text on the next line.
  if (label.length < TEXT_COLUMN - 1) return label.padEnd(TEXT_COLUMN) + body.slice(TEXT_COLUMN);
  return `${label}\n${body}`;
}

/** The table's Markdown backticks, left out on a terminal. */
function plain(text: string): string {
  return text.replace(/`([^`]*)`/g, '$1');
}

/** Word-wraps `text` to {@link WIDTH} columns, every line indented by `indent` spaces; ends with a newline. */
function wrap(text: string, indent: number): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter((w) => w !== '')) {
    if (line !== '' && indent + line.length + 1 + word.length > WIDTH) {
      lines.push(line);
      line = word;
    } else {
      line = line === '' ? word : `${line} ${word}`;
    }
  }
  if (line !== '') lines.push(line);
  return lines.map((l) => `${' '.repeat(indent)}${l}\n`).join('');
}

/** `a, b and c`. */
function listOf(items: readonly string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
