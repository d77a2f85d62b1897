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
 *
 * The workflow commands are written here as `@actions/core` 3 writes them (see {@link issue} and
 * {@link setOutput}), not through it: its module loads `@actions/http-client` and undici for the
 * OIDC client at start-up, a tenth of a second that a run with nothing to read would spend on a
 * feature carbon-gate never uses. Only its types are imported.
 */
import type { AnnotationProperties } from '@actions/core';
import { randomUUID } from 'node:crypto';
import { appendFileSync, existsSync } from 'node:fs';
import { EOL } from 'node:os';
import { escapeInline, escapeLine } from '../core/render/escape.js';
import { redactDeep, redactSecrets } from '../core/render/redact.js';

/** `::command key=value,...::message` and a line end, escaped as the runner reads it. */
function issue(command: string, message: string, properties: Record<string, string | number | undefined> = {}): void {
  const props = Object.entries(properties)
    .filter(([, value]) => value) // as @actions/core: an empty title or a line 0 is left out
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
    .join(',');
  process.stdout.write(`::${command}${props ? ` ${props}` : ''}::${escapeData(message)}${EOL}`);
}

function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** An annotation's place as the runner's command properties name it. */
function annotationProperties(p: AnnotationProperties = {}): Record<string, string | number | undefined> {
  return {
    title: p.title,
    file: p.file,
    line: p.startLine,
    endLine: p.endLine,
    col: p.startColumn,
    endColumn: p.endColumn
  };
}

/**
 * A file command as `@actions/core` 3 writes it: `name<<delimiter`, the value, the delimiter,
 * appended to the file the runner names in `fileEnv` (`GITHUB_OUTPUT`, `GITHUB_STATE`,
 * `GITHUB_ENV`), the delimiter random and not in the value; without that file (an old runner),
 * the older workflow command `fallback`.
 */
function fileCommand(fileEnv: string, fallback: string, name: string, value: string): void {
  const file = process.env[fileEnv] ?? '';
  if (!file) {
    // @actions/core starts a new line before `set-output` only.
    if (fallback === 'set-output') process.stdout.write(EOL);
    issue(fallback, value, { name });
    return;
  }
  if (!existsSync(file)) throw new Error(`Missing file at path: ${file}`);
  const delimiter = `ghadelimiter_${randomUUID()}`;
  if (name.includes(delimiter) || value.includes(delimiter))
    throw new Error(`Unexpected input: ${name} holds the delimiter "${delimiter}"`);
  appendFileSync(file, `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`, { encoding: 'utf8' });
}

/** A step output (`GITHUB_OUTPUT`, or the `set-output` command). */
function setOutput(name: string, value: string): void {
  fileCommand('GITHUB_OUTPUT', 'set-output', name, value);
}

/** The secret inputs of this run (github-token, the Electricity Maps token). */
const secrets: string[] = [];

/**
 * Registers a secret: the runner masks it in the log (`::add-mask::`), and {@link maskSecrets}
 * and every message written here mask it too, including in the comment, summary and commit status,
 * which the runner does not see.
 */
export function addSecret(value: string): void {
  if (value === '') return;
  issue('add-mask', value);
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
function safeProperties(properties?: AnnotationProperties): AnnotationProperties | undefined {
  if (!properties) return undefined;
  const out: AnnotationProperties = { ...properties };
  if (out.title !== undefined) out.title = escapeInline(redactSecrets(out.title, secrets));
  if (out.file !== undefined) out.file = escapeInline(redactSecrets(out.file, secrets));
  return out;
}

/** The workflow's log, annotations, failure and outputs, each message masked and made inert. */
export const log = {
  /** A plain log line. */
  info(message: string): void {
    process.stdout.write(`${safeText(message)}${EOL}`);
  },
  /** A warning annotation (at a place in a file where `properties` give one). */
  warning(message: string, properties?: AnnotationProperties): void {
    issue('warning', safeText(message), annotationProperties(safeProperties(properties)));
  },
  /** An error annotation. */
  error(message: string, properties?: AnnotationProperties): void {
    issue('error', safeText(message), annotationProperties(safeProperties(properties)));
  },
  /** A notice annotation. */
  notice(message: string, properties?: AnnotationProperties): void {
    issue('notice', safeText(message), annotationProperties(safeProperties(properties)));
  },
  /** Fails the step (exit code 1) with one error annotation. */
  fail(message: string): void {
    process.exitCode = 1;
    issue('error', safeText(message));
  },
  /** Sets a step output. */
  output(name: string, value: string): void {
    setOutput(name, safeText(value));
  }
};

/**
 * Saves a value for this action's `post` step (as `core.saveState` does: the runner hands it back as the
 * `STATE_<name>` variable). Not shown in the log, so neither masked nor escaped: it must come back
 * exactly as written (the record step's JSON). Never put a secret in it.
 */
export function saveState(name: string, value: string): void {
  fileCommand('GITHUB_STATE', 'save-state', name, value);
}

/**
 * Sets an environment variable for the job's later steps (as `core.exportVariable` does; this process sees it too). Like
 * {@link saveState}, the value must come back exactly as written, so it is neither masked nor
 * escaped: never put a secret or text from the input in it unchecked.
 */
export function exportVariable(name: string, value: string): void {
  process.env[name] = value;
  fileCommand('GITHUB_ENV', 'set-env', name, value);
}
