/**
 * Time-resolved intensity for measured runs: which hourly series a run gets (its manifest's file,
 * the flag's or input's file, or a provider such as Electricity Maps), reading a manifest's file
 * through the adapter's reader, and weighting the run's energy hour by hour.
 *
 *   CO2e [kg] = sum over hours of IT energy(hour) [kWh] x PUE x intensity(hour) [g/kWh] / 1000 x repeats
 *
 * Hours the series lacks, and energy from logs without wall-clock times, use the run's annual
 * (or explicit) intensity; the run says how much of its energy the series covered. Pure: files are
 * read only through the `TraceReader`, the network only through the `IntensityProvider`.
 */
import { diagnostic, type Diagnostic, type Position } from './diagnostics.js';
import {
  energySpans,
  MAX_FETCH_HOURS_PER_CHECK,
  MAX_FETCH_HOURS_PER_RUN,
  MIN_CHARGED_HOURS,
  planFetch,
  type HourSpan
} from './fetch-plan.js';
import { HOUR_MS, parseIntensityCsv, weightByHour, type IntensitySeries } from './intensity-series.js';
import type { ResolvedRun } from './estimate.js';
import { electricityMapsZone } from './intensity-zone.js';
import type {
  AnalyzeInput,
  HourlyEnergy,
  IntensityAnswer,
  IntensitySeriesOrigin,
  IntensityValue,
  MeasurementSummary,
  RunSpec,
  TimeResolvedIntensity,
  TraceReader
} from './model.js';
import { formatEnergy, formatIntensity, formatNumber, formatPercent } from './format.js';
import { decode } from './traces/stream.js';

/** Every diagnostic code of time-resolved intensity (documented in docs/diagnostics/report.md). */
export const TIME_RESOLVED_CODES = [
  'intensity/series-not-found',
  'intensity/series-unreadable',
  'intensity/estimated-run',
  'intensity/not-fetched',
  'intensity/provider-failed',
  'intensity/partial-coverage',
  'intensity/fetch-limit'
] as const;

/**
 * Largest series file read: 32 MiB once decompressed. A year of hourly rows is about 0.3 MiB and a
 * year of 5-minute readings about 4 MiB; more is not an intensity series.
 */
const MAX_SERIES_BYTES = 32 * 1024 * 1024;

/** Hours named in a message before the rest are counted. */
const MAX_HOURS_NAMED = 5;

/** A series, or the diagnostics saying why there is none. */
export interface SeriesRead {
  series?: IntensitySeries;
  diagnostics: Diagnostic[];
}

/**
 * Reads the series file a manifest names (`intensity-series:`), relative to the manifest's folder
 * and confined as traces are, through the adapter's reader; `.gz` is decompressed. Zone-less
 * timestamps are read in `timezone` (the run's trace timezone). Problems are errors at `at`:
 * the manifest names a file, and a run must not silently lose what it asked for.
 */
async function readManifestSeries(
  reader: TraceReader,
  manifest: string,
  file: string,
  at: Position,
  timezone?: string
): Promise<SeriesRead> {
  const listed = await reader.list(manifest, file);
  const diagnostics = [...listed.diagnostics];
  if (diagnostics.some((d) => d.severity === 'error')) return { diagnostics };
  if (listed.files.length !== 1) {
    diagnostics.push(
      listed.files.length === 0
        ? diagnostic(
            'error',
            'intensity/series-not-found',
            `The intensity series "${file}" matches no file (relative to the manifest's folder); expected an hourly CSV of timestamp and g/kWh.`,
            at
          )
        : diagnostic(
            'error',
            'intensity/series-unreadable',
            `The intensity series "${file}" matches ${listed.files.length} files; expected one file.`,
            at
          )
    );
    return { diagnostics };
  }
  const path = listed.files[0];
  const text = await readText(reader, path);
  if ('error' in text) {
    diagnostics.push(
      diagnostic(
        'error',
        'intensity/series-unreadable',
        `The intensity series "${path}" could not be read: ${text.error}`,
        at
      )
    );
    return { diagnostics };
  }
  const parsed = parseIntensityCsv(text.text, path, timezone !== undefined ? { timezone } : {});
  for (const d of parsed.diagnostics) diagnostics.push(d);
  if (parsed.diagnostics.some((d) => d.severity === 'error')) return { diagnostics };
  return { series: parsed.series, diagnostics };
}

