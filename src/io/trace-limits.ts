/**
 * The `trace-limits` option (the CLI's `--trace-limits`, the action's `trace-limits` input): how
 * much the power logs of one check may make carbon-gate read. The byte limits are the core's (it
 * decodes the logs); the crawl limit is the trace globs' (./walk.ts).
 */
import { DEFAULT_TRACE_BYTE_LIMITS, type TraceByteLimits } from '../core/traces/limits.js';
import { parseLimitLines, type LimitKeySpec } from './limit-lines.js';
import { DEFAULT_CRAWL_ENTRIES } from './walk.js';

/** Every limit `trace-limits` sets. */
export interface TraceLimits extends TraceByteLimits {
  /** Most folder entries the trace globs of one check may read. */
  maxCrawlEntries: number;
}

/** The defaults of every trace limit. */
export const DEFAULT_TRACE_LIMITS: Readonly<TraceLimits> = Object.freeze({
  ...DEFAULT_TRACE_BYTE_LIMITS,
  maxCrawlEntries: DEFAULT_CRAWL_ENTRIES
});

/** Keys of `trace-limits` and the limit each sets. */
const TRACE_LIMIT_KEYS: Readonly<Record<string, LimitKeySpec<keyof TraceLimits>>> = {
  file: { field: 'maxFileBytes', kind: 'size' },
  total: { field: 'maxTotalBytes', kind: 'size' },
  ratio: { field: 'maxCompressionRatio', kind: 'count' },
  crawl: { field: 'maxCrawlEntries', kind: 'count' }
};

/**
 * Parses `trace-limits`: one `key: value` per line or `;`-separated item: `file` and `total`
 * (sizes: `8 GiB`, `500 MB`), `ratio` and `crawl` (whole numbers). Every bad item is a problem
 * naming `optionName` and the line; the limits it leaves unset keep their defaults.
 */
export function parseTraceLimits(
  text: string,
  optionName: string
): { limits: Partial<TraceLimits>; problems: string[] } {
  return parseLimitLines(text, optionName, TRACE_LIMIT_KEYS);
}
