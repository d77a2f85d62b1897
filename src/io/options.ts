/**
 * The one table of options: every option of the CLI and of the action, each once, with its name
 * (the CLI flag is `--<name>`, the action input is `<name>`), one description both adapters show,
 * its default, and which adapters have it. An option only one adapter has says why the other has
 * none.
 *
 * Generated from it: the CLI's parser (src/cli/args.ts) and `--help` (src/cli/help.ts); read
 * through it: the action's inputs (src/action/inputs.ts); checked against it by tests:
 * action.yml's inputs and the option tables of docs/cli.md and docs/action.md, which
 * `npm run options` rewrites from it.
 */
import { DEFAULT_WARN_AT_FRACTION } from '../core/budget.js';
import { DEFAULT_CONFIG_PATH } from '../core/config-path.js';
import type { Status } from '../core/model.js';
import { formatBytes } from '../core/format.js';
import { RATIO_FLOOR_BYTES } from '../core/traces/limits.js';
import { DEFAULT_ARTIFACT_LIMITS } from './artifacts/limits.js';
import { DEFAULT_ELECTRICITY_MAPS_BASE_URL } from './electricity-maps.js';
import { DEFAULT_TRACE_LIMITS } from './trace-limits.js';
import { MANIFEST_GLOBS } from './discovery.js';

/** The two adapters. */
export type Adapter = 'cli' | 'action';

/**
 * How a value is written: free `text`, newline-separated `lines` (the CLI takes them as
 * positionals), one of `choices`, or a `switch` (a CLI flag without a value).
 */
type OptionValue = 'text' | 'lines' | 'choice' | 'switch';

/** One option. `{folder}` in a text stands for the folder paths are relative to, per adapter. */
export interface OptionSpec {
  /** What the option means, in one or more sentences (Markdown backticks allowed, no links). */
  readonly description: string;
  readonly value: OptionValue;
  /** The accepted values of a `choice`. */
  readonly choices?: readonly string[];
  /**
   * The default as action.yml declares it (the runner sets it when the input is not given) and as
   * the CLI takes it when the flag is absent; empty when the default is not one literal value.
   */
  readonly default: string;
  /** What an empty {@link default} means, e.g. "the config file's budget, or none". */
  readonly defaultText?: string;
  /** An example value, for usage errors. */
  readonly example?: string;
  /** A secret: masked in the action's logs and never printed. */
  readonly secret?: boolean;
  /** The CLI's spelling, when the CLI has the option. */
  readonly cli?: {
    /** The value's name in `--help`: `FILE`, `LIMITS`. */
    readonly placeholder?: string;
    /** A one-letter alias (`-c`). */
    readonly short?: string;
    /** Taken as the command's positional arguments rather than as a flag. */
    readonly positional?: boolean;
    /** A sentence only the CLI's help and docs add. */
    readonly note?: string;
    /** Replaces {@link OptionSpec.defaultText} for the CLI. */
    readonly defaultText?: string;
  };
  /** The action's spelling, when the action has the input. */
  readonly action?: {
    /** A sentence only action.yml and the action's docs add. */
    readonly note?: string;
    /** Replaces {@link OptionSpec.defaultText} for the action. */
    readonly defaultText?: string;
  };
  /** For an option only one adapter has: why the other has none. */
  readonly onlyReason?: string;
}

/** Why the GitHub-only inputs have no CLI flag. */
const GITHUB_ONLY = 'GitHub only:';
/** Why the terminal-only flags have no action input. */
const TERMINAL_ONLY = 'Terminal only:';

/** The folder paths are relative to, in each adapter's words. */
const FOLDER: Record<Adapter, string> = { cli: 'the current folder', action: 'the workspace' };

/**
 * Every option, in the order help, action.yml and the docs list them: shared ones first, then the
 * action's, then the CLI's.
 */
