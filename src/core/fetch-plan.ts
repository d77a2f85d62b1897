/**
 * Which hours of a measured run are asked of an intensity provider (Electricity Maps), and how
 * many a run and a whole check may ask for. The hours come from the run's logs, and the logs from
 * the change being judged: two log lines stamped 2016 and 2025 once made one check send 732
 * requests. So only the hours that drew energy are asked for (a stretch of the log without energy
 * is not), and the asking is capped per run and per check; hours past a cap use the run's annual
 * intensity, and the report says which.
 */
import { HOUR_MS } from './intensity-series.js';
import type { HourlyEnergy } from './model.js';

/** Most hours one run may ask a provider for: 31 days, a month of training at hourly resolution. */
export const MAX_FETCH_HOURS_PER_RUN = 31 * 24;

/** Most hours one check may ask a provider for, over all its runs: 90 days. */
export const MAX_FETCH_HOURS_PER_CHECK = 90 * 24;

/**
 * Each request counts at least this many hours against the caps, so that many short stretches
 * (one hour every few days) are bounded as well as one long one: at most 90 stretches per check.
 */
export const MIN_CHARGED_HOURS = 24;

/**
 * Hours with energy at most this far apart are asked for in one stretch, the hours between
 * included: a pause of a day in the logs is cheaper fetched through than split.
 */
const JOIN_GAP_HOURS = 24;

/** Whole UTC hours from `startMs` (inclusive) to `endMs` (exclusive). */
export interface HourSpan {
  startMs: number;
  endMs: number;
}

/** The hours of a span. */
function spanHours(span: HourSpan): number {
  return Math.round((span.endMs - span.startMs) / HOUR_MS);
}

/**
 * The stretches of hours that drew energy, in time order: hours with energy joined where at most
 * {@link JOIN_GAP_HOURS} apart. Empty when no hour drew energy.
 */
export function energySpans(hourly: HourlyEnergy): HourSpan[] {
  const hours = [...hourly.energyByHourKWh]
    .filter(([, kWh]) => kWh > 0)
    .map(([hour]) => Math.floor(hour / HOUR_MS) * HOUR_MS)
    .sort((a, b) => a - b);
  const spans: HourSpan[] = [];
  for (const hour of hours) {
    const last = spans[spans.length - 1];
    if (last !== undefined && hour - last.endMs <= JOIN_GAP_HOURS * HOUR_MS) {
      last.endMs = Math.max(last.endMs, hour + HOUR_MS);
    } else {
      spans.push({ startMs: hour, endMs: hour + HOUR_MS });
    }
  }
  return spans;
}

/** What to ask for, and what is left out. */
export interface FetchPlan {
  /** Spans to fetch (those already fetched included: they cost nothing). */
  fetch: HourSpan[];
  /** Hours counted against the caps by this plan. */
  chargedHours: number;
  /** Hours with energy left out by a cap, and the first and last of them. */
  skipped?: { hours: number; firstMs: number; lastMs: number };
}

/**
 * Takes the spans in time order while the caps allow: a span already fetched is free, any other
 * counts its hours (at least {@link MIN_CHARGED_HOURS}); the span that crosses a cap is cut
 * short, and later ones are left out. `checkHoursLeft` is what the check has not yet spent.
 */
export function planFetch(
  spans: readonly HourSpan[],
  hourly: HourlyEnergy,
  options: { runHours: number; checkHoursLeft: number; fetched: (span: HourSpan) => boolean }
): FetchPlan {
  let left = Math.min(options.runHours, options.checkHoursLeft);
  const fetch: HourSpan[] = [];
  let chargedHours = 0;
  for (const span of spans) {
    if (options.fetched(span)) {
      fetch.push(span);
      continue;
    }
    if (left <= 0) continue;
    const hours = Math.min(spanHours(span), left);
    const charge = Math.min(left, Math.max(hours, MIN_CHARGED_HOURS));
    left -= charge;
    chargedHours += charge;
    fetch.push({ startMs: span.startMs, endMs: span.startMs + hours * HOUR_MS });
  }
  const plan: FetchPlan = { fetch, chargedHours };
  const skipped = hoursLeftOut(hourly, fetch);
  if (skipped) plan.skipped = skipped;
  return plan;
}

/** The hours with energy that no span of `fetch` covers. */
function hoursLeftOut(hourly: HourlyEnergy, fetch: readonly HourSpan[]): FetchPlan['skipped'] {
  let hours = 0;
  let firstMs = Infinity;
  let lastMs = -Infinity;
  for (const [hour, kWh] of hourly.energyByHourKWh) {
    if (!(kWh > 0)) continue;
    const start = Math.floor(hour / HOUR_MS) * HOUR_MS;
    if (fetch.some((s) => start >= s.startMs && start < s.endMs)) continue;
    hours++;
    firstMs = Math.min(firstMs, start);
    lastMs = Math.max(lastMs, start);
  }
  return hours > 0 ? { hours, firstMs, lastMs } : undefined;
}
