/**
 * Time-resolved grid intensity: an hourly series of g CO2e/kWh, read from a CSV file or built from
 * a provider's points, and the weighting of energy by the intensity of the hour it was drawn in.
 *
 * Annual averages hide the daily swing of a grid (solar noon against a coal-fired evening); a run's
 * hours weighted by their own intensity say what it really emitted. Hours the series lacks fall back
 * to the annual value and are listed, so the report can say how much was time-resolved.
 */
import { DiagnosticCap } from './diagnostic-cap.js';
import { diagnostic, type Diagnostic, type DiagnosticCode, type Position } from './diagnostics.js';
import { excerpt } from './excerpt.js';
import type { SourceRef } from './model.js';
import { closestNames, didYouMean } from './suggest.js';
import { csvColumnOf, parseTimeMs, splitCsvRecord } from './traces/lines.js';
import { resolveZone, type Zone } from './traces/timezone.js';

/** Every diagnostic code of the hourly intensity series reader (documented in docs/diagnostics/formats.md). */
export const INTENSITY_SERIES_CODES = [
  'intensity/empty',
  'intensity/missing-column',
  'intensity/unknown-unit',
  'intensity/unit-assumed',
  'intensity/column-chosen',
  'intensity/bad-timezone',
  'intensity/bad-timestamp',
  'intensity/missing-value',
  'intensity/non-numeric',
  'intensity/negative',
  'intensity/implausible',
  'intensity/duplicate-time',
  'intensity/sub-hourly',
  'intensity/no-usable-rows'
] as const;

/** One hour, in milliseconds. Series keys are multiples of it (UTC hour starts). */
export const HOUR_MS = 3_600_000;

/**
 * Highest plausible grid intensity, g/kWh: twice coal-fired generation's 995 g/kWh (CodeCarbon
 * `data/private_infra/carbon_intensity_per_source.json`, MIT), which no grid average exceeds.
 * Above it a value is a unit mistake, not a grid.
 */
const MAX_PLAUSIBLE_INTENSITY_G_PER_KWH = 2000;

/** An hourly intensity series. */
export interface IntensitySeries {
  /** g CO2e/kWh by hour; keys are the start of the UTC hour in ms since the Unix epoch. */
  hourlyGPerKWh: Map<number, number>;
  /** What the series is, for the report: a file path or "Electricity Maps DE". */
  label: string;
  source: SourceRef;
}

/** A timed intensity reading, before it is binned into hours. */
export interface IntensityPoint {
  timeMs: number;
  intensityGPerKWh: number;
}

/** Start of the UTC hour that contains `timeMs`. */
function hourStartMs(timeMs: number): number {
  return Math.floor(timeMs / HOUR_MS) * HOUR_MS;
}

/**
 * Bins points into hours. A point labels the hour that starts at or before it (Electricity Maps
 * stamps each hour with its start). Several points in one hour (5- or 15-minute data) are averaged,
 * which equals the time-weighted mean when they are evenly spaced.
 */
export function seriesFromPoints(points: Iterable<IntensityPoint>, label: string, source: SourceRef): IntensitySeries {
  const sums = new Map<number, { sum: number; count: number }>();
  for (const p of points) {
    const hour = hourStartMs(p.timeMs);
    const acc = sums.get(hour);
    if (acc) {
      acc.sum += p.intensityGPerKWh;
      acc.count++;
    } else sums.set(hour, { sum: p.intensityGPerKWh, count: 1 });
  }
  const hourlyGPerKWh = new Map<number, number>();
  for (const hour of [...sums.keys()].sort((a, b) => a - b)) {
    const acc = sums.get(hour)!;
    hourlyGPerKWh.set(hour, acc.sum / acc.count);
  }
  return { hourlyGPerKWh, label, source };
}

/** Options for reading an intensity CSV. */
export interface IntensityCsvOptions {
  /** Zone for timestamps written without one (IANA name or `+HH:MM`); default UTC. */
  timezone?: string;
  /** Source to attach; default names the file as supplied by the user. */
  source?: SourceRef;
}

/** The result of reading an intensity CSV: the series (possibly empty) and every problem found. */
export interface IntensityCsvResult {
  series: IntensitySeries;
  diagnostics: Diagnostic[];
}

