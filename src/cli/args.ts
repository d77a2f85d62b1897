/**
 * Command-line parsing for `carbon-gate`: `node:util` parseArgs tokenises, and this module checks
 * every token itself, so each usage mistake gets a plain message with a suggestion (parseArgs'
 * own errors talk about its internals) and all mistakes are reported at once.
 */
import { parseArgs } from 'node:util';
import { closestNames, didYouMean } from '../core/suggest.js';

/** Report formats the CLI writes. */
export const FORMATS = ['text', 'markdown', 'json', 'model-card'] as const;

/** One of {@link FORMATS}. */
export type Format = (typeof FORMATS)[number];

/** Commands the CLI knows. */
const COMMANDS = ['check', 'help'] as const;

/** Settings of `carbon-gate check`, as typed; budget strings are parsed by the core. */
export interface CheckOptions {
  /** Manifest files, folders or globs; empty means the default search. */
  files: string[];
  config?: string;
  budget?: string;
  warnAt?: string;
  location?: string;
  timezone?: string;
  /** Hourly intensity CSV for measured runs whose manifest names none. */
  intensitySeries?: string;
  /** Electricity Maps token (else ELECTRICITY_MAPS_TOKEN); never printed. */
  electricityMapsToken?: string;
  /** Electricity Maps API base URL (tests: a local server). */
  electricityMapsUrl?: string;
  format: Format;
  output?: string;
  noColor: boolean;
}

/** What the command line asks for. */
export type ParsedArgs =
  | { kind: 'help' }
  | { kind: 'version' }
  | { kind: 'check'; options: CheckOptions }
  | { kind: 'usage-error'; errors: string[] };

const OPTIONS = {
  config: { type: 'string', short: 'c' },
  budget: { type: 'string' },
  'warn-at': { type: 'string' },
  location: { type: 'string' },
  timezone: { type: 'string' },
  'intensity-series': { type: 'string' },
  'electricity-maps-token': { type: 'string' },
  'electricity-maps-url': { type: 'string' },
  format: { type: 'string', short: 'f' },
  output: { type: 'string', short: 'o' },
  'no-color': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' }
} as const;

type OptionName = keyof typeof OPTIONS;

/** Example values for messages about a missing value. */
const EXAMPLES: Record<string, string> = {
  config: '.github/carbon-budget.yml',
  budget: '"500 kg"',
  'warn-at': '80%',
  location: 'gcp:europe-west4',
  timezone: 'Europe/Amsterdam',
  'intensity-series': 'data/grid-2024-06.csv',
  'electricity-maps-token': '"$ELECTRICITY_MAPS_TOKEN"',
  'electricity-maps-url': 'https://api.electricitymap.org/v3',
  format: 'json',
  output: 'report.md'
};

/**
 * Parses `carbon-gate` arguments (without `node` and the script). `--help` and `--version` win over
 * mistakes elsewhere on the line, as users expect when they add `--help` to a failing command.
 */
export function parseCliArgs(argv: readonly string[]): ParsedArgs {
  const { tokens } = parseArgs({
    args: [...argv],
    options: OPTIONS,
    allowPositionals: true,
    strict: false,
    tokens: true
  });
  const errors: string[] = [];
  const values: Partial<Record<OptionName, string | boolean>> = {};
  const positionals: string[] = [];
  const known = Object.keys(OPTIONS) as OptionName[];

  for (const token of tokens) {
    if (token.kind === 'positional') {
      positionals.push(token.value);
      continue;
    }
    if (token.kind !== 'option') continue;
    const rawName = token.rawName;
    if (!(known as string[]).includes(token.name)) {
      // Only the closest: option names are short, so the runners-up are rarely what was meant.
      const suggestions = closestNames(rawName.replace(/^-+/, ''), known, 1).map((k) => `--${k}`);
      errors.push(`Unknown option '${rawName}'.${didYouMean(suggestions)}`);
      continue;
    }
    const name = token.name as OptionName;
    if (OPTIONS[name].type === 'boolean') {
      if (token.inlineValue) errors.push(`Option '--${name}' takes no value (got '${rawName}=${token.value}').`);
      else values[name] = true;
      continue;
    }
    const value = token.value;
    if (value === undefined || (!token.inlineValue && value.startsWith('-') && value.length > 1)) {
      errors.push(`Option '--${name}' needs a value, e.g. --${name} ${EXAMPLES[name]}.`);
      continue;
    }
    if (value.trim() === '') {
      errors.push(`Option '--${name}' needs a non-empty value, e.g. --${name} ${EXAMPLES[name]}.`);
      continue;
    }
    values[name] = value;
  }

  if (values.help) return { kind: 'help' };
  if (values.version) return { kind: 'version' };

  const [command, ...files] = positionals;
  if (command === undefined) {
    errors.push(`Missing command: expected 'carbon-gate check [FILES|GLOBS...]'.`);
  } else if (command === 'help') {
    return { kind: 'help' };
  } else if (command !== 'check') {
    errors.push(
      `Unknown command '${command}': expected one of ${COMMANDS.map((c) => `'${c}'`).join(', ')}.${didYouMean(closestNames(command, COMMANDS))}`
    );
  }

  const format = (values.format as string | undefined) ?? 'text';
  if (!(FORMATS as readonly string[]).includes(format)) {
    errors.push(
      `Unknown format '${format}': expected one of ${FORMATS.join(', ')}.${didYouMean(closestNames(format, FORMATS))}`
    );
  }

  if (errors.length > 0) return { kind: 'usage-error', errors };
  return {
    kind: 'check',
    options: {
      files,
      config: values.config as string | undefined,
      budget: values.budget as string | undefined,
      warnAt: values['warn-at'] as string | undefined,
      location: values.location as string | undefined,
      timezone: values.timezone as string | undefined,
      intensitySeries: values['intensity-series'] as string | undefined,
      electricityMapsToken: values['electricity-maps-token'] as string | undefined,
      electricityMapsUrl: values['electricity-maps-url'] as string | undefined,
      format: format as Format,
      output: values.output as string | undefined,
      noColor: values['no-color'] === true
    }
  };
}
