/**
 * The record step's inputs (record/action.yml), read once and checked: every problem is collected
 * and names the input and what was expected. The folder itself is checked against the workspace
 * by the main step (src/io/confined-dir.ts), where the file system is at hand.
 */
import { getInput } from '@actions/core';
import { excerpt } from '../../core/excerpt.js';
import { checkOptionValues } from '../../io/validate.js';

/** The inputs record/action.yml declares, in its order. */
export const RECORD_INPUTS = ['out', 'interval', 'name', 'location', 'gpu', 'cpu', 'stop'] as const;

/** One of the record step's inputs. */
type RecordInput = (typeof RECORD_INPUTS)[number];

/**
 * The shortest and longest sampling interval, ms, as `carbon-gate record --interval` takes them:
 * nvidia-smi's readings refresh about every 100 ms; an hour apart is no trace.
 */
const INTERVAL_BOUNDS_MS = { min: 100, max: 3_600_000 } as const;

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
  const interval = parseIntervalMs(input('interval') || '1s');
  if (typeof interval === 'string') bad('interval', interval);

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

/**
 * An interval in ms from `1` / `0.5` (seconds) or `500ms` / `2s` / `2 s`; the problem, in words,
 * when it is not one or is outside {@link INTERVAL_BOUNDS_MS}.
 */
export function parseIntervalMs(text: string): number | string {
  const m = /^(\d+(?:\.\d+)?)\s*(ms|s)?$/i.exec(text.trim());
  const expected = `expected seconds (\`1\`, \`0.5\`) or a time with a unit (\`500ms\`, \`2s\`) between ${INTERVAL_BOUNDS_MS.min} ms and ${INTERVAL_BOUNDS_MS.max / 3_600_000} h`;
  if (!m) return `"${excerpt(text)}" is not a time; ${expected}.`;
  const ms = Number(m[1]) * (m[2]?.toLowerCase() === 'ms' ? 1 : 1000);
  if (!Number.isFinite(ms) || ms < INTERVAL_BOUNDS_MS.min || ms > INTERVAL_BOUNDS_MS.max)
    return `"${excerpt(text)}" is out of range; ${expected}.`;
  return Math.round(ms);
}
