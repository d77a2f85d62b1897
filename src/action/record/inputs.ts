/**
 * The record step's inputs (record/action.yml), read once and checked: every problem is collected
 * and names the input and what was expected. The folder itself is checked against the workspace
 * by the main step (src/io/confined-dir.ts), where the file system is at hand.
 */
import { getInput } from '@actions/core';
import { excerpt } from '../../core/excerpt.js';
import { parseSamplingInterval } from '../../core/record/interval.js';
import { checkOptionValues } from '../../io/validate.js';

/** The inputs record/action.yml declares, in its order. */
export const RECORD_INPUTS = ['out', 'interval', 'name', 'location', 'gpu', 'cpu', 'stop'] as const;

/** One of the record step's inputs. */
type RecordInput = (typeof RECORD_INPUTS)[number];

/** The run name when the `name` input is empty. */
const DEFAULT_RUN_NAME = 'train';

/** The longest run name, as the CLI's `--name` (the log files' names use at most 60 characters of it). */
const MAX_NAME_LENGTH = 200;

/** The checked inputs. */
export interface RecordSettings {
  /** The `out` input as given (the main step resolves it inside the workspace). */
  out: string;
  intervalMs: number;
  name: string;
  /** Checked against the location catalogue; undefined when empty. */
  location?: string;
  gpu: boolean;
  cpu: boolean;
  /** End the recording an earlier record step started, instead of starting one. */
  stop: boolean;
}

/** The settings, or the problems (one per input, `Input \`x\`: ...`). */
export type RecordSettingsResult = { ok: true; settings: RecordSettings } | { ok: false; problems: string[] };

/** Reads one declared input, trimmed. */
function input(name: RecordInput): string {
  return getInput(name, { trimWhitespace: true });
}

/** Reads and checks every input. */
export function readRecordSettings(): RecordSettingsResult {
  const problems: string[] = [];
  const bad = (name: RecordInput, message: string): void => {
    problems.push(`Input \`${name}\`: ${message}`);
  };

  const out = input('out') || 'carbon/';
  const interval = parseSamplingInterval(input('interval') || '1s');
  if (typeof interval !== 'number') bad('interval', `${interval.problem}.`);

  const name = input('name') || DEFAULT_RUN_NAME;
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(name))
    bad('name', `"${excerpt(name)}" holds control characters; expected one line.`);
  else if (name.length > MAX_NAME_LENGTH)
    bad('name', `it is ${name.length} characters long; expected at most ${MAX_NAME_LENGTH}.`);

  const location = input('location');
  for (const p of checkOptionValues({ location })) bad('location', p.message);

  const gpu = switchInput('gpu', true, bad);
  const cpu = switchInput('cpu', true, bad);
  const stop = switchInput('stop', false, bad);
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    settings: {
      out,
      intervalMs: interval as number,
      name,
      ...(location === '' ? {} : { location }),
      gpu,
      cpu,
      stop
    }
  };
}

/** A `true`/`false` input (the spellings YAML 1.2 allows, as `core.getBooleanInput`); empty: `fallback`. */
function switchInput(name: RecordInput, fallback: boolean, bad: (name: RecordInput, message: string) => void): boolean {
  const value = input(name);
  if (value === '') return fallback;
  if (['true', 'True', 'TRUE'].includes(value)) return true;
  if (['false', 'False', 'FALSE'].includes(value)) return false;
  bad(name, `"${excerpt(value)}" is not \`true\` or \`false\`.`);
  return fallback;
}
