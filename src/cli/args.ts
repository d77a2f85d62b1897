/**
 * Command-line parsing for `carbon-gate`, generated from the options table (src/io/options.ts):
 * `node:util` parseArgs tokenises, and this module checks every token itself, so each usage
 * mistake gets a plain message with a suggestion (parseArgs' own errors talk about its internals)
 * and all mistakes are reported at once.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { closestNames, didYouMean } from '../core/suggest.js';
import { OPTIONS, optionNames, spec, type CliOptionName, type FailOn } from '../io/options.js';
import { refProblem } from '../io/git-base.js';
import { parseTraceLimits, type TraceLimits } from '../io/trace-limits.js';
import { checkOptionValues, optionProblemText } from '../io/validate.js';

/** Report formats the CLI writes. */
export const FORMATS = OPTIONS.format.choices;

/** One of {@link FORMATS}. */
export type Format = (typeof FORMATS)[number];

/** Commands the CLI knows. */
const COMMANDS = ['check', 'model-card', 'ledger', 'record', 'help'] as const;

/**
 * Flags of `check` that `model-card` does not take: it writes no report (the card goes into its
 * FILE, never coloured) and its exit code does not depend on the budget.
 */
const CHECK_ONLY = ['format', 'output', 'no-color', 'fail-on', 'base'] as const satisfies readonly FlagName[];

/** What a model card file must be called: the Hub reads a model's card from its README.md. */
const MARKDOWN_FILE = /\.(md|markdown)$/i;

/** Settings of `carbon-gate check`, as typed; budget strings are parsed by the core. */
export interface CheckOptions {
  /** Manifest files, folders or globs; empty means the default search. */
  files: string[];
  config?: string;
  budget?: string;
  warnAt?: string;
  location?: string;
  timezone?: string;
  /** When the verdict makes the exit code 1. */
  failOn: FailOn;
  /** Hourly intensity CSV for measured runs whose manifest names none. */
  intensitySeries?: string;
  /** Electricity Maps token (else ELECTRICITY_MAPS_TOKEN); never printed. */
  electricityMapsToken?: string;
  /** Electricity Maps API base URL (tests: a local server). */
  electricityMapsUrl?: string;
  /** `--trace-limits`, parsed; absent or unset limits keep their defaults. */
  traceLimits?: Partial<TraceLimits>;
  /** `--base <ref>`: the git ref whose merge base with HEAD is the change's base. */
  base?: string;
  format: Format;
  output?: string;
  noColor: boolean;
}

/** What the command line asks for. */
export type ParsedArgs =
  | { kind: 'help' }
  | { kind: 'version' }
  | { kind: 'check'; options: CheckOptions }
  /** `carbon-gate model-card CARD.md [FILES...]`: the options of check; `format` and the rest of {@link CHECK_ONLY} keep their defaults. */
  | { kind: 'model-card'; card: string; options: CheckOptions }
  | { kind: 'usage-error'; errors: string[] };

/** The options given as flags (the manifests are the positional arguments). */
type FlagName = Exclude<CliOptionName, 'manifests'>;

/** Every flag of the table, in its order. */
const FLAGS = optionNames('cli').filter((name) => !spec(name).cli?.positional) as FlagName[];

/** parseArgs' configuration, from the table. */
const PARSE_OPTIONS: NonNullable<ParseArgsConfig['options']> = Object.fromEntries(
  FLAGS.map((name) => {
    const short = spec(name).cli?.short;
    return [name, { type: spec(name).value === 'switch' ? 'boolean' : 'string', ...(short ? { short } : {}) }];
  })
);

/**
 * Parses `carbon-gate` arguments (without `node` and the script). `--help` and `--version` win over
 * mistakes elsewhere on the line, as users expect when they add `--help` to a failing command.
 */
