/**
 * Time-resolved intensity for the adapters (CLI and action alike): reads the hourly series file a
 * flag or input names, and builds the Electricity Maps provider from a token, into the two fields
 * of `AnalyzeInput` that the core weights measured runs with. The core does the rest (which run
 * gets which series, fallbacks, coverage, notes).
 *
 * Nothing here throws for bad input, and the token appears in no message.
 */
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { diagnostic, type Diagnostic, type DiagnosticCode } from '../core/diagnostics.js';
import type { IntensityProvider, TextInput } from '../core/model.js';
import { isGzip } from '../core/traces/stream.js';
import { DEFAULT_ELECTRICITY_MAPS_BASE_URL, fetchPastRange } from './electricity-maps.js';
import { isRealPathInside } from './paths.js';
import { describeFsError, readAtMost, refusedFile, statRegularFile } from './read.js';
import { isHttpUrl } from './validate.js';

/** Environment variable the CLI (and, by the action's choice, a workflow) reads the token from. */
export const ELECTRICITY_MAPS_TOKEN_ENV = 'ELECTRICITY_MAPS_TOKEN';

/**
 * Largest series file read, compressed or not: 32 MiB. A year of hourly rows is about 0.3 MiB,
 * a year of 5-minute readings about 4 MiB.
 */
export const MAX_SERIES_FILE_BYTES = 32 * 1024 * 1024;

/** What the flags or inputs say about time-resolved intensity. */
export interface IntensityOptions {
  /** Folder that a relative `seriesFile` is resolved against (the working folder or workspace). */
  baseDir: string;
  /** `--intensity-series` / `intensity-series`: an hourly CSV (timestamp, g/kWh), `.gz` allowed. */
  seriesFile?: string;
  /** When set, a series file whose real path lies outside this folder is refused (the action's workspace). */
  confineTo?: string;
  /** Electricity Maps token; empty or absent means no provider. Never printed. */
  electricityMapsToken?: string;
  /** Electricity Maps API base including `/v3`; default {@link DEFAULT_ELECTRICITY_MAPS_BASE_URL}. */
  electricityMapsUrl?: string;
  /** Per-request timeout, ms (default 15,000). */
  timeoutMs?: number;
  /** Retries after a 5xx, 429, timeout or network error (default 3). */
  retries?: number;
  /** First backoff delay, ms (default 1,000). */
  backoffMs?: number;
}

/** The fields to put into `AnalyzeInput`, and the problems found on the way. */
export interface LoadedIntensity {
  intensitySeries?: TextInput;
  intensityProvider?: IntensityProvider;
  diagnostics: Diagnostic[];
}

/**
 * Reads the series file and builds the provider that the options ask for. A series file that
 * cannot be read is an error (it was asked for by name); a URL that is not http(s) is an error;
 * a URL without a token is a notice (a fork's pull request gets no secrets, and must not fail for
 * it). Spread the result into `AnalyzeInput`.
 */
export async function loadIntensitySeries(options: IntensityOptions): Promise<LoadedIntensity> {
  const diagnostics: Diagnostic[] = [];
  const loaded: LoadedIntensity = { diagnostics };
  if (options.seriesFile !== undefined && options.seriesFile.trim() !== '') {
    const read = await readIntensitySeriesFile(options.seriesFile, options);
    for (const d of read.diagnostics) diagnostics.push(d);
    if (read.input) loaded.intensitySeries = read.input;
  }
  const token = options.electricityMapsToken?.trim() ?? '';
  const url = options.electricityMapsUrl?.trim() ?? '';
  if (url !== '' && !isHttpUrl(url)) {
    diagnostics.push(
      diagnostic(
        'error',
        'intensity/bad-provider-url',
        `The Electricity Maps URL "${url}" is not an http(s) URL; expected the API base such as ${DEFAULT_ELECTRICITY_MAPS_BASE_URL}.`
      )
    );
    return loaded;
  }
  if (token === '') {
    if (url !== '') {
      diagnostics.push(
        diagnostic(
          'notice',
          'intensity/no-token',
          `An Electricity Maps URL is set but no token (--electricity-maps-token, the electricity-maps-token input or ${ELECTRICITY_MAPS_TOKEN_ENV}), so no hourly intensities are fetched.`
        )
      );
    }
    return loaded;
  }
  loaded.intensityProvider = electricityMapsProvider({
    ...options,
    electricityMapsToken: token,
    electricityMapsUrl: url || undefined
  });
  return loaded;
}

