/**
 * The action's only way to write to the workflow: log lines, annotations, the failure message and
 * step outputs all pass through here, and the PR comment, job summary and commit status use
 * {@link maskSecrets} before they are sent. Lint forbids the output functions of `@actions/core`
 * anywhere else in src/action.
 *
 * Why: `@actions/core` writes `core.info` text to the log as it is, and escapes only `%`, CR and
 * LF in annotation data, so a run name holding a line break and `::error::`, `::add-mask::` or
 * `::stop-commands::` would forge commands, and ESC sequences, OSC 8 links or bidi overrides would
 * reach the log viewer. Here every message is masked (the tokens the action holds, and anything
 * shaped like a token) and made one inert line ({@link escapeLine}: control and invisible
 * characters as visible escapes, `##[` and a leading `::` broken).
 */
import * as core from '@actions/core';
import { escapeInline, escapeLine } from '../core/render/escape.js';
import { redactDeep, redactSecrets } from '../core/render/redact.js';

/** The secret inputs of this run (github-token, the Electricity Maps token). */
const secrets: string[] = [];

/**
 * Registers a secret: the runner masks it in the log (`core.setSecret`), and {@link maskSecrets}
 * and every message written here mask it too, including in the comment, summary and commit status,
 * which the runner does not see.
 */
export function addSecret(value: string): void {
  if (value === '') return;
  core.setSecret(value);
  if (!secrets.includes(value)) secrets.push(value);
}

/** Forgets the secrets of an earlier run in this process (tests run the action many times). */
export function resetSecrets(): void {
  secrets.length = 0;
}

/**
 * `value` (a string, a Report, a list of diagnostics) with every registered secret and anything
 * shaped like a token or credential replaced by `***`. For Markdown and JSON, which their
 * renderers have escaped already.
 */
export function maskSecrets<T>(value: T): T {
  return redactDeep(value, secrets);
}

/** One log line, masked and inert: what every message below is turned into. */
export function safeText(text: string): string {
  return escapeLine(redactSecrets(text, secrets));
}

/**
 * The place of an annotation, masked and with control and invisible characters escaped. A leading
 * `::` is kept: `@actions/core` escapes `:` in properties, and the file must keep its real name
 * for the annotation to land on it.
 */
function safeProperties(properties?: core.AnnotationProperties): core.AnnotationProperties | undefined {
  if (!properties) return undefined;
  const out: core.AnnotationProperties = { ...properties };
  if (out.title !== undefined) out.title = escapeInline(redactSecrets(out.title, secrets));
  if (out.file !== undefined) out.file = escapeInline(redactSecrets(out.file, secrets));
  return out;
}

/** The workflow's log, annotations, failure and outputs, each message masked and made inert. */
export const log = {
  /** A plain log line. */
  info(message: string): void {
    core.info(safeText(message));
  },
  /** A warning annotation (at a place in a file where `properties` give one). */
  warning(message: string, properties?: core.AnnotationProperties): void {
    core.warning(safeText(message), safeProperties(properties));
  },
  /** An error annotation. */
  error(message: string, properties?: core.AnnotationProperties): void {
    core.error(safeText(message), safeProperties(properties));
  },
  /** A notice annotation. */
  notice(message: string, properties?: core.AnnotationProperties): void {
    core.notice(safeText(message), safeProperties(properties));
  },
  /** Fails the step with one error annotation. */
  fail(message: string): void {
    core.setFailed(safeText(message));
  },
  /** Sets a step output. */
  output(name: string, value: string): void {
    core.setOutput(name, safeText(value));
  }
};

/**
 * Saves a value for this action's `post` step (`core.saveState`: the runner hands it back as the
 * `STATE_<name>` variable). Not shown in the log, so neither masked nor escaped: it must come back
 * exactly as written (the record step's JSON). Never put a secret in it.
 */
export function saveState(name: string, value: string): void {
  core.saveState(name, value);
}

/**
 * Sets an environment variable for the job's later steps (`core.exportVariable`). Like
 * {@link saveState}, the value must come back exactly as written, so it is neither masked nor
 * escaped: never put a secret or text from the input in it unchecked.
 */
export function exportVariable(name: string, value: string): void {
  core.exportVariable(name, value);
}
