/**
 * The `carbon-gate --help` text: everything a user needs without opening the docs.
 */
import { TOOL_VERSION as VERSION } from '../core/version.js';
import { DEFAULT_ELECTRICITY_MAPS_BASE_URL } from '../io/electricity-maps.js';

/** The full help, ending with a newline. */
export function helpText(): string {
  return `carbon-gate ${VERSION}: carbon budgets for machine-learning training.
Estimates (from hardware, hours, place and repeats) or measures (from power logs) the facility
energy and CO2e of the training runs that manifests describe, and holds them against a budget.

Usage:
  carbon-gate check [FILES|GLOBS...] [options]
  carbon-gate --help | --version

Arguments:
  FILES|GLOBS         Manifest files, folders, or quoted globs. A folder means
                      **/carbon-manifest.{yml,yaml,json} under it. Default: that glob under the
                      current folder. node_modules and .git are never searched.

Options:
  -c, --config FILE   Budget/config file (YAML or JSON). Default: .github/carbon-budget.yml when
                      it exists.
      --budget LIMITS Budget, overriding the config: emissions ("500 kg", "1.2 t", "1400 lb"),
                      energy ("2 MWh"), or both ("500 kg; 2 MWh"). Replaces the config's
                      budget as a whole.
      --warn-at PCT   Warn at this share of the budget: "80%" (default) or "0.8".
      --location LOC  Location for runs that name none: ISO country (DE, USA), grid zone
                      (US-CAL-CISO), cloud region (aws:us-east-1, gcp:europe-west4,
                      azure:westeurope) or a preset (strubell-2019).
      --timezone TZ   Zone for power-log timestamps that carry none (nvidia-smi): an IANA name
                      (Europe/Berlin) or an offset (+02:00). Default: UTC.
      --intensity-series FILE
                      Hourly grid intensity CSV (timestamp, g/kWh; .gz allowed) for measured runs
                      whose manifest names no \`intensity-series\`: each hour's energy is weighted
                      by that hour's intensity; hours it lacks use the annual value.
      --electricity-maps-token TOKEN
                      Fetch hourly intensities from Electricity Maps (past-range) for measured
                      runs without a series file, by the zone of their location. Prefer the
                      ELECTRICITY_MAPS_TOKEN variable: a flag is visible to other processes.
                      On failure the annual average is used, with a warning.
      --electricity-maps-url URL
                      Electricity Maps API base. Default: ${DEFAULT_ELECTRICITY_MAPS_BASE_URL}.
  -f, --format FMT    Report format: text (default), markdown, json, model-card.
  -o, --output FILE   Write the report to FILE instead of standard output.
      --no-color      No ANSI colour in the text report.
  -h, --help          Show this help.
  -v, --version       Show the version.

Formats:
  text        A terminal report: verdict, per-run table, components, equivalents.
  markdown    The report as the pull-request comment shows it.
  json        The machine-readable report (schemaVersion 1): status, totals.energyKWh,
              totals.emissionsKg, budget, runs[], diagnostics[].
  model-card  A Hugging Face model-card co2_eq_emissions block (emissions in grams).

Exit codes:
  0  Within budget, or near it (warn), or no budget set.
  1  Over budget.
  2  Invalid input or usage: a bad manifest, config, flag or file. Every problem is printed.

Output:
  The report goes to standard output (or --output). Problems go to standard error, one per line,
  as  file:line:col: severity code: message
  (when the text report goes to a terminal, it lists them itself instead).
  Colour is used only when standard output is a terminal, and never when the NO_COLOR
  environment variable is set to a non-empty value, TERM is "dumb", or --no-color is given.

Environment:
  NO_COLOR    Any non-empty value turns colour off (https://no-color.org).
  ELECTRICITY_MAPS_TOKEN
              Electricity Maps API token, when --electricity-maps-token is not given. Never
              printed.

Examples:
  carbon-gate check
  carbon-gate check examples --config examples/carbon-budget.yml
  carbon-gate check "training/**/carbon-manifest.yml" --budget "500 kg" --warn-at 90%
  carbon-gate check runs/bert.yml --location gcp:europe-west4 --format markdown -o report.md
  carbon-gate check --format json | jq .totals.emissionsKg
  carbon-gate check --intensity-series data/grid-2024-06.csv
  ELECTRICITY_MAPS_TOKEN=... carbon-gate check
`;
}

/** The one-line pointer printed after a usage error. */
export const HELP_HINT = "Run 'carbon-gate --help' for usage.";
