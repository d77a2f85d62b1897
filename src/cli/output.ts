/**
 * Everything the CLI prints or writes passes through here: secrets masked, and each line made safe
 * for a terminal and inert to a CI runner. The renderers already escape the text they take from
 * manifests and logs; this is the last gate for whatever else reaches a stream (diagnostics with a
 * file name at the start of the line, usage errors quoting arguments, messages built elsewhere),
 * so that no line from a pull request's data can start a workflow command (`::error::`,
 * `::add-mask::`, `::stop-commands::`, `##[error]`) or send an escape sequence to the terminal.
 */
import { escapeInline, escapeLine } from '../core/render/escape.js';
import { redactSecrets } from '../core/render/redact.js';
import { ELECTRICITY_MAPS_TOKEN_ENV } from '../io/intensity.js';
import type { CliIo } from './main.js';

/** The SGR sequences (`ESC [ 1 ; 31 m`) the text report colours with: the only escapes let through. */
// eslint-disable-next-line no-control-regex -- ESC starts the colour codes this lets through.
const SGR = /\u001b\[[0-9;]*m/g;

/** How {@link sanitizeOutput} treats one text. */
export interface OutputOptions {
  /** Values to mask wherever they appear (tokens). */
  secrets: readonly string[];
  /** Let the colour codes of the text report through; every other escape is still escaped. */
  color?: boolean;
}

/**
 * Masks secrets in `text` and makes each of its lines safe ({@link escapeLine}); with `color`, the
 * SGR colour codes are kept. Line breaks stay: the renderers put them there, and text from input
 * never carries one (they escape it).
 */
export function sanitizeOutput(text: string, options: OutputOptions): string {
  return redactSecrets(text, options.secrets)
    .split('\n')
    .map((line) => (options.color ? keepingColour(line) : escapeLine(line)))
    .join('\n');
}

/**
 * A coloured line, made safe around its SGR codes: the text before the first code as a line's
 * start ({@link escapeLine}), the text after each as the middle of a line ({@link escapeInline}).
 */
function keepingColour(line: string): string {
  const codes = line.match(SGR) ?? [];
  const pieces = line.split(SGR);
  let out = escapeLine(pieces[0]);
  for (let i = 1; i < pieces.length; i++) out += codes[i - 1] + escapeInline(pieces[i]);
  return out;
}

/** The CLI's two streams, sanitised. */
export interface SafeStreams {
  /**
   * Writes a rendered report (or the help) to standard output: its own line breaks are kept, each
   * line is made safe, colour codes pass only when `color` is set.
   */
  stdout: (text: string) => void;
  /**
   * Writes one message to standard error as one line: a line break inside it (a file name or a
   * quoted value from the input) is shown as `\n`, never starts a new line, and the message
   * never starts a workflow command.
   */
  line: (message: string) => void;
}

/** Wraps the process's streams so that every write is masked and escaped. */
export function safeStreams(io: Pick<CliIo, 'stdout' | 'stderr'>, options: OutputOptions): SafeStreams {
  return {
    stdout: (text) => io.stdout(sanitizeOutput(text, options)),
    line: (message) => io.stderr(`${escapeLine(redactSecrets(message, options.secrets))}\n`)
  };
}

/**
 * The secrets the CLI can know: the Electricity Maps token (from the flag, else the environment),
 * and the GitHub tokens a CI job commonly exports (`GITHUB_TOKEN`, `GH_TOKEN`).
 */
export function cliSecrets(env: CliIo['env'], flagToken?: string): string[] {
  return [flagToken, env[ELECTRICITY_MAPS_TOKEN_ENV], env.GITHUB_TOKEN, env.GH_TOKEN].filter(
    (s): s is string => s !== undefined && s !== ''
  );
}