export function parseCliArgs(argv: readonly string[]): ParsedArgs {
  const { tokens } = parseArgs({
    args: [...argv],
    options: PARSE_OPTIONS,
    allowPositionals: true,
    strict: false,
    tokens: true
  });
  const errors: string[] = [];
  const values: Partial<Record<FlagName, string | boolean>> = {};
  const positionals: string[] = [];

  for (const token of tokens) {
    if (token.kind === 'positional') {
      positionals.push(token.value);
      continue;
    }
    if (token.kind !== 'option') continue;
    const rawName = token.rawName;
    if (!(FLAGS as string[]).includes(token.name)) {
      // Only the closest: option names are short, so the runners-up are rarely what was meant.
      const suggestions = closestNames(rawName.replace(/^-+/, ''), FLAGS, 1).map((k) => `--${k}`);
      errors.push(`Unknown option '${rawName}'.${didYouMean(suggestions)}`);
      continue;
    }
    const name = token.name as FlagName;
    const option = spec(name);
    if (option.value === 'switch') {
      if (token.inlineValue) errors.push(`Option '--${name}' takes no value (got '${rawName}=${token.value}').`);
      else values[name] = true;
      continue;
    }
    const value = token.value;
    if (value === undefined || (!token.inlineValue && value.startsWith('-') && value.length > 1)) {
      errors.push(`Option '--${name}' needs a value, e.g. --${name} ${option.example}.`);
      continue;
    }
    if (value.trim() === '') {
      errors.push(`Option '--${name}' needs a non-empty value, e.g. --${name} ${option.example}.`);
      continue;
    }
    values[name] = value;
  }

  if (values.help) return { kind: 'help' };
  if (values.version) return { kind: 'version' };

  const [command, ...rest] = positionals;
  if (command === undefined) {
    errors.push(
      `Missing command: expected 'carbon-gate check [FILES|GLOBS...]' or 'carbon-gate model-card README.md [FILES|GLOBS...]'.`
    );
  } else if (command === 'help') {
    return { kind: 'help' };
  } else if (command === 'record') {
    errors.push(`Write 'record' first, before any option: 'carbon-gate record [options] -- <command> [args...]'.`);
  } else if (command === 'ledger') {
    errors.push(`Write 'ledger' first, before any option: 'carbon-gate ledger [PATH | --branch NAME] [--format ...]'.`);
  } else if (command !== 'check' && command !== 'model-card') {
    errors.push(
      `Unknown command '${command}': expected one of ${COMMANDS.map((c) => `'${c}'`).join(', ')}.${didYouMean(closestNames(command, COMMANDS))}`
    );
  }
  const card = command === 'model-card' ? rest[0] : undefined;
  const files = command === 'model-card' ? rest.slice(1) : rest;
  if (command === 'model-card') {
    if (card === undefined) {
      errors.push(
        `Missing the model card: expected 'carbon-gate model-card README.md [FILES|GLOBS...]', the card's file first.`
      );
    } else if (!MARKDOWN_FILE.test(card)) {
      errors.push(
        `The model card '${card}' is not a Markdown file: expected the model's README.md (the card the Hub reads) first, then the manifests, e.g. 'carbon-gate model-card README.md ${card}'.`
      );
    }
    for (const name of CHECK_ONLY) {
      if (values[name] !== undefined)
        errors.push(
          `Option '--${name}' does not apply to 'carbon-gate model-card': it writes the card into its file, whatever the budget.`
        );
    }
  }

  const text = (name: FlagName): string | undefined => values[name] as string | undefined;
  /** A choice's value, or its default; an unknown value is a usage error. */
  const choice = <T extends string>(name: FlagName & ('format' | 'fail-on'), choices: readonly T[], fallback: T): T => {
    const value = text(name) ?? fallback;
    if ((choices as readonly string[]).includes(value)) return value as T;
    errors.push(
      `Unknown ${name} '${value}': expected one of ${choices.join(', ')}.${didYouMean(closestNames(value, choices))}`
    );
    return fallback;
  };
  // Values that must name something known (a location, a zone, a URL): checked now, by flag.
  const valueProblems = checkOptionValues({
    location: text('location'),
    timezone: text('timezone'),
    'electricity-maps-url': text('electricity-maps-url')
  });
  for (const p of valueProblems) errors.push(optionProblemText(p, 'cli'));
  const traceLimitsText = text('trace-limits');
  const traceLimits =
    traceLimitsText === undefined ? { limits: {}, problems: [] } : parseTraceLimits(traceLimitsText, '--trace-limits');
  for (const p of traceLimits.problems) errors.push(`Option ${p}.`);
  const base = text('base');
  const baseProblem = base === undefined ? undefined : refProblem(base);
  if (baseProblem) errors.push(`Option '--base' needs a branch, tag or commit: ${baseProblem}.`);
  // `model-card` refuses these flags outright (above): their values need no second message.
  const checkOnly = command === 'model-card';
  const format = checkOnly ? OPTIONS.format.default : choice('format', FORMATS, OPTIONS.format.default);
  const failOn = checkOnly
    ? OPTIONS['fail-on'].default
    : choice('fail-on', OPTIONS['fail-on'].choices, OPTIONS['fail-on'].default);

  if (errors.length > 0) return { kind: 'usage-error', errors };
  const options: CheckOptions = {
    files,
    config: text('config'),
    budget: text('budget'),
    warnAt: text('warn-at'),
    location: text('location'),
    timezone: text('timezone'),
    failOn,
    intensitySeries: text('intensity-series'),
    electricityMapsToken: text('electricity-maps-token'),
    electricityMapsUrl: text('electricity-maps-url'),
    ...(traceLimitsText === undefined ? {} : { traceLimits: traceLimits.limits }),
    ...(base === undefined ? {} : { base }),
    format,
    output: text('output'),
    noColor: values['no-color'] === true
  };
  return card !== undefined ? { kind: 'model-card', card, options } : { kind: 'check', options };
}
