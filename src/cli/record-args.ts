/**
 * The command line of `carbon-gate record [options] -- <command> [args...]`. Options come first;
 * the command starts after `--` or at the first argument that is not an option, and everything from
 * there on is the command's own (its `--help` is not ours). Every mistake is listed at once.
 */
import { parseSamplingInterval } from '../core/record/interval.js';
import { closestNames, didYouMean } from '../core/suggest.js';
import { checkOptionValues, optionProblemText } from '../io/validate.js';

/** What `record` was asked to do. */
export interface RecordOptions {
  /** Sampling interval, ms. */
  intervalMs: number;
  /** Output folder, as given (relative to the current folder). */
  out: string;
  /** The run's name in the manifest; default the command line. */
  name: string;
  location?: string;
  gpu: boolean;
  cpu: boolean;
  /** The command and its arguments; never empty. */
  command: string[];
}

/** The parse's result. */
export type RecordArgs =
  { kind: 'help' } | { kind: 'record'; options: RecordOptions } | { kind: 'usage-error'; errors: string[] };

/** Defaults: one sample a second (nvidia-smi's `power.draw.average` is a one-second average), into `carbon/`. */
const RECORD_DEFAULTS = { intervalMs: 1000, out: 'carbon/' } as const;

/** The longest `--name`, and the default name cut from the command line. */
const MAX_NAME_CHARS = 200;
const DEFAULT_NAME_CHARS = 80;

const VALUE_FLAGS = ['interval', 'out', 'name', 'location'] as const;
const SWITCHES = ['no-gpu', 'no-cpu', 'help'] as const;

/** Parses the arguments after `record`. */
export function parseRecordArgs(argv: readonly string[]): RecordArgs {
  const errors: string[] = [];
  const values: Partial<Record<(typeof VALUE_FLAGS)[number], string>> = {};
  const switches = new Set<string>();
  let command: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      command = argv.slice(i + 1);
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      command = argv.slice(i);
      break;
    }
    if (arg === '-h') {
      switches.add('help');
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq < 0 ? undefined : eq);
    if (!arg.startsWith('--') || ![...VALUE_FLAGS, ...SWITCHES].includes(name as never)) {
      const known = [...VALUE_FLAGS, ...SWITCHES].map((f) => `--${f}`);
      errors.push(
        `Unknown option '${arg.slice(0, eq < 0 ? undefined : eq)}' for 'carbon-gate record'; put the command after '--'.${didYouMean(
          closestNames(
            arg.replace(/^-+/, '').split('=')[0],
            known.map((k) => k.slice(2)),
            1
          ).map((k) => `--${k}`)
        )}`
      );
      continue;
    }
    if ((SWITCHES as readonly string[]).includes(name)) {
      if (eq >= 0) errors.push(`Option '--${name}' takes no value.`);
      else switches.add(name);
      continue;
    }
    let value: string | undefined;
    if (eq >= 0) value = arg.slice(eq + 1);
    else if (i + 1 < argv.length && argv[i + 1] !== '--') value = argv[++i];
    if (value === undefined || value.trim() === '') {
      errors.push(`Option '--${name}' needs a value.`);
      continue;
    }
    values[name as (typeof VALUE_FLAGS)[number]] = value;
  }
  if (switches.has('help')) return { kind: 'help' };

  let intervalMs: number = RECORD_DEFAULTS.intervalMs;
  if (values.interval !== undefined) {
    const parsed = parseSamplingInterval(values.interval);
    if (typeof parsed === 'number') intervalMs = parsed;
    else errors.push(`Option '--interval': ${parsed.problem}.`);
  }
  for (const p of checkOptionValues({ location: values.location })) errors.push(optionProblemText(p, 'cli'));
  if (values.name !== undefined && values.name.length > MAX_NAME_CHARS)
    errors.push(`Option '--name' is longer than ${MAX_NAME_CHARS} characters.`);
  if (command.length === 0 || command[0] === '')
    errors.push("Missing the command to record: 'carbon-gate record [options] -- <command> [args...]'.");
  if (errors.length > 0) return { kind: 'usage-error', errors };
  return {
    kind: 'record',
    options: {
      intervalMs,
      out: values.out ?? RECORD_DEFAULTS.out,
      name: values.name ?? defaultName(command),
      ...(values.location !== undefined ? { location: values.location.trim() } : {}),
      gpu: !switches.has('no-gpu'),
      cpu: !switches.has('no-cpu'),
      command
    }
  };
}

/** The command line as a run name: `python train.py --lr 3e-4`, cut to 80 characters. */
function defaultName(command: readonly string[]): string {
  const text = command.join(' ');
  return text.length <= DEFAULT_NAME_CHARS ? text : `${text.slice(0, DEFAULT_NAME_CHARS - 3)}...`;
}
