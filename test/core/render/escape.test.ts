import { describe, expect, it } from '@jest/globals';
import {
  escapeControl,
  escapeJsonText,
  escapeLine,
  escapeMarkdown,
  escapeTerminal
} from '../../../src/core/render/escape.js';

const ZWJ = '\u200D';

describe('escapeMarkdown', () => {
  it.each([
    ['plain-name_v2', 'plain-name\\_v2'],
    ['a | b', 'a \\| b'],
    // Line breaks and tabs become visible escapes, their backslash escaped for Markdown: `line\nbreak` renders.
    ['line\nbreak\r\nand\ttab', 'line\\\\nbreak\\\\r\\\\nand\\\\ttab'],
    ['bidi\u202eevil\u200b', 'bidi\\\\u202eevil\\\\u200b'],
    ['<script>', '&lt;script&gt;'],
    ['<!-- carbon-gate -->', '&lt;!-- carbon-gate --&gt;'],
    ['AT&T', 'AT&amp;T'],
    ['@octocat and @org/team', `@${ZWJ}octocat and @${ZWJ}org/team`],
    ['mail a@b', `mail a@${ZWJ}b`],
    ['[x](https://evil.example)', `\\[x\\](https:${ZWJ}//evil.example)`],
    ['![i](u)', '!\\[i\\](u)'],
    ['*bold* ~strike~ `code` $x$', '\\*bold\\* \\~strike\\~ \\`code\\` \\$x\\$'],
    ['fixes #12 and GH-3', `fixes #${ZWJ}12 and GH-${ZWJ}3`],
    ['www.evil.example', `www${ZWJ}.evil.example`],
    ['back\\slash', 'back\\\\slash']
  ])('%p -> %p', (input, output) => {
    expect(escapeMarkdown(input)).toBe(output);
  });

  it('cuts long text with an ellipsis', () => {
    expect(escapeMarkdown('x'.repeat(500), 10)).toBe(`${'x'.repeat(9)}…`);
  });
});

describe('escapeTerminal', () => {
  it.each([
    ['plain', 'plain'],
    ['red\u001b[31m', 'red\\x1b[31m'],
    ['csi\u009b2J', 'csi\\x9b2J'],
    ['over\rwrite', 'over\\rwrite'],
    ['bell\u0007', 'bell\\x07'],
    ['back\bspace', 'back\\x08space'],
    ['bidi\u202Eevil', 'bidi\\u202eevil'],
    [
      'link \u001b]8;;https://evil.example\u0007x\u001b]8;;\u0007',
      'link \\x1b]8;;https://evil.example\\x07x\\x1b]8;;\\x07'
    ],
    ['x\n::error::forged', 'x\\n::error::forged'],
    ['a ##[error]forged', 'a #\\x23[error]forged']
  ])('%p -> %p', (input, output) => {
    expect(escapeTerminal(input)).toBe(output);
  });
});

describe('escapeControl', () => {
  it.each([
    // Bidirectional embeddings, overrides and isolates.
    ...['\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069'],
    // Zero-width and other invisible formatting characters, line and paragraph separators.
    ...['\u200b', '\u200c', '\u200d', '\u200e', '\u200f', '\u2028', '\u2029', '\ufeff', '\u00ad', '\u180e', '\u2060'],
    // Blank letters, and DEL and C1 controls.
    ...['\u3164', '\u115f', '\u007f', '\u0085', '\u009b']
  ])('shows U+%s as a \\x or \\u escape', (c) => {
    const code = c.codePointAt(0) as number;
    const expected =
      code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
    expect(escapeControl(`a${c}b`)).toBe(`a${expected}b`);
  });

  it('shows a tag character (beyond U+FFFF) as one \\u{...} escape', () => {
    expect(escapeControl('a\u{e0041}\u{e007f}b')).toBe('a\\u{e0041}\\u{e007f}b');
  });

  it('leaves honest text as it is: accents, CJK, emoji with variation selectors, backslashes', () => {
    for (const text of ['Zürich-run', '東京 A100', 'run ❤️', 'C:\\runs\\a.yml', 'a\\nb'])
      expect(escapeControl(text)).toBe(text);
  });

  it('is idempotent', () => {
    const once = escapeControl('a\n\u001b[2J\u202e\u{e0041}');
    expect(escapeControl(once)).toBe(once);
  });
});

describe('escapeLine', () => {
  it.each([
    ['::error::forged', '\\x3a:error::forged'],
    ['  ::add-mask::x', '  \\x3a:add-mask::x'],
    ['\t::stop-commands::tok', '\\t::stop-commands::tok'],
    ['file::name.yml:1:2: error', 'file::name.yml:1:2: error'],
    ['see ##[warning]x', 'see #\\x23[warning]x'],
    [':one colon', ':one colon']
  ])('%p -> %p', (input, output) => {
    expect(escapeLine(input)).toBe(output);
  });
});

describe('escapeJsonText', () => {
  it('escapes what JSON.stringify leaves raw, and parses back to the same value', () => {
    const value = { name: 'a\u009b31m\u202e\u2028\u{e0041}##[error]x\n' };
    const text = escapeJsonText(JSON.stringify(value, null, 2));
    expect(text).not.toMatch(/[\u0080-\u009f\u202e\u2028]|##\[|[\u{e0000}-\u{e007f}]/u);
    expect(text.split('\n')).toHaveLength(3);
    expect(JSON.parse(text)).toEqual(value);
  });
});
