/**
 * Escaping for text that comes from manifests and logs (run names, file paths, model names,
 * diagnostic messages that quote them). A pull request's author controls that text, and it lands
 * in a comment written with the workflow's token, in the CI log and in terminals, so it must not
 * be able to:
 * break the table it sits in (`|`, newlines), inject HTML (`<script>`, `<img>`), ping people or
 * teams (`@octocat`), plant the hidden marker the sticky-comment search looks for (`<!--`), or
 * inject links and images (`[x](y)`, `![x](y)`); nor drive a terminal (ANSI and OSC sequences,
 * carriage returns, backspaces), forge a workflow command (`::error::`, `::add-mask::`,
 * `::stop-commands::`, `##[error]`) or hide and reorder what it shows (bidirectional overrides,
 * zero-width characters). {@link escapeControl} is the one escape for the characters; the others
 * add what their medium needs.
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
    escapeControl(truncateText(text, maxChars))
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
 * Characters that must never reach an output as they are, because a terminal, a CI log or a
 * renderer acts on them or hides them: every control character (C0, DEL, C1, so ESC and the
 * one-byte CSI U+009B, BEL, backspace, CR and LF), every format character (soft hyphen, zero-width
 * spaces and joiners, the bidirectional marks, embeddings, overrides and isolates U+202A–202E and
 * U+2066–2069, the byte-order mark, the invisible operators, tag characters U+E0000–E007F), the
 * Unicode line and paragraph separators, lone surrogates, and the blank "letters" and variation
 * selectors that render as nothing (Hangul fillers, the combining grapheme joiner, Mongolian
 * free variation selectors).
 */
// eslint-disable-next-line no-misleading-character-class -- each combining mark here is matched on its own, on purpose.
const UNSAFE_CHARS = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}\u034f\u115f\u1160\u17b4\u17b5\u180b-\u180d\u3164\uffa0]/gu;

/** Short names for the escapes people know. */
const NAMED_ESCAPES: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * The one escape every output builds on: each character of {@link UNSAFE_CHARS} becomes a visible
 * escape (`\n`, `\r`, `\t`, `\x1b`, `\u202e`, `\u{e0041}`), so a reader sees that something odd
 * was there instead of having it act (an ANSI sequence, an OSC 8 link, a line break that starts a
 * forged `::error::` workflow command) or vanish (a bidi override that reorders a name). The
 * result is one line; text without such characters is returned unchanged, and escaping twice
 * changes nothing more (backslashes are left as they are, so honest Windows paths read as before).
 */
export function escapeControl(text: string): string {
  return text.replace(UNSAFE_CHARS, visibleEscape);
}

/** `\n`, `\x1b`, `\u202e` or `\u{e0041}` for one character. */
function visibleEscape(c: string): string {
  const named = NAMED_ESCAPES[c];
  if (named !== undefined) return named;
  const code = c.codePointAt(0) as number;
  const hex = code.toString(16);
  if (code < 0x100) return `\\x${hex.padStart(2, '0')}`;
  if (code < 0x10000) return `\\u${hex.padStart(4, '0')}`;
  return `\\u{${hex}}`;
}

/**
 * Makes JSON text (from `JSON.stringify`, which escapes only C0 controls, the quote, the backslash
 * and lone surrogates) inert in a terminal and a CI log without changing what it parses to: each
 * character of {@link UNSAFE_CHARS} still raw becomes a `\uXXXX` escape (a character beyond U+FFFF,
 * two), and the `#` that completes the runner's `##[command]` syntax becomes `\u0023`. Outside
 * strings, JSON holds none of these characters, so only string contents change, and only in their
 * bytes.
 */
export function escapeJsonText(json: string): string {
  return json
    .replace(UNSAFE_CHARS, (c) => {
      // JSON.stringify escaped every C0 control inside strings: a raw one is the indentation's line break.
      if (c < ' ') return c;
      let out = '';
      for (let i = 0; i < c.length; i++) out += `\\u${c.charCodeAt(i).toString(16).padStart(4, '0')}`;
      return out;
    })
    .replace(/##\[/g, '#\\u0023[');
}

/**
 * Breaks the GitHub Actions runner's older command syntax, `##[command]`, which the runner obeys
 * anywhere in a line a step prints (`##[error]`, `##[add-mask]`, `##[stop-commands]`): the second
 * `#` becomes the visible escape `\x23`. Enough for text placed inside a line.
 */
function escapeLegacyCommands(text: string): string {
  return text.replace(/##\[/g, '#\\x23[');
}

/**
 * Makes one whole line of output safe for a terminal and inert to the GitHub Actions runner, which
 * reads every line a step prints: {@link escapeControl}, the older `##[command]` syntax broken, and
 * a line that starts (after blanks) with `::`, a workflow command (`::error::`, `::add-mask::`,
 * `::stop-commands::`), has its first `:` shown as `\x3a`. The CLI's writers and the action's log
 * pass every line through this.
 */
export function escapeLine(line: string): string {
  return escapeInline(line).replace(/^(\s*)::/, '$1\\x3a:');
}

/**
 * Makes untrusted text safe to place inside a line of a terminal report, a CI log or a YAML value,
 * whole: every control, format and invisible character shown as a visible escape
 * ({@link escapeControl}), and the runner's `##[` command syntax broken. Never a line break.
 */
export function escapeInline(text: string): string {
  return escapeLegacyCommands(escapeControl(text));
}

/** {@link escapeInline}, on text first cut to `maxChars` with an ellipsis. */
export function escapeTerminal(text: string, maxChars = MAX_INLINE_CHARS): string {
  return escapeInline(truncateText(text, maxChars));
}

/** Cuts text longer than `maxChars` code points and marks the cut with an ellipsis. */
function truncateText(text: string, maxChars: number): string {
  const chars = Array.from(text);
  if (chars.length <= maxChars) return text;
  return `${chars.slice(0, Math.max(0, maxChars - 1)).join('')}…`;
}
