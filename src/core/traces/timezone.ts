/**
 * Zones for timestamps that carry none (nvidia-smi prints local time without an offset). A zone
 * turns a local wall-clock time, written as if it were UTC milliseconds, into real UTC
 * milliseconds. Fixed offsets are arithmetic; IANA names use the platform's Intl time-zone data,
 * so daylight-saving changes are honoured.
 */
import { excerpt } from '../excerpt.js';
import { closestNames, didYouMean } from '../suggest.js';

/** A resolved time zone. */
export interface Zone {
  /** As the user wrote it, normalised (`UTC`, `+05:30`, `Europe/Berlin`). */
  readonly name: string;
  /** Fixed offset east of UTC in minutes, where the zone has one (UTC and `+HH:MM` zones). */
  readonly fixedOffsetMin?: number;
  /**
   * UTC epoch ms of a local wall-clock time given as `Date.UTC(y, m, d, h, mi, s, ms)`. An
   * ambiguous local time (the repeated hour when clocks go back) maps to its earlier instant; a
   * local time that does not exist (skipped when clocks go forward) is read with the offset in
   * force before the change.
   */
  localToUtcMs(localMs: number): number;
}

/** The result of reading a zone setting: a zone, or a message saying what was expected. */
export type ZoneResult = { zone: Zone } | { error: string };

const MS_PER_MIN = 60_000;
const HALF_DAY_MS = 12 * 3_600_000;

/** Builds a zone with a fixed offset east of UTC, in minutes. */
function fixedZone(offsetMin: number, name?: string): Zone {
  const offsetMs = offsetMin * MS_PER_MIN;
  return {
    name: name ?? formatOffset(offsetMin),
    fixedOffsetMin: offsetMin,
    localToUtcMs: (localMs: number) => localMs - offsetMs
  };
}

/** UTC, the default zone. */
export const UTC: Zone = fixedZone(0, 'UTC');

function formatOffset(offsetMin: number): string {
  const sign = offsetMin < 0 ? '-' : '+';
  const abs = Math.abs(offsetMin);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/**
 * Reads an offset written `+05:30`, `-0800`, `+5`, `UTC+2` or `GMT-03:00`; undefined when the
 * text is not an offset. Offsets beyond +-18:00 (ISO 8601's range) are not offsets.
 */
export function parseOffsetMinutes(text: string): number | undefined {
  const m = /^(?:UTC|GMT)?([+-])(\d{1,2})(?::?(\d{2}))?$/i.exec(text.trim());
  if (!m) return undefined;
  const hours = Number(m[2]);
  const minutes = m[3] === undefined ? 0 : Number(m[3]);
  if (minutes >= 60 || hours * 60 + minutes > 18 * 60) return undefined;
  const total = hours * 60 + minutes;
  return m[1] === '-' ? -total : total;
}

/**
 * Resolves a zone setting: empty/`UTC`/`Z` → UTC, an offset, or an IANA name. An unknown name is
 * an error that lists the closest IANA names.
 */
export function resolveZone(spec: string | undefined): ZoneResult {
  const text = (spec ?? '').trim();
  if (text === '' || /^(utc|z|gmt|etc\/utc)$/i.test(text)) return { zone: UTC };
  const offset = parseOffsetMinutes(text);
  if (offset !== undefined) return { zone: fixedZone(offset) };
  let formatter: Intl.DateTimeFormat;
  try {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: text,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric'
    });
  } catch {
    const names = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
    return {
      error:
        `Unknown time zone "${excerpt(text)}": expected UTC, an offset such as +05:30, or an IANA name such as Europe/Berlin.` +
        didYouMean(closestNames(text, names))
    };
  }
  return { zone: ianaZone(formatter.resolvedOptions().timeZone, formatter) };
}

function ianaZone(name: string, formatter: Intl.DateTimeFormat): Zone {
  // Offsets change at most a few times a year; caching the last minute asked makes a log's
  // thousands of look-ups per minute one Intl call.
  let cachedMinute = NaN;
  let cachedUtcMinute = NaN;
  const offsetMsAt = (utcMs: number): number => {
    const secondMs = Math.floor(utcMs / 1000) * 1000;
    let y = 0,
      mo = 0,
      d = 0,
      h = 0,
      mi = 0,
      s = 0;
    for (const part of formatter.formatToParts(secondMs)) {
      switch (part.type) {
        case 'year':
          y = Number(part.value);
          break;
        case 'month':
          mo = Number(part.value);
          break;
        case 'day':
          d = Number(part.value);
          break;
        case 'hour':
          h = Number(part.value);
          break;
        case 'minute':
          mi = Number(part.value);
          break;
        case 'second':
          s = Number(part.value);
          break;
      }
    }
    return Date.UTC(y, mo - 1, d, h, mi, s) - secondMs;
  };
  const minuteToUtc = (localMinuteMs: number): number => {
    // The offset in force half a day before and after bound the two readings a local time can
    // have; a candidate is valid when the zone really has that offset at that instant.
    const before = offsetMsAt(localMinuteMs - HALF_DAY_MS);
    const after = offsetMsAt(localMinuteMs + HALF_DAY_MS);
    const c1 = localMinuteMs - before;
    const c2 = localMinuteMs - after;
    const v1 = offsetMsAt(c1) === before;
    const v2 = offsetMsAt(c2) === after;
    if (v1 && v2) return Math.min(c1, c2);
    if (v1) return c1;
    if (v2) return c2;
    return c1;
  };
  return {
    name,
    localToUtcMs(localMs: number): number {
      const minute = Math.floor(localMs / MS_PER_MIN) * MS_PER_MIN;
      if (minute !== cachedMinute) {
        cachedMinute = minute;
        cachedUtcMinute = minuteToUtc(minute);
      }
      return cachedUtcMinute + (localMs - minute);
    }
  };
}