/** A whole small file as UTF-8 text, decompressed where gzip, with a size cap. */
async function readText(reader: TraceReader, path: string): Promise<{ text: string } | { error: string }> {
  try {
    const decoded = await decode(reader.open(path));
    const parts: Uint8Array[] = [];
    let total = 0;
    for await (const chunk of decoded.chunks) {
      total += chunk.length;
      if (total > MAX_SERIES_BYTES) {
        await decoded.close().catch(() => undefined);
        return {
          error: `it is larger than ${MAX_SERIES_BYTES / (1024 * 1024)} MiB${decoded.gzip ? ' once decompressed' : ''}, far more than a series of hourly values.`
        };
      }
      parts.push(chunk);
    }
    const bytes = new Uint8Array(total);
    let offset = 0;
    for (const part of parts) {
      bytes.set(part, offset);
      offset += part.length;
    }
    try {
      return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
    } catch {
      return { error: 'it is not UTF-8 text; expected a CSV saved as UTF-8.' };
    }
  } catch (e) {
    // The adapter's reader throws an error carrying a one-line message (a TraceAccessError).
    const message = e instanceof Error ? e.message : String(e);
    return { error: message.endsWith('.') ? message : `${message}.` };
  }
}

/** The time-resolved measurement and what to tell the user about it. */
export interface Weighted {
  measurement: MeasurementSummary;
  diagnostics: Diagnostic[];
}

/**
 * Weights a measured run's IT energy by the hourly series: hours with a value use it, the rest
 * (and energy without wall-clock times) the fallback. Returns the measurement with
 * `timeResolvedEmissionsKg` (kg per training, before PUE and repeats, which `measuredRun`
 * applies), `timeResolvedIntensity` and a note; and a warning when the series left energy to the
 * fallback.
 */
export function weightMeasurement(args: {
  runName: string;
  measurement: MeasurementSummary;
  hourly: HourlyEnergy;
  series: IntensitySeries;
  origin: IntensitySeriesOrigin;
  fallback: IntensityValue;
  at: Position;
}): Weighted {
  const { runName, measurement, hourly, series, origin, fallback, at } = args;
  const fallbackG = fallback.intensityGPerKWh;
  const weighting = weightByHour(hourly.energyByHourKWh, series, fallbackG);
  const itKWh = measurement.itEnergyKWh;
  let hourlyKWh = 0;
  for (const kWh of hourly.energyByHourKWh.values()) hourlyKWh += kWh;
  const coveredKWh = hourlyKWh * weighting.coveredFraction;
  // Energy the hours do not account for (untimed logs, rounding) is weighted at the fallback.
  const restKWh = Math.max(0, itKWh - hourlyKWh);
  const emissionsKg = weighting.emissionsKg + (restKWh * fallbackG) / 1000;
  const coveredFraction = itKWh > 0 ? Math.min(1, coveredKWh / itKWh) : 1;
  const effectiveG = itKWh > 0 ? (emissionsKg * 1000) / itKWh : fallbackG;
  let coveredHours = 0;
  for (const [hour, kWh] of hourly.energyByHourKWh)
    if (kWh > 0 && series.hourlyGPerKWh.has(Math.floor(hour / HOUR_MS) * HOUR_MS)) coveredHours++;

  const detail: TimeResolvedIntensity = {
    label: series.label,
    source: series.source,
    origin,
    coveredFraction,
    coveredHours,
    missingHours: weighting.missingHours.length,
    untimedEnergyKWh: hourly.untimedEnergyKWh,
    fallbackIntensityGPerKWh: fallbackG,
    effectiveIntensityGPerKWh: effectiveG
  };
  const rest: string[] = [];
  if (weighting.missingHours.length > 0)
    rest.push(
      `${weighting.missingHours.length} hour${weighting.missingHours.length === 1 ? '' : 's'} the series has no value for`
    );
  if (restKWh > 0) rest.push(`${formatEnergy(restKWh)} from logs without wall-clock times`);
  const note =
    `Time-resolved intensity from ${series.label} (${ORIGIN_TEXT[origin]}): ${formatPercent(coveredFraction)} of the IT energy, over ${coveredHours} hour${coveredHours === 1 ? '' : 's'}, ` +
    `is weighted by its own hour's intensity, for an effective ${formatIntensity(effectiveG)}` +
    (rest.length > 0
      ? `; the rest (${rest.join(' and ')}) uses the run's own intensity, ${formatIntensity(fallbackG)} (${fallback.label}).`
      : '.');

  const diagnostics: Diagnostic[] = [];
  if (coveredFraction < 1) {
    const named = weighting.missingHours.slice(0, MAX_HOURS_NAMED).map(isoHour);
    const more = weighting.missingHours.length - named.length;
    const hours =
      named.length > 0 ? ` Hours without a value: ${named.join(', ')}${more > 0 ? ` and ${more} more` : ''}.` : '';
    diagnostics.push(
      diagnostic(
        'warning',
        'intensity/partial-coverage',
        `Run "${runName}": the intensity series ${series.label} covers ${formatPercent(coveredFraction)} of its energy; the rest (${rest.join(' and ')}) uses the run's own intensity, ${formatIntensity(fallbackG)} (${fallback.label}).${hours}`,
        at
      )
    );
  }
  return {
    measurement: {
      ...measurement,
      notes: [...measurement.notes, note],
      timeResolvedEmissionsKg: emissionsKg,
      timeResolvedIntensity: detail
    },
    diagnostics
  };
}

