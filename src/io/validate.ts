/**
 * The values of the options that name something carbon-gate must know (a location, a time zone,
 * a URL), checked when the options are read, once for both adapters: the CLI reports a problem as
 * a usage error naming `--location`, the action as an `input/invalid` error naming the `location`
 * input, both with the closest valid value. Checked here rather than where the value is used, so
 * that `--location Mars` fails even when every run names its own location, and a bad
 * `--timezone` is not reported at a manifest's line, as though the manifest were wrong.
 *
 * The rules are the core's own (the location catalogue, the trace readers' time zones), so a value
 * accepted here is one the core accepts. The choices and the limits are checked by their own
 * parsers; budgets and `warn-at` by the core, which names the option in its message.
 */
import { findIntensity } from '../core/catalog/index.js';
import { excerpt } from '../core/excerpt.js';
import { LOCATION_EXPECTED } from '../core/resolve.js';
import { didYouMean } from '../core/suggest.js';
import { resolveZone } from '../core/traces/timezone.js';
import { DEFAULT_ELECTRICITY_MAPS_BASE_URL } from './electricity-maps.js';
import type { Adapter, OptionName } from './options.js';

/** The options whose values are checked here. */
type CheckedOption = 'location' | 'timezone' | 'electricity-maps-url';

/** One option's value that carbon-gate cannot use. */
export interface OptionProblem {
  option: OptionName;
  /** What is wrong and what was expected, without the option's name (the adapter adds it). */
  message: string;
}

/** Each check: the problem with a (non-empty) value, or undefined when it is usable. */
const CHECKS: Record<CheckedOption, (value: string) => string | undefined> = {
  location(value) {
    const found = findIntensity(value);
    if (found.ok) return undefined;
    const why = found.reason ? ` ${found.reason}` : '';
    return `unknown location "${excerpt(value)}"; expected ${LOCATION_EXPECTED}.${why}${didYouMean(found.suggestions)}`;
  },
  timezone(value) {
    const zone = resolveZone(value);
    return 'error' in zone ? lowerFirst(zone.error) : undefined;
  },
  'electricity-maps-url'(value) {
    return isHttpUrl(value.trim())
      ? undefined
      : `"${excerpt(value)}" is not an http(s) URL; expected the API base, such as ${DEFAULT_ELECTRICITY_MAPS_BASE_URL}.`;
  }
};

/**
 * Checks the given option values; empty or absent values are not checked (they mean "not set").
 * Problems come in the order of `values`' keys.
 */
export function checkOptionValues(values: Partial<Record<CheckedOption, string>>): OptionProblem[] {
  const problems: OptionProblem[] = [];
  for (const [option, value] of Object.entries(values) as [CheckedOption, string | undefined][]) {
    if (value === undefined || value.trim() === '') continue;
    const message = CHECKS[option](value);
    if (message !== undefined) problems.push({ option, message });
  }
  return problems;
}

/**
 * A problem as an adapter says it, naming the option as the user wrote it: `Option '--location':
 * ...` on the command line, ``Input `location`: ...`` in the action.
 */
export function optionProblemText(problem: OptionProblem, adapter: Adapter): string {
  return adapter === 'cli'
    ? `Option '--${problem.option}': ${problem.message}`
    : `Input \`${problem.option}\`: ${problem.message}`;
}

/** True for an absolute http or https URL. */
export function isHttpUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
