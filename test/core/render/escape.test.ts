import { describe, expect, it } from '@jest/globals';
import { escapeMarkdown, escapeTerminal } from '../../../src/core/render/escape.js';

const ZWJ = '\u200D';

describe('escapeMarkdown', () => {
  it.each([
    ['plain-name_v2', 'plain-name\\_v2'],
    ['a | b', 'a \\| b'],
    ['line\nbreak\r\nand\ttab', 'line break and tab'],
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
    ['red\u001b[31m', 'red\\u001b[31m'],
    ['csi\u009b2J', 'csi\\u009b2J'],
    ['over\rwrite', 'over write'],
    ['bell\u0007', 'bell\\u0007'],
    ['bidi\u202Eevil', 'bidi\\u202eevil']
  ])('%p -> %p', (input, output) => {
    expect(escapeTerminal(input)).toBe(output);
  });
});
