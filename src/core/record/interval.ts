/**
 * The sampling interval of a recording, as `carbon-gate record --interval` and the record step's
 * `interval` input take it: seconds (`1`, `0.5`) or a time with a unit (`500ms`, `2s`, `2 s`).
 */
import { excerpt } from '../excerpt.js';

/**
 * The shortest and longest sampling interval, ms: nvidia-smi's readings refresh about every
 * 100 ms, and samples an hour apart are no power trace.
 */
const INTERVAL_BOUNDS_MS = { min: 100, max: 3_600_000 } as const;

const MS_PER_HOUR = 3_600_000;

/**
 * An interval in ms (rounded to a whole ms), or the problem in words (a sentence without its
 * final stop, for the caller to place) when `text` is not one or is outside
 * {@link INTERVAL_BOUNDS_MS}.
 */
export function parseSamplingInterval(text: string): number | { problem: string } {
  const m = /^(\d+(?:\.\d+)?)\s*(ms|s)?$/i.exec(text.trim());
  const expected = `expected seconds (1, 0.5) or a time with a unit (500ms, 2s) from ${INTERVAL_BOUNDS_MS.min} ms to ${INTERVAL_BOUNDS_MS.max / MS_PER_HOUR} h`;
  if (!m) return { problem: `"${excerpt(text)}" is not a time; ${expected}` };
  const ms = Number(m[1]) * (m[2]?.toLowerCase() === 'ms' ? 1 : 1000);
  if (!Number.isFinite(ms) || ms < INTERVAL_BOUNDS_MS.min || ms > INTERVAL_BOUNDS_MS.max)
    return { problem: `"${excerpt(text)}" is out of range; ${expected}` };
  return Math.round(ms);
}
