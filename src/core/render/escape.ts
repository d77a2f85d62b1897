/**
 * Escaping for text that comes from manifests and logs (run names, file paths, model names,
 * diagnostic messages that quote them). A pull request's author controls that text, and it lands
 * in a comment written with the workflow's token, so it must not be able to:
 * break the table it sits in (`|`, newlines), inject HTML (`<script>`, `<img>`), ping people or
 * teams (`@octocat`), plant the hidden marker the sticky-comment search looks for (`<!--`), or
 * inject links and images (`[x](y)`, `![x](y)`).
 */

/** U+200D ZERO WIDTH JOINER: invisible, and it stops GitHub from reading `@name` as a mention. */
const ZWJ = '\u200D';

/** Longest piece of user text kept in one place; the rest is cut with an ellipsis. */
const MAX_INLINE_CHARS = 200;

/**
 * ASCII punctuation that opens Markdown emphasis, strikethrough, code, math, links and images, or
 * ends a table cell. `(`, `)` and `!` need no escape once `[` and `]` are escaped (no link or
 * image can start); `#` only matters at the start of a line, where user text never is.
 */
const MARKDOWN_PUNCTUATION = /[\\`*_[\]|~$]/g;

/**
 * Makes untrusted text safe to place inline in GitHub-flavoured Markdown, including a table
 * cell. The result renders as the original characters (entities and backslash escapes are
 * decoded by the renderer), but the raw text contains no `<`, no unescaped `|`, no line break,
 * no `@` directly followed by a name, and no unescaped link or image syntax.
 */
export function escapeMarkdown(text: string, maxChars = MAX_INLINE_CHARS): string {
  return (
    truncateText(singleLine(text), maxChars)
      // Entities first, so the `&` of the entities added here is not escaped again.
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(MARKDOWN_PUNCTUATION, (c) => `\\${c}`)
      // `@name` pings a user or team; `#123` and `GH-123` cross-link issues. A zero-width joiner
      // keeps the text readable and the reference inert.
      .replace(/@(?=[A-Za-z0-9_-])/g, `@${ZWJ}`)
      .replace(/#(?=\d)/g, `#${ZWJ}`)
      .replace(/\b(GH)-(?=\d)/gi, `$1-${ZWJ}`)
      // Bare URLs autolink on GitHub; breaking the scheme keeps a manifest from planting links.
      .replace(/:\/\//g, `:${ZWJ}//`)
      .replace(/\bwww\./gi, (m) => `${m.slice(0, 3)}${ZWJ}.`)
  );
}

/**
 * Makes untrusted text safe for a terminal: control characters (ANSI escape sequences, carriage
 * returns that overwrite earlier output, bells) are shown as `\u001b`-style escapes.
 */
export function escapeTerminal(text: string, maxChars = MAX_INLINE_CHARS): string {
  return truncateText(
    text.replace(/\r\n|\r|\n/g, ' ').replace(
      // C0 controls, DEL, C1 controls (U+009B is a one-byte CSI), and bidi overrides.
      // eslint-disable-next-line no-control-regex -- matching control characters is the point here.
      /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g,
      (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`
    ),
    maxChars
  );
}

/** Replaces line breaks, tabs and other control characters with single spaces. */
function singleLine(text: string): string {
  // eslint-disable-next-line no-control-regex -- matching control characters is the point here.
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ');
}

/** Cuts text longer than `maxChars` code points and marks the cut with an ellipsis. */
function truncateText(text: string, maxChars: number): string {
  const chars = Array.from(text);
  if (chars.length <= maxChars) return text;
  return `${chars.slice(0, Math.max(0, maxChars - 1)).join('')}…`;
}
