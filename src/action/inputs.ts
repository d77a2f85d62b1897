/**
 * Reads every action input, once, into one validated settings object. Every problem is
 * collected (not just the first) and says what was expected, with the closest valid value.
 *
 * Budget and warn-at strings (`500 kg`, `80%`) are passed to the core unparsed: the core owns
 * their grammar and reports a bad one as a diagnostic like any config value.
 */
import { addSecret } from './log.js';
import { diagnostic, type Diagnostic } from '../core/diagnostics.js';
import { closestNames, didYouMean } from '../core/suggest.js';
import { parseExtractLimits, type ArtifactLimits } from '../io/artifacts/limits.js';
import { parseTraceLimits } from '../io/trace-limits.js';
import { checkOptionValues, optionProblemText } from '../io/validate.js';
import { INPUT_NAMES, OPTIONS, spec, type ActionInputName, type FailOn } from '../io/options.js';
import type { RequestOptions } from '../io/request.js';
import type { CommentMode } from './comment.js';

export type { FailOn } from '../io/options.js';

/** What missing artifact data does: fail the check (error diagnostics) or only warn. */
export type ArtifactsMissing = (typeof OPTIONS)['if-artifacts-missing']['choices'][number];

/** What the action does with the ledger branch: the `ledger` input's values. */
export type LedgerInput = (typeof OPTIONS)['ledger']['choices'][number];

/** One of the action's input names: those of the options table's entries with an `action` spelling. */
type InputName = ActionInputName;

/** The comment tag when none is given. */
export const DEFAULT_TAG = OPTIONS['comment-tag'].default;

/** Environment variable that sets the backoff unit (ms); for tests, not an action input. */
export const RETRY_BASE_ENV = 'CARBON_GATE_RETRY_BASE_MS';

/** The validated inputs. */
export interface Settings {
  /**
   * What to analyse, as the shared options give it: manifests (named, or the default search),
   * config (named, or the default path), overrides and intensity. collect.ts adds the workspace,
   * the artifacts and the `workflow_run` rules to make it a request.
   */
  request: RequestOptions;
  failOn: FailOn;
  comment: CommentMode;
  commentTag: string;
  /** Empty string disables the waiver. */
  overrideLabel: string;
  token: string;
  /** Backoff unit for GitHub API retries, ms (1000 unless {@link RETRY_BASE_ENV} says otherwise). */
  retryBaseDelayMs: number;
  /** Artifact names or globs to read (empty: none). */
  artifacts: string[];
  /** The run whose artifacts are read; undefined: the current run, or the `workflow_run` trigger's. */
  runId?: number;
  /** The commit status context; undefined: no commit status. */
  statusContext?: string;
  artifactsMissing: ArtifactsMissing;
  /** Extraction limits given by `artifact-limits`; unset ones keep their defaults. */
  artifactLimits: Partial<ArtifactLimits>;
  /** The `ledger` input: `auto` decides by event and policy (src/action/ledger/stage.ts). */
  ledger: LedgerInput;
}

/** Settings, or the reasons there are none. */
export type SettingsResult =
  { settings: Settings; diagnostics: Diagnostic[] } | { settings?: undefined; diagnostics: Diagnostic[] };

const TAG_PATTERN = /^[A-Za-z0-9](?:[A-Za-z0-9._]|-(?!-))*$/;

/** Reads one declared input, trimmed. Typed on {@link InputName} so an undeclared name is a compile error. */
function input(name: InputName): string {
  return getInput(name);
}

/**
 * An input as the runner passes it, trimmed: `INPUT_<NAME>` (spaces as `_`, dashes kept), as
 * `@actions/core`'s getInput reads it; that module is not imported (see src/action/log.ts).
 */