export const OPTIONS = {
  manifests: {
    description:
      'Training manifests to read: paths, folders or globs, relative to {folder}. A folder means every `carbon-manifest.yml`/`.yaml`/`.json` below it. `node_modules` and `.git` are never searched or read; the search skips symbolic links, and a named link, or a folder reached through one, is refused: commit the file itself.',
    value: 'lines',
    default: MANIFEST_GLOBS.join('\n'),
    cli: {
      placeholder: 'FILES|GLOBS...',
      positional: true,
      note: 'Quote globs, so the shell does not expand them.'
    },
    action: { note: 'One per line.' }
  },
  config: {
    description:
      'Budget and config file (YAML or JSON), relative to {folder}. A path you name must exist; when the default is missing the check runs without a config, and the report says where it looked. A symbolic link or a file inside `.git` is refused.',
    value: 'text',
    default: DEFAULT_CONFIG_PATH,
    example: DEFAULT_CONFIG_PATH,
    cli: {
      placeholder: 'FILE',
      short: 'c',
      note: 'Without `--config`, the default is looked for in the current folder, then in each folder above it up to the repository root (the nearest folder holding `.git`), the nearest first; outside a repository, in the current folder only.'
    },
    action: { note: 'The default is read from the workspace only: it is the repository root.' }
  },
  budget: {
    description:
      "The budget, replacing the config file's as a whole: an emissions mass (`500 kg`, `1.2 t`, `1400 lb`), an energy (`2 MWh`, `800 kWh`), or both (`500 kg; 2 MWh`).",
    value: 'text',
    default: '',
    defaultText: "the config file's budget, or none",
    example: '"500 kg"',
    cli: { placeholder: 'LIMITS' },
    action: {}
  },
  'warn-at': {
    description: 'Share of the budget at which the status becomes `warn`: `80%` or `0.8`.',
    value: 'text',
    default: '',
    defaultText: `the config file's, else \`${DEFAULT_WARN_AT_FRACTION * 100}%\``,
    example: '80%',
    cli: { placeholder: 'PCT' },
    action: {}
  },
  'fail-on': {
    description:
      'When the verdict fails the check (the CLI exits with 1, the action fails the step): `over-budget` (status `fail`), `warning` (status `warn` or `fail`), or `never` (report only). Invalid input fails in every mode (the CLI exits with 2).',
    value: 'choice',
    choices: ['over-budget', 'warning', 'never'],
    default: 'over-budget',
    example: 'warning',
    cli: { placeholder: 'MODE' },
    action: {}
  },
  location: {
    description:
      'Location for runs that name none: an ISO country code (`DE`, `USA`), a grid zone (`US-CAL-CISO`), a cloud region (`aws:us-east-1`, `gcp:europe-west4`, `azure:westeurope`) or a preset (`strubell-2019`).',
    value: 'text',
    default: '',
    defaultText: "the config file's, else none",
    example: 'gcp:europe-west4',
    cli: { placeholder: 'LOC' },
    action: {}
  },
  timezone: {
    description:
      "Time zone of power-log timestamps that carry none (nvidia-smi's), and of such times in an intensity series: an IANA name (`Europe/Berlin`) or an offset (`+02:00`). A manifest's `trace.timezone` wins.",
    value: 'text',
    default: '',
    defaultText: 'UTC',
    example: 'Europe/Amsterdam',
    cli: { placeholder: 'TZ' },
    action: {}
  },
  'intensity-series': {
    description:
      "Hourly grid-intensity CSV (timestamp, g/kWh; `.gz` allowed), relative to {folder}, for measured runs whose manifest names no `intensity-series`: each hour of measured energy is weighted by that hour's intensity; hours it lacks use the run's annual intensity, with a warning giving the coverage. Estimated runs are not affected. A symbolic link or a file inside `.git` is refused.",
    value: 'text',
    default: '',
    defaultText: 'none (annual intensities)',
    example: 'data/grid-2024-06.csv',
    cli: { placeholder: 'FILE' },
    action: {}
  },
  'electricity-maps-token': {
    description:
      "Electricity Maps API token: fetches hourly intensities (`carbon-intensity/past-range`) for the zone of each measured run's location over the hours that drew energy, for runs without a series file: at most 31 days per run and 90 per check, the rest at the annual average with a warning. On failure the run uses its annual average with a warning; the check does not fail for it. Never printed, and never sent to another origin than the API's.",
    value: 'text',
    default: '',
    defaultText: 'none (annual intensities)',
    example: '"$ELECTRICITY_MAPS_TOKEN"',
    secret: true,
    cli: {
      placeholder: 'TOKEN',
      defaultText: 'the `ELECTRICITY_MAPS_TOKEN` environment variable, which is safer: a flag shows in the process list'
    },
    action: {
      note: "Pass a secret, e.g. `${{ secrets.ELECTRICITY_MAPS_TOKEN }}`; a fork's pull request gets no secrets, and its runs keep their annual intensities."
    }
  },
  'electricity-maps-url': {
    description: 'Electricity Maps API base URL (http or https), for a proxy or a test server.',
    value: 'text',
    default: '',
    defaultText: `the public API, ${DEFAULT_ELECTRICITY_MAPS_BASE_URL}`,
    example: DEFAULT_ELECTRICITY_MAPS_BASE_URL,
    cli: { placeholder: 'URL' },
    action: {}
  },

  'trace-limits': {
    description: `How much the power logs of one check may make carbon-gate read, one \`key: value\` per line or \`;\`-separated: \`file\` (bytes of one log, once decompressed; default ${formatBytes(DEFAULT_TRACE_LIMITS.maxFileBytes)}), \`total\` (bytes of all logs together; default ${formatBytes(DEFAULT_TRACE_LIMITS.maxTotalBytes)}), \`ratio\` (a gzip log's unpacked/packed ratio, judged past ${formatBytes(RATIO_FLOOR_BYTES)}; default ${DEFAULT_TRACE_LIMITS.maxCompressionRatio}) and \`crawl\` (files and folders the trace globs may read; default ${DEFAULT_TRACE_LIMITS.maxCrawlEntries}). Sizes take B, KB, MB, GB, KiB, MiB or GiB. A log cut short by a limit is an error, and its run's measured energy is not used.`,
    value: 'lines',
    default: '',
    defaultText: "each limit's default",
    example: '"file: 8 GiB; total: 32 GiB"',
    cli: { placeholder: 'LIMITS' },
    action: {}
  },

  comment: {
    description:
      'The sticky pull-request comment: `update` edits it in place (no edit when unchanged), `recreate` deletes and re-posts it (so watchers are notified again), `off` posts none.',
    value: 'choice',
    choices: ['update', 'recreate', 'off'],
    default: 'update',
    action: {},
    onlyReason: `${GITHUB_ONLY} the report's place on GitHub; the CLI prints it.`
  },
  'comment-tag': {
    description:
      "Tag in the comment's hidden marker, in the report's heading and in the JSON report's path. Give each gate on a pull request its own tag to get one comment per gate. Letters, digits, `.`, `_` and single `-`, up to 64 characters.",
    value: 'text',
    default: 'carbon-gate',
    action: {},
    onlyReason: `${GITHUB_ONLY} it names the pull-request comment.`
  },
  'override-label': {
    description:
      "A maintainer's waiver: when the pull request carries exactly this label, added last by someone with at least `write` permission on the repository who is not the PR's author (the policy file's `waivers` can change who; its `waivers.label` replaces this input), an over-budget (or, with `fail-on: warning`, near-budget) verdict does not fail the check, up to the footprint measured when the label was added (recorded in the PR comment; see docs/waivers.md). The comment and summary say who added it and why the waiver was accepted or refused. Invalid input is never waived. Empty disables the waiver.",
    value: 'text',
    default: 'carbon-budget-approved',
    action: {},
    onlyReason: `${GITHUB_ONLY} a pull-request label; the CLI's caller decides what to do with its exit code.`
  },
  'github-token': {
    description:
      'Token for the pull-request comment, the override-label lookup, artifacts and the commit status. Needs `pull-requests: write` to comment, `actions: read` for `artifacts`, and `statuses: write` for `status-context`. Never printed.',
    value: 'text',
    default: '${{ github.token }}',
    secret: true,
    action: {},
    onlyReason: `${GITHUB_ONLY} it authenticates to the GitHub API.`
  },
  artifacts: {
    description:
      "Artifact names or glob patterns (`carbon-node-*`), one per line, to read from the run `run-id`: their manifests and power logs are used together with the workspace's.",
    value: 'lines',
    default: '',
    defaultText: 'none',
    action: {},
    onlyReason: `${GITHUB_ONLY} workflow artifacts; on a laptop, download them and name their folders.`
  },
  'run-id': {
    description: 'The workflow run whose artifacts are read.',
    value: 'text',
    default: '',
    defaultText: 'the current run, or, in a `workflow_run` event, the triggering run',
    action: {},
    onlyReason: `${GITHUB_ONLY} a workflow run.`
  },
  'status-context': {
    description:
      "When set, the verdict is also posted as a commit status with this context (name) on the pull request's head commit: `pending` while the gate works, then `success`, `failure` (the step fails) or `error` (invalid input), with a one-line description and a link to the run. Branch protection can require it, also in `workflow_run` mode.",
    value: 'text',
    default: '',
    defaultText: 'no commit status',
    action: {},
    onlyReason: `${GITHUB_ONLY} a commit status.`
  },
  ledger: {
    description:
      "The team's carbon ledger on its branch (the policy's `ledger.branch`, default `carbon-ledger`; see docs/ledger.md): `write` appends one record per spent run, through the Git Data API, on `push` to the default branch (the runs the push added or changed) and on `workflow_run` completions on the default branch (the artifacts' measured runs); `read` reads it for window budgets; `off` does neither; `auto` is `write` on those events when the policy names a `ledger`, `read` on pull requests when the policy has a window budget, else `off`. Writing needs `contents: write`, and `pull-requests: read` to name each record's pull request.",
    value: 'choice',
    choices: ['auto', 'off', 'read', 'write'],
    default: 'auto',
    action: {},
    onlyReason: `${GITHUB_ONLY} the action keeps the ledger; the CLI reads it with \`carbon-gate ledger\`.`
  },
  'if-artifacts-missing': {
    description:
      '`fail` or `warn` when an artifact pattern matches nothing, an artifact expired or is gone, or the run uploaded none. Either way it is reported: missing data never passes silently.',
    value: 'choice',
    choices: ['fail', 'warn'],
    default: 'fail',
    action: {},
    onlyReason: `${GITHUB_ONLY} workflow artifacts.`
  },
  'artifact-limits': {
    description: `Artifact limits, one \`key: value\` per line: per artifact \`total\` (unpacked bytes, default ${formatBytes(DEFAULT_ARTIFACT_LIMITS.maxTotalBytes)}), \`entries\` (default ${DEFAULT_ARTIFACT_LIMITS.maxEntries}), \`ratio\` (per-entry unpacked/packed, default ${DEFAULT_ARTIFACT_LIMITS.maxCompressionRatio}) and \`zip\` (downloaded zip size, default ${formatBytes(DEFAULT_ARTIFACT_LIMITS.maxZipBytes)}); per run \`count\` (artifacts read, the first by name; default ${DEFAULT_ARTIFACT_LIMITS.maxArtifacts}) and \`run-total\` (unpacked bytes of all artifacts together, default ${formatBytes(DEFAULT_ARTIFACT_LIMITS.maxRunTotalBytes)}). Sizes take B, KB, MB, GB, KiB, MiB or GiB. An artifact past a limit is not read, and that is an error.`,
    value: 'lines',
    default: '',
    defaultText: "each limit's default",
    action: {},
    onlyReason: `${GITHUB_ONLY} workflow artifacts.`
  },

  base: {
    description:
      "Judge the change against a git ref: the base is the merge base of `HEAD` and the ref (what a pull request into it is judged against), and the manifests, power logs and policy file are read there with git, so `change` budgets see what the working tree adds (committed or not) and the base's policy file applies, as in the pull request's check. Needs a git repository and `git` on PATH.",
    value: 'text',
    default: '',
    defaultText: 'no base: every run counts as new',
    example: 'origin/main',
    cli: { placeholder: 'REF' },
    onlyReason: `${TERMINAL_ONLY} the action takes the base from its event (the pull request's base commit, the merge group's base).`
  },
  format: {
    description: 'Report format: `text`, `markdown`, `json` or `model-card`.',
    value: 'choice',
    choices: ['text', 'markdown', 'json', 'model-card'],
    default: 'text',
    example: 'json',
    cli: { placeholder: 'FMT', short: 'f' },
    onlyReason: `${TERMINAL_ONLY} the action writes each format where it belongs (Markdown in the comment and summary, JSON at \`report-path\`).`
  },
  output: {
    description: 'Write the report to this file (its folder is created) instead of standard output.',
    value: 'text',
    default: '',
    defaultText: 'standard output',
    example: 'report.md',
    cli: { placeholder: 'FILE', short: 'o' },
    onlyReason: `${TERMINAL_ONLY} the action writes its JSON report to \`report-path\`.`
  },
  'no-color': {
    description: 'No ANSI colour in the text report.',
    value: 'switch',
    default: '',
    cli: {},
    onlyReason: `${TERMINAL_ONLY} nothing the action writes is coloured.`
  },
  help: {
    description: 'Show this help.',
    value: 'switch',
    default: '',
    cli: { short: 'h' },
    onlyReason: `${TERMINAL_ONLY} the command's own help; the action's is action.yml.`
  },
  version: {
    description: 'Show the version.',
    value: 'switch',
    default: '',
    cli: { short: 'v' },
    onlyReason: `${TERMINAL_ONLY} the command's own version; the action's is its tag.`
  }
} as const satisfies Record<string, OptionSpec>;

