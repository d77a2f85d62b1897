/**
 * Timestamp text → UTC epoch milliseconds, for the formats read line by line (generic CSV, JSON
 * Lines, dmon). The nvidia-smi CSV reader parses its fixed layout from bytes instead.
 */
import type { Zone } from './timezone.js';
import { parseOffsetMinutes } from './timezone.js';

// YYYY-MM-DD or YYYY/MM/DD, optional [T ]HH:MM[:SS[.frac]], optional zone (Z, +HH:MM, +HHMM, +HH).
const DATE_TIME =
  /^(\d{4})[-/](\d{2})[-/](\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

/**
 * Parses ISO 8601 (`2026-11-27T05:02:35.377+00:00`, `2026-11-27 05:02:35Z`, a bare date) and
 * nvidia-smi's `2026/11/27 05:02:35.252`. Text without a zone is local time in `zone`. NaN when
 * the text is none of these or names an impossible date.
 */
export function parseDateTime(text: string, zone: Zone): number {
  const m = DATE_TIME.exec(text.trim());
  if (!m) return NaN;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  const hour = m[4] === undefined ? 0 : Number(m[4]);
  const minute = m[5] === undefined ? 0 : Number(m[5]);
  const second = m[6] === undefined ? 0 : Number(m[6]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || hour > 23 || minute > 59 || second > 60) {
    return NaN;
  }
  const fractionMs = m[7] === undefined ? 0 : Number(`0.${m[7]}`) * 1000;
  const local = Date.UTC(year, month - 1, day, hour, minute, second) + fractionMs;
  if (m[8] === undefined) return zone.localToUtcMs(local);
  if (m[8] === 'Z' || m[8] === 'z') return local;
  const offset = parseOffsetMinutes(m[8]);
  return offset === undefined ? NaN : local - offset * 60_000;
}

/** Days in a month of the proleptic Gregorian calendar (month 1-12). */
function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Unit of a numeric timestamp, as a header names it; `auto` decides by magnitude. */
export type EpochUnit = 's' | 'ms' | 'us' | 'ns' | 'auto';

/**
 * The unit of a numeric timestamp told by its magnitude: below 1e11 is seconds (1e11 s is the
 * year 5138), below 1e14 milliseconds, below 1e17 microseconds, else nanoseconds.
 */
export function epochUnitOf(value: number): Exclude<EpochUnit, 'auto'> {
  const abs = Math.abs(value);
  return abs < 1e11 ? 's' : abs < 1e14 ? 'ms' : abs < 1e17 ? 'us' : 'ns';
}

/** Epoch milliseconds of a numeric timestamp; with `auto`, `epochUnitOf` decides the unit. */
export function epochToMs(value: number, unit: EpochUnit): number {
  const u = unit === 'auto' ? epochUnitOf(value) : unit;
  switch (u) {
    case 's':
      return value * 1000;
    case 'ms':
      return value;
    case 'us':
      return value / 1000;
    default:
      return value / 1e6;
  }
}