/** Conversion factors to g/kWh for the units a header may name. */
const UNIT_FACTORS: { re: RegExp; factor: number; unit: string }[] = [
  { re: /\bkg (per )?kwh\b/, factor: 1000, unit: 'kg/kWh' },
  { re: /\b(t|tonnes?|tons?) (per )?mwh\b/, factor: 1000, unit: 't/MWh' },
  { re: /\blbs? (per )?mwh\b/, factor: 0.45359237, unit: 'lb/MWh' },
  { re: /\bkg (per )?mwh\b/, factor: 1, unit: 'kg/MWh' },
  { re: /\bg (per )?kwh\b/, factor: 1, unit: 'g/kWh' },
  { re: /\bg (per )?mwh\b/, factor: 0.001, unit: 'g/MWh' }
];

/** Columns that mention carbon but hold shares, not intensities (Electricity Maps' CFE%, etc.). */
const NOT_INTENSITY = /\b(percent|percentage|pct|free|renewable|low carbon|fossil|estimated|estimation|source)\b/;

const TIME_NAMES =
  /^(timestamp|datetime|date ?time|time|hour|point time|period start|start|datetime utc|date time utc|timestamp utc)$/;

/** Lower-cases a header and turns CO2 spellings and punctuation into spaces, for matching. */
function headerWords(header: string): string {
  return header
    .toLowerCase()
    .replace(/co₂/g, 'co2')
    .replace(/co2(eq|e)?/g, ' ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Reads the unit from a header: a factor to g/kWh, `undefined` when none is named, or an error. */
function unitOf(header: string): { factor: number; unit: string } | undefined | { error: string } {
  const words = headerWords(header)
    .replace(/\bg(?=kwh|mwh)/, 'g ')
    .replace(/\bkg(?=kwh|mwh)/, 'kg ');
  for (const u of UNIT_FACTORS) if (u.re.test(words)) return { factor: u.factor, unit: u.unit };
  if (/kwh|mwh|wh\b/.test(words)) return { error: `unrecognised unit in column "${excerpt(header.trim())}"` };
  return undefined;
}

/**
 * Parses an hourly intensity CSV: a timestamp column and an intensity column, found by header
 * name (`timestamp`/`datetime`/`Datetime (UTC)`...; `carbon_intensity_gco2_per_kwh`,
 * `Carbon Intensity gCO₂eq/kWh (LCA)`...), or the first two columns when there is no header.
 * The unit is read from the intensity header (g/kWh, kg/kWh, t/MWh, lb/MWh); none means g/kWh.
 * Where a header offers both life-cycle and direct intensities, life-cycle is used (Electricity
 * Maps' default). Bad rows are skipped with a warning naming file, line and column; a file with no
 * usable row is an error.
 */
export function parseIntensityCsv(text: string, file: string, options: IntensityCsvOptions = {}): IntensityCsvResult {
  const diagnostics: Diagnostic[] = [];
  const source = options.source ?? { name: `intensity series ${file}`, licence: 'as supplied by the user' };
  const empty = (): IntensityCsvResult => ({ series: { hourlyGPerKWh: new Map(), label: file, source }, diagnostics });
  const zoneResult = resolveZone(options.timezone);
  if ('error' in zoneResult) {
    diagnostics.push(diagnostic('error', 'intensity/bad-timezone', zoneResult.error, { file }));
    return empty();
  }
  const zone: Zone = zoneResult.zone;

  const lines = text.replace(/^\ufeff/, '').split(/\r?\n/);
  let lineIndex = lines.findIndex((l) => l.trim().length > 0 && !l.trimStart().startsWith('#'));
  if (lineIndex === -1) {
    diagnostics.push(
      diagnostic(
        'error',
        'intensity/empty',
        'The intensity file has no rows; expected a header such as "timestamp,carbon_intensity_gco2_per_kwh" and one row per hour.',
        { file }
      )
    );
    return empty();
  }

  const first = splitCsvRecord(lines[lineIndex]);
  let timeCol = 0;
  let valueCol = 1;
  let factor = 1;
  let unit = 'g/kWh';
  if (Number.isNaN(parseTimeMs(first[0], zone))) {
    // A header row: find the columns by name.
    const words = first.map(headerWords);
    timeCol = words.findIndex((w) => TIME_NAMES.test(w) || /\b(datetime|timestamp)\b/.test(w));
    const candidates = words
      .map((w, i) => ({ w, i }))
      .filter(
        ({ w, i }) =>
          i !== timeCol &&
          !NOT_INTENSITY.test(w) &&
          (/\b(intensity|carbon|emission factor|ci)\b/.test(w) || /\bg (per )?kwh\b|gkwh/.test(w))
      );
    const headerLine = lineIndex + 1;
    if (timeCol === -1) {
      diagnostics.push(
        diagnostic(
          'error',
          'intensity/missing-column',
          `No timestamp column in the header; expected one named "timestamp" or "datetime".${didYouMean(closestNames('timestamp', first))}`,
          { file, line: headerLine, column: 1 }
        )
      );
    }
    if (candidates.length === 0) {
      diagnostics.push(
        diagnostic(
          'error',
          'intensity/missing-column',
          `No intensity column in the header; expected one named like "carbon_intensity_gco2_per_kwh".${didYouMean(closestNames('carbon_intensity', first))}`,
          { file, line: headerLine, column: 1 }
        )
      );
    }
    if (timeCol === -1 || candidates.length === 0) return empty();
    const lifecycle = candidates.find(({ w }) => /\b(lca|lifecycle|life cycle)\b/.test(w));
    const chosen = lifecycle ?? candidates[0];
    valueCol = chosen.i;
    if (candidates.length > 1) {
      diagnostics.push(
        diagnostic(
          'notice',
          'intensity/column-chosen',
          `Several intensity columns; using "${excerpt(first[valueCol].trim())}"${lifecycle ? ' (life-cycle, as Electricity Maps defaults to)' : ' (the first)'}.`,
          { file, ...cellSpan(lines[lineIndex], headerLine, valueCol) }
        )
      );
    }
    const u = unitOf(first[valueCol]);
    if (u && 'error' in u) {
      diagnostics.push(
        diagnostic('error', 'intensity/unknown-unit', `${u.error}; expected g/kWh, kg/kWh, t/MWh or lb/MWh.`, {
          file,
          ...cellSpan(lines[lineIndex], headerLine, valueCol)
        })
      );
      return empty();
    }
    if (u) {
      factor = u.factor;
      unit = u.unit;
    } else {
      diagnostics.push(
        diagnostic(
          'notice',
          'intensity/unit-assumed',
          `Column "${excerpt(first[valueCol].trim())}" names no unit; read as g CO2e/kWh.`,
          { file, ...cellSpan(lines[lineIndex], headerLine, valueCol) }
        )
      );
    }
    lineIndex++;
  }

  const points: IntensityPoint[] = [];
  const seen = new Set<number>();
  let skipped = 0;
  // One warning per bad row, but a file of a million bad rows gets a bounded list.
  const rowWarnings = new DiagnosticCap();
  for (; lineIndex < lines.length; lineIndex++) {
    const raw = lines[lineIndex];
    if (raw.trim().length === 0 || raw.trimStart().startsWith('#')) continue;
    const line = lineIndex + 1;
    const fields = splitCsvRecord(raw);
    const warn = (code: DiagnosticCode, message: string, col: number): void => {
      skipped++;
      rowWarnings.add(diagnostic('warning', code, message, { file, ...cellSpan(raw, line, col) }));
    };
    const timeText = (fields[timeCol] ?? '').trim();
    const timeMs = parseTimeMs(timeText, zone);
    if (Number.isNaN(timeMs)) {
      warn(
        'intensity/bad-timestamp',
        `"${excerpt(timeText)}" is not a timestamp; expected ISO 8601 such as 2024-01-01T13:00:00Z. Row skipped.`,
        timeCol
      );
      continue;
    }
    const valueText = (fields[valueCol] ?? '').trim();
    if (valueText === '') {
      warn('intensity/missing-value', 'No intensity on this row; the hour falls back to the annual value.', valueCol);
      continue;
    }
    const value = Number(valueText);
    if (!Number.isFinite(value)) {
      warn(
        'intensity/non-numeric',
        `"${excerpt(valueText)}" is not a number; expected an intensity in ${unit}. Row skipped.`,
        valueCol
      );
      continue;
    }
    const gPerKWh = value * factor;
    if (gPerKWh < 0) {
      warn('intensity/negative', `Intensity ${excerpt(valueText)} ${unit} is negative. Row skipped.`, valueCol);
      continue;
    }
    if (gPerKWh > MAX_PLAUSIBLE_INTENSITY_G_PER_KWH) {
      warn(
        'intensity/implausible',
        `Intensity ${excerpt(valueText)} ${unit} is above ${MAX_PLAUSIBLE_INTENSITY_G_PER_KWH} g/kWh, more than any grid emits. Row skipped.`,
        valueCol
      );
      continue;
    }
    if (seen.has(timeMs)) {
      warn(
        'intensity/duplicate-time',
        `Timestamp ${excerpt(timeText)} appears again; the first value is kept.`,
        timeCol
      );
      continue;
    }
    seen.add(timeMs);
    points.push({ timeMs, intensityGPerKWh: gPerKWh });
  }
  for (const d of rowWarnings.list()) diagnostics.push(d);

  const series = seriesFromPoints(points, file, source);
  if (series.hourlyGPerKWh.size === 0) {
    diagnostics.push(
      diagnostic(
        'error',
        'intensity/no-usable-rows',
        `No usable intensity row${skipped ? ` (${skipped} skipped)` : ''}; expected rows of timestamp and intensity.`,
        { file }
      )
    );
  } else if (series.hourlyGPerKWh.size < points.length) {
    diagnostics.push(
      diagnostic(
        'notice',
        'intensity/sub-hourly',
        `${points.length} readings fall in ${series.hourlyGPerKWh.size} hour${series.hourlyGPerKWh.size === 1 ? '' : 's'}; each hour uses the mean of its readings.`,
        { file }
      )
    );
  }
  return { series, diagnostics };
}

/**
 * Adds an interval's energy to a per-hour map, spread evenly over the hours it overlaps (a
 * constant draw within the interval, which is all an interval tells). Keys are UTC hour starts.
 */
export function addEnergyByHour(
  energyByHourKWh: Map<number, number>,
  startMs: number,
  endMs: number,
  energyKWh: number
): void {
  if (!(endMs > startMs)) {
    const hour = hourStartMs(startMs);
    energyByHourKWh.set(hour, (energyByHourKWh.get(hour) ?? 0) + energyKWh);
    return;
  }
  const perMs = energyKWh / (endMs - startMs);
  for (let hour = hourStartMs(startMs); hour < endMs; hour += HOUR_MS) {
    const overlapMs = Math.min(endMs, hour + HOUR_MS) - Math.max(startMs, hour);
    energyByHourKWh.set(hour, (energyByHourKWh.get(hour) ?? 0) + overlapMs * perMs);
  }
}

/** Emissions of energy drawn hour by hour, and how much of it the series covered. */
export interface HourlyWeighting {
  emissionsKg: number;
  /** Share of the energy whose hour had a series value, 0..1 (1 when there is no energy). */
  coveredFraction: number;
  /** Hours (UTC starts, ms) that drew energy but had no series value, ascending. */
  missingHours: number[];
}

/**
 * Weights each hour's energy by that hour's intensity: sum of kWh x g/kWh / 1000. Hours absent
 * from the series use `fallbackIntensityGPerKWh` (the location's annual average) and are listed in
 * `missingHours`. Keys that are not hour starts are read as the hour containing them.
 */
export function weightByHour(
  energyByHourKWh: Map<number, number>,
  series: IntensitySeries,
  fallbackIntensityGPerKWh: number
): HourlyWeighting {
  let emissionsG = 0;
  let totalKWh = 0;
  let coveredKWh = 0;
  const missing = new Set<number>();
  for (const [key, energyKWh] of energyByHourKWh) {
    const hour = hourStartMs(key);
    totalKWh += energyKWh;
    const intensity = series.hourlyGPerKWh.get(hour);
    if (intensity === undefined) {
      emissionsG += energyKWh * fallbackIntensityGPerKWh;
      if (energyKWh > 0) missing.add(hour);
    } else {
      emissionsG += energyKWh * intensity;
      coveredKWh += energyKWh;
    }
  }
  return {
    emissionsKg: emissionsG / 1000,
    coveredFraction: totalKWh > 0 ? coveredKWh / totalKWh : missing.size === 0 ? 1 : 0,
    missingHours: [...missing].sort((a, b) => a - b)
  };
}

/**
 * Where CSV field `index` of `text` (line `line`) is written: its first character, as written
 * (quotes and leading blanks included), and its last, without the blanks before the next comma;
 * no end for an empty field.
 */
function cellSpan(text: string, line: number, index: number): Omit<Position, 'file'> {
  const column = csvColumnOf(text, index);
  let end = column - 1; // 0-based: the field runs from column - 1 up to (not including) end
  let inQuotes = false;
  for (; end < text.length; end++) {
    const c = text[end];
    if (c === '"') inQuotes = !inQuotes;
    else if (c === ',' && !inQuotes) break;
  }
  while (end > column - 1 && /\s/.test(text[end - 1])) end--;
  return end > column - 1 ? { line, column, endLine: line, endColumn: end } : { line, column };
}