/** Every option's name. */
export type OptionName = keyof typeof OPTIONS;

/** The names of the options an adapter has, in the table's order. */
export function optionNames(adapter: Adapter): OptionName[] {
  return (Object.keys(OPTIONS) as OptionName[]).filter((name) => spec(name)[adapter] !== undefined);
}

/** An option's entry, widened to {@link OptionSpec}. */
export function spec(name: OptionName): OptionSpec {
  return OPTIONS[name];
}

/** The names of the options the action declares as inputs (action.yml), in the table's order. */
export const INPUT_NAMES = optionNames('action') as ActionInputName[];

/** Names of the action's inputs. */
export type ActionInputName = {
  [K in OptionName]: (typeof OPTIONS)[K] extends { action: object } ? K : never;
}[OptionName];

/** Names of the CLI's options (flags and the positional manifests). */
export type CliOptionName = {
  [K in OptionName]: (typeof OPTIONS)[K] extends { cli: object } ? K : never;
}[OptionName];

/** An option's description as an adapter shows it: the shared text, `{folder}` filled in, and the adapter's note. */
export function describeOption(name: OptionName, adapter: Adapter): string {
  const option = spec(name);
  const note = option[adapter]?.note;
  const text = note ? `${option.description} ${note}` : option.description;
  return text.replaceAll('{folder}', FOLDER[adapter]);
}

/**
 * The default as an adapter's help and docs state it: the literal default in backticks, else the
 * text saying what an empty value means; undefined for a switch (off unless given).
 */
export function defaultText(name: OptionName, adapter: Adapter): string | undefined {
  const option = spec(name);
  if (option.value === 'switch') return undefined;
  const text = option[adapter]?.defaultText ?? option.defaultText;
  if (text !== undefined && option.default === '') return text;
  if (option.default === '') return undefined;
  return option.default
    .split('\n')
    .map((d) => `\`${d}\``)
    .join(', ');
}

/** When the verdict fails the check: the `fail-on` option's values. */
export type FailOn = (typeof OPTIONS)['fail-on']['choices'][number];

/**
 * True when a verdict fails the check under `failOn`. Invalid input fails in every mode (the
 * adapters also judge it first, to exit with 2 and to refuse a waiver).
 */
export function failsCheck(status: Status, failOn: FailOn): boolean {
  if (status === 'invalid') return true;
  if (failOn === 'never') return false;
  return status === 'fail' || (failOn === 'warning' && status === 'warn');
}