/**
 * The Electricity Maps `carbon-intensity/past-range` client as a core `IntensityProvider`: it
 * never throws, and its failure messages (from the client, which redacts the token) say what went
 * wrong for the core's `intensity/provider-failed` warning.
 */
function electricityMapsProvider(
  options: Omit<IntensityOptions, 'baseDir' | 'seriesFile' | 'confineTo'> & { electricityMapsToken: string }
): IntensityProvider {
  const token = options.electricityMapsToken;
  return {
    name: 'Electricity Maps',
    async fetch(request) {
      try {
        const result = await fetchPastRange({
          token,
          zone: request.zone,
          startMs: request.startMs,
          endMs: request.endMs,
          ...(options.electricityMapsUrl !== undefined ? { baseUrl: options.electricityMapsUrl } : {}),
          ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
          ...(options.retries !== undefined ? { retries: options.retries } : {}),
          ...(options.backoffMs !== undefined ? { backoffMs: options.backoffMs } : {})
        });
        if (result.ok) return { ok: true, series: result.series };
        return { ok: false, message: result.message };
      } catch (e) {
        // The client returns failures; this is a safety net, and the token is scrubbed from it too.
        const message = e instanceof Error ? e.message : String(e);
        return { ok: false, message: `unexpected error: ${message.split(token).join('***').split('\n')[0]}.` };
      }
    }
  };
}

/** Options for {@link readIntensitySeriesFile}. */
export interface ReadSeriesOptions {
  baseDir: string;
  confineTo?: string;
}

/**
 * Reads an intensity series file named by a flag or input: a regular file (never a symbolic link,
 * never inside a `.git` folder) of at most {@link MAX_SERIES_FILE_BYTES}, gzip-decompressed when it
 * starts with the gzip magic (to the same limit), UTF-8. Diagnostics: `io/git-folder`,
 * `io/symbolic-link`, `io/not-found`, `io/not-a-file`, `io/unreadable`, `io/too-large`,
 * `io/not-utf8`, `io/outside-root`; the file keeps the name it was given.
 */
export async function readIntensitySeriesFile(
  file: string,
  options: ReadSeriesOptions
): Promise<{ input?: TextInput; diagnostics: Diagnostic[] }> {
  const what = 'intensity series';
  const abs = path.resolve(options.baseDir, file);
  const fail = (code: DiagnosticCode, message: string) => ({
    diagnostics: [diagnostic('error', code, message, { file })]
  });
  const limitMiB = `${MAX_SERIES_FILE_BYTES / (1024 * 1024)} MiB`;
  const refused = await refusedFile(abs, what);
  if (refused) return fail(...refused);
  const info = await statRegularFile(abs, what);
  if ('problem' in info) return fail(...info.problem);
  if (info.sizeBytes > MAX_SERIES_FILE_BYTES)
    return fail(
      'io/too-large',
      `The ${what} is larger than ${limitMiB}, far more than a series of hourly values, so it was not read.`
    );
  if (options.confineTo !== undefined) {
    if (!(await isRealPathInside(options.confineTo, abs)))
      return fail(
        'io/outside-root',
        `The ${what} resolves to a path outside "${options.confineTo}"; only files inside it are read.`
      );
  }
  let bytes: Buffer;
  try {
    bytes = await readAtMost(abs, MAX_SERIES_FILE_BYTES + 1);
  } catch (err) {
    return fail(...describeFsError(err, what));
  }
  if (bytes.length > MAX_SERIES_FILE_BYTES)
    return fail('io/too-large', `The ${what} is larger than ${limitMiB}, so it was not read.`);
  if (isGzip(bytes)) {
    try {
      bytes = gunzipSync(bytes, { maxOutputLength: MAX_SERIES_FILE_BYTES });
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      return code === 'ERR_BUFFER_TOO_LARGE'
        ? fail('io/too-large', `The ${what} is larger than ${limitMiB} once decompressed, so it was not read.`)
        : fail(
            'io/unreadable',
            `The ${what} looks gzip-compressed but could not be decompressed (${code ?? 'corrupt data'}).`
          );
    }
  }
  try {
    return { input: { file, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) }, diagnostics: [] };
  } catch {
    return fail(
      'io/not-utf8',
      `The ${what} is not valid UTF-8 text; expected a CSV of timestamp and g/kWh saved as UTF-8.`
    );
  }
}