function getInput(name: string): string {
  return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

/** Reads and validates all inputs (and the retry knob from the environment). */
export function readSettings(env: NodeJS.ProcessEnv = process.env): SettingsResult {
  const problems: Diagnostic[] = [];
  const bad = (name: InputName, message: string): void => {
    problems.push(diagnostic('error', 'input/invalid', `Input \`${name}\`: ${message}`));
  };

  /** A choice input's value; empty means the table's default (the runner sets it, a test may not). */
  const oneOf = <T extends string>(name: InputName, allowed: readonly T[], fallback: T): T => {
    const value = input(name);
    if (value === '') return fallback;
    if ((allowed as readonly string[]).includes(value)) return value as T;
    bad(
      name,
      `"${value}" is not one of ${allowed.map((a) => `\`${a}\``).join(', ')}.${didYouMean(closestNames(value, allowed))}`
    );
    return fallback;
  };

  const manifests = splitLines(input('manifests'));
  const configInput = input('config');
  const failOn = oneOf('fail-on', OPTIONS['fail-on'].choices, OPTIONS['fail-on'].default);
  const comment = oneOf('comment', OPTIONS.comment.choices, OPTIONS.comment.default);
  const ledger = oneOf('ledger', OPTIONS.ledger.choices, OPTIONS.ledger.default);

  const commentTag = input('comment-tag') || DEFAULT_TAG;
  if (!TAG_PATTERN.test(commentTag) || commentTag.length > 64) {
    bad(
      'comment-tag',
      `"${commentTag}" is not a valid tag: expected up to 64 letters, digits, ".", "_" or single "-", starting with a letter or digit (it goes inside an HTML comment).`
    );
  }

  const artifacts = splitLines(input('artifacts'));
  const runId = readRunId(input('run-id'), (message) => bad('run-id', message));
  const statusContext = input('status-context') || undefined;
  const artifactsMissing = oneOf(
    'if-artifacts-missing',
    OPTIONS['if-artifacts-missing'].choices,
    OPTIONS['if-artifacts-missing'].default
  );
  // Values that must name something known (a location, a zone, a URL): checked now, by input.
  const valueProblems = checkOptionValues({
    location: input('location'),
    timezone: input('timezone'),
    'electricity-maps-url': input('electricity-maps-url')
  });
  for (const p of valueProblems) problems.push(diagnostic('error', 'input/invalid', optionProblemText(p, 'action')));
  const limits = parseExtractLimits(input('artifact-limits'));
  const traceLimits = parseTraceLimits(input('trace-limits'), 'trace-limits');
  // Each message names the input and the line already.
  for (const p of [...traceLimits.problems, ...limits.problems])
    problems.push(diagnostic('error', 'input/invalid', `Input ${p}`));

  // Secrets are masked before anything else can print them: the runner replaces them with *** in every log line.
  for (const name of INPUT_NAMES) {
    const value = spec(name).secret ? input(name) : '';
    addSecret(value);
  }
  const token = input('github-token');
  const needsToken = [
    comment !== 'off' ? 'the PR comment' : '',
    artifacts.length > 0 ? '`artifacts`' : '',
    statusContext ? '`status-context`' : '',
    ledger === 'read' || ledger === 'write' ? '`ledger`' : ''
  ].filter((w) => w !== '');
  if (token === '' && needsToken.length > 0) {
    bad(
      'github-token',
      `is empty, but ${needsToken.join(', ')} need${needsToken.length === 1 ? 's' : ''} one; expected a token (the default is \`\${{ github.token }}\`), or \`comment: off\` without \`artifacts\` and \`status-context\`.`
    );
  }

  let retryBaseDelayMs = 1000;
  const retryEnv = env[RETRY_BASE_ENV];
  if (retryEnv !== undefined && retryEnv !== '') {
    const n = Number(retryEnv);
    if (Number.isInteger(n) && n >= 0 && n <= 60000) retryBaseDelayMs = n;
    else
      problems.push(
        diagnostic(
          'error',
          'input/invalid',
          `Environment variable ${RETRY_BASE_ENV}: "${retryEnv}" is not a whole number of milliseconds from 0 to 60000.`
        )
      );
  }

  const optional = (name: InputName): string | undefined => input(name) || undefined;
  if (problems.length > 0) return { diagnostics: problems };
  // The runner sets every input's default, so a value equal to the default is not "named".
  const defaultManifests = splitLines(OPTIONS.manifests.default);
  const manifestsNamed = manifests.length > 0 && manifests.join('\n') !== defaultManifests.join('\n');
  const configPath = configInput || OPTIONS.config.default;
  return {
    diagnostics: [],
    settings: {
      request: {
        manifests: { patterns: manifestsNamed ? manifests : [], named: manifestsNamed },
        config: { path: configPath, named: configPath !== OPTIONS.config.default },
        overrides: {
          budget: optional('budget'),
          warnAt: optional('warn-at'),
          location: optional('location'),
          timezone: optional('timezone')
        },
        intensity: {
          seriesFile: optional('intensity-series'),
          electricityMapsToken: optional('electricity-maps-token'),
          electricityMapsUrl: optional('electricity-maps-url')
        },
        ...(Object.keys(traceLimits.limits).length > 0 ? { traceLimits: traceLimits.limits } : {})
      },
      failOn,
      comment,
      commentTag,
      overrideLabel: input('override-label'),
      token,
      retryBaseDelayMs,
      artifacts,
      runId,
      statusContext,
      artifactsMissing,
      artifactLimits: limits.limits,
      ledger
    }
  };
}

/** A workflow run id: empty means "the default run"; anything else must be a positive whole number. */
function readRunId(value: string, bad: (message: string) => void): number | undefined {
  if (value === '') return undefined;
  const n = /^\d+$/.test(value) ? Number(value) : NaN;
  if (Number.isSafeInteger(n) && n > 0) return n;
  bad(
    `"${value}" is not a workflow run id: expected a positive whole number, e.g. \`\${{ github.event.workflow_run.id }}\`, or empty for the default run.`
  );
  return undefined;
}

/** Splits a multi-line input into non-empty trimmed lines (comments with `#` allowed). */
function splitLines(value: string): string[] {
  return value
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
}