/** How each origin reads in a note. */
const ORIGIN_TEXT: Record<IntensitySeriesOrigin, string> = {
  manifest: "the run's `intensity-series`",
  override: 'the --intensity-series / intensity-series input',
  provider: 'fetched for the hours of the run'
};

/** The series chosen for a run, with what to tell the user about the choice. */
export interface SeriesChoice {
  series?: IntensitySeries;
  origin?: IntensitySeriesOrigin;
  diagnostics: Diagnostic[];
}

/**
 * Picks and loads the hourly series of each run during one `analyze` call: the run's own
 * `intensity-series` first, then the flag's or input's file, then the provider (only for runs whose
 * intensity comes from their location: an explicit `intensity:` is kept as stated). Files are read
 * and parsed once per time zone, and a provider is asked once per zone and range; their
 * diagnostics are reported once.
 */
export class SeriesSource {
  private readonly reads = new Map<string, Promise<SeriesRead>>();
  private readonly reported = new Set<string>();
  private readonly estimatedGlobal: string[] = [];

  constructor(
    private readonly input: Pick<AnalyzeInput, 'intensitySeries' | 'intensityProvider' | 'traces' | 'overrides'>,
    /**
     * The provider's answers by zone and span, and the hours this check has asked it for (see
     * ./fetch-plan.ts): shared with {@link sibling}s, so that one check asks once for an hour and
     * its limit counts every side.
     */
    private readonly provider: { answers: Map<string, Promise<IntensityAnswer>>; fetchedHours: number } = {
      answers: new Map(),
      fetchedHours: 0
    }
  ) {}

  /**
   * A source for the same check's other side (the base), reading series files through its own
   * reader but sharing the provider's answers: an hour fetched for the head is the same hour's
   * value at the base, so a run that did not change cannot differ by a second fetch's answer.
   */
  sibling(traces: TraceReader | undefined): SeriesSource {
    return new SeriesSource({ ...this.input, traces }, this.provider);
  }

  /** Where a run's series would come from, before it is measured; undefined: none applies. */
  originFor(spec: RunSpec): IntensitySeriesOrigin | undefined {
    if (spec.intensitySeries !== undefined) return 'manifest';
    if (this.input.intensitySeries) return 'override';
    if (this.input.intensityProvider && spec.intensityGPerKWh === undefined) return 'provider';
    return undefined;
  }

  /**
   * An estimated run: no timestamps to weight. A run that names its own series gets a notice at
   * that key; runs reached only by the flag, input or provider are listed in one notice by
   * {@link finish}.
   */
  estimated(spec: RunSpec): Diagnostic[] {
    const origin = this.originFor(spec);
    if (origin === undefined) return [];
    if (origin !== 'manifest') {
      this.estimatedGlobal.push(spec.name);
      return [];
    }
    return [
      diagnostic(
        'notice',
        'intensity/estimated-run',
        `Run "${spec.name}" is estimated, not measured: its energy has no timestamps to weight by the hour, so \`intensity-series\` is not used and the run's annual intensity applies.`,
        spec.fieldPositions['intensity-series'] ?? spec.position
      )
    ];
  }

