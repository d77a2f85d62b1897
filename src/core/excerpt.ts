/**
 * Short excerpts of what a file holds, for messages. Whatever a diagnostic quotes from a file (a
 * cell, a header, a line that could not be parsed, a key) goes through {@link excerpt}, so that no
 * message carries more than a few dozen characters of any line: the file may not be what it
 * claims to be (a manifest that is really `.git/config`, whose `AUTHORIZATION: basic ...` header
 * holds a token), and messages travel to PR comments, job summaries and annotations.
 * Messages written by a library that may quote the input (the YAML parser's, `JSON.parse`'s) go
 * through {@link excerptMessage}.
 */

/** Most characters of file content one quote in a message shows; longer text is cut with `…`. */
export const EXCERPT_MAX_CHARS = 40;

/** Most characters of a library's message kept (its own words are short; the rest was input). */
const MESSAGE_MAX_CHARS = 3 * EXCERPT_MAX_CHARS;

/** Most items {@link excerptList} names; the rest are counted. */
const LIST_MAX_ITEMS = 10;

const ELLIPSIS = '…';

/** A run of characters without white space too long to quote whole (a token, a base64 blob). */
const LONG_RUN = new RegExp(`\\S{${EXCERPT_MAX_CHARS + 1},}`, 'g');

/** The text up to its first line break (any of CR, LF, and the Unicode line and paragraph separators). */
function firstLine(text: string): string {
  const end = text.search(/[\r\n\u2028\u2029]/);
  return end === -1 ? text : text.slice(0, end);
}

/**
 * The start of `text` as a message may quote it: its first line only, at most `maxChars`
 * characters (whole code points, so no surrogate pair is split), with `…` where anything was left
 * out (a longer line, or further lines).
 */
export function excerpt(text: string, maxChars: number = EXCERPT_MAX_CHARS): string {
  const line = firstLine(text);
  const cutAtLine = line.length < text.length && text.slice(line.length).trim() !== '';
  // A quick check first: most quoted values are short, and Array.from is not free.
  if (line.length <= maxChars && !cutAtLine) return line;
  const chars = Array.from(line);
  if (chars.length <= maxChars) return cutAtLine ? `${line}${ELLIPSIS}` : line;
  return `${chars.slice(0, Math.max(0, maxChars - 1)).join('')}${ELLIPSIS}`;
}

/**
 * Names from a file (a header's columns) as a quoted list: each name an {@link excerpt}, at most
 * ten of them, then how many more there are: `"a", "b" and 30 more`.
 */
export function excerptList(items: readonly string[], maxItems: number = LIST_MAX_ITEMS): string {
  const shown = items.slice(0, maxItems).map((item) => `"${excerpt(item)}"`);
  const more = items.length - shown.length;
  return more > 0 ? `${shown.join(', ')} and ${more} more` : shown.join(', ');
}

/**
 * A library's error message that may quote the input it failed on (the YAML parser quotes the
 * offending token whole, V8's `JSON.parse` a window around it), made safe to show: its first line,
 * every double-quoted part and every long unbroken run cut to an {@link excerpt}, and the whole
 * cut to a few excerpts' length.
 */
export function excerptMessage(message: string): string {
  const quotesCut = firstLine(message).replace(/"([^"]*)"/g, (_m, inner: string) => `"${excerpt(inner)}"`);
  const runsCut = quotesCut.replace(LONG_RUN, (run) => excerpt(run));
  return excerpt(runsCut, MESSAGE_MAX_CHARS);
}