  /** The summary notice for estimated runs the flag, input or provider would have reached. */
  finish(): Diagnostic[] {
    if (this.estimatedGlobal.length === 0) return [];
    const what = this.input.intensitySeries
      ? `The intensity series ${this.input.intensitySeries.file}`
      : `${this.input.intensityProvider?.name ?? 'The provider'}'s hourly intensity`;
    const names = this.estimatedGlobal
      .slice(0, 10)
      .map((n) => `"${n}"`)
      .join(', ');
    const more = this.estimatedGlobal.length > 10 ? ` and ${this.estimatedGlobal.length - 10} more` : '';
    return [
      diagnostic(
        'notice',
        'intensity/estimated-run',
        `${what} weights measured runs only; estimated runs have no timestamps to weight and use their annual intensity: ${names}${more}.`,
        this.input.intensitySeries ? { file: this.input.intensitySeries.file } : undefined
      )
    ];
  }

  /** The series for a measured run whose energy by hour is `hourly`; none where none applies or it failed. */
  async forMeasured(run: ResolvedRun, hourly: HourlyEnergy): Promise<SeriesChoice> {
    const { spec } = run;
    const origin = this.originFor(spec);
    const timezone = spec.traceOptions?.timezone ?? this.input.overrides?.timezone;
    if (origin === 'manifest' && spec.intensitySeries !== undefined) {
      const at = spec.fieldPositions['intensity-series'] ?? spec.position;
      if (!this.input.traces) return { diagnostics: [] };
      const key = `manifest\u0000${spec.manifest}\u0000${spec.intensitySeries}\u0000${timezone ?? ''}`;
      return this.once(
        key,
        () =>
          readManifestSeries(
            this.input.traces as TraceReader,
            spec.manifest,
            spec.intensitySeries as string,
            at,
            timezone
          ),
        'manifest'
      );
    }
    if (origin === 'override' && this.input.intensitySeries) {
      const text = this.input.intensitySeries;
      const key = `override\u0000${timezone ?? ''}`;
      return this.once(key, async () => parseOverride(text.text, text.file, timezone), 'override');
    }
    if (!this.input.intensityProvider) return { diagnostics: [] };
    const provider = this.input.intensityProvider;
    const at = spec.fieldPositions['location'] ?? spec.position;
    const fallback = `the run's annual ${formatIntensity(run.intensity.intensityGPerKWh)} (${run.intensity.label}) is used`;
    if (spec.intensityGPerKWh !== undefined) {
      // An explicit intensity says the user knows the grid better than the location does.
      return {
        diagnostics: [
          diagnostic(
            'notice',
            'intensity/not-fetched',
            `Run "${spec.name}": its \`intensity\` is given explicitly (${formatIntensity(spec.intensityGPerKWh)}), so ${provider.name} is not asked; give \`intensity-series\` to weight its hours.`,
            spec.fieldPositions['intensity'] ?? spec.position
          )
        ]
      };
    }
    const zone = electricityMapsZone(run.intensity.key);
    if (zone === undefined) {
      return {
        diagnostics: [
          diagnostic(
            'notice',
            'intensity/not-fetched',
            `Run "${spec.name}": location ${run.intensity.label} has no ${provider.name} zone, so its hours are not weighted and ${fallback}; write the location as a zone (e.g. "zone:DE", "US-CAL-CISO") or give \`intensity-series\`.`,
            at
          )
        ]
      };
    }
    const spans = energySpans(hourly);
    if (spans.length === 0) {
      return {
        diagnostics: [
          diagnostic(
            'notice',
            'intensity/not-fetched',
            `Run "${spec.name}": its logs carry no wall-clock times, so there are no hours to fetch ${provider.name} intensities for and ${fallback}.`,
            at
          )
        ]
      };
    }
    const keyOf = (span: HourSpan): string => `${zone}\u0000${span.startMs}\u0000${span.endMs}`;
    const plan = planFetch(spans, hourly, {
      runHours: MAX_FETCH_HOURS_PER_RUN,
      checkHoursLeft: MAX_FETCH_HOURS_PER_CHECK - this.provider.fetchedHours,
      fetched: (span) => this.provider.answers.has(keyOf(span))
    });
    this.provider.fetchedHours += plan.chargedHours;
    const diagnostics: Diagnostic[] = [];
    if (plan.skipped) {
      const { hours, firstMs, lastMs } = plan.skipped;
      diagnostics.push(
        diagnostic(
          'warning',
          'intensity/fetch-limit',
          `Run "${spec.name}": ${hours} hour${hours === 1 ? '' : 's'} of its energy (${isoHour(firstMs)} to ${isoHour(lastMs + HOUR_MS)}) ${hours === 1 ? 'was' : 'were'} not fetched from ${provider.name}: one run may ask for at most ${formatNumber(MAX_FETCH_HOURS_PER_RUN)} hours (${MAX_FETCH_HOURS_PER_RUN / 24} days) and one check for ${formatNumber(MAX_FETCH_HOURS_PER_CHECK)} hours (${MAX_FETCH_HOURS_PER_CHECK / 24} days), each request counting at least ${MIN_CHARGED_HOURS} hours. ${hours === 1 ? 'That hour uses' : 'Those hours use'} the annual average: ${formatIntensity(run.intensity.intensityGPerKWh)} (${run.intensity.label}).`,
          at
        )
      );
    }
    const hourlyGPerKWh = new Map<number, number>();
    let fetched: IntensitySeries | undefined;
    for (const span of plan.fetch) {
      const key = keyOf(span);
      let pending = this.provider.answers.get(key);
      if (!pending) {
        pending = provider
          .fetch({ zone, ...span })
          .catch((e: unknown) => ({ ok: false as const, message: e instanceof Error ? e.message : String(e) }));
        this.provider.answers.set(key, pending);
      }
      const answer = await pending;
      if (!answer.ok) {
        const range = `${isoHour(span.startMs)} to ${isoHour(span.endMs)}`;
        const why = /[.!?]$/.test(answer.message.trim()) ? answer.message.trim() : `${answer.message.trim()}.`;
        diagnostics.push(
          diagnostic(
            'warning',
            'intensity/provider-failed',
            `Run "${spec.name}": no hourly intensities from ${provider.name} for zone ${zone}, ${range}: ${why} The annual average is used instead: ${formatIntensity(run.intensity.intensityGPerKWh)} (${run.intensity.label}).`,
            at
          )
        );
        return { diagnostics };
      }
      fetched ??= answer.series;
      for (const [hour, g] of answer.series.hourlyGPerKWh) if (!hourlyGPerKWh.has(hour)) hourlyGPerKWh.set(hour, g);
    }
    if (!fetched) return { diagnostics };
    // One span (the usual case) is its answer as it is; several are joined into one series.
    const series = plan.fetch.length === 1 ? fetched : { ...fetched, hourlyGPerKWh };
    return { series, origin: 'provider', diagnostics };
  }

  /** Loads a series once; its diagnostics go to the first run that asks. */
  private async once(
    key: string,
    load: () => Promise<SeriesRead>,
    origin: IntensitySeriesOrigin
  ): Promise<SeriesChoice> {
    let pending = this.reads.get(key);
    if (!pending) {
      pending = load();
      this.reads.set(key, pending);
    }
    const read = await pending;
    const diagnostics = this.reported.has(key) ? [] : read.diagnostics;
    this.reported.add(key);
    return read.series ? { series: read.series, origin, diagnostics } : { diagnostics };
  }
}

/** Parses the flag's or input's series text. */
function parseOverride(text: string, file: string, timezone: string | undefined): SeriesRead {
  const parsed = parseIntensityCsv(text, file, timezone !== undefined ? { timezone } : {});
  if (parsed.diagnostics.some((d) => d.severity === 'error')) return { diagnostics: parsed.diagnostics };
  return { series: parsed.series, diagnostics: parsed.diagnostics };
}

/** `2024-06-01T13:00Z`. */
function isoHour(ms: number): string {
  return new Date(ms).toISOString().replace(':00:00.000Z', ':00Z');
}
