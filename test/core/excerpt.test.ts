/**
 * Excerpts of file content in messages: short, one line, never a split character; and the
 * parsers' messages on a line that holds a token quote no more than an excerpt of it.
 */
import { describe, expect, it } from '@jest/globals';
import { parseConfig } from '../../src/core/config.js';
import { EXCERPT_MAX_CHARS, excerpt, excerptList, excerptMessage } from '../../src/core/excerpt.js';
import { parseManifest } from '../../src/core/manifest/index.js';

const BASIC = Buffer.from(`x-access-token:ghs_${'k'.repeat(36)}`).toString('base64');
const LINE = `\textraheader = AUTHORIZATION: basic ${BASIC}`;

/** Every run of more than EXCERPT_MAX_CHARS characters of `line` that `text` contains. */
function longRunsOf(line: string, text: string): string[] {
  const runs: string[] = [];
  for (let i = 0; i + EXCERPT_MAX_CHARS < line.length; i++) {
    const run = line.slice(i, i + EXCERPT_MAX_CHARS + 1);
    if (text.includes(run)) runs.push(run);
  }
  return runs;
}

describe('excerpt', () => {
  it.each([
    ['short', 'short'],
    ['', ''],
    ['x'.repeat(EXCERPT_MAX_CHARS), 'x'.repeat(EXCERPT_MAX_CHARS)],
    ['x'.repeat(EXCERPT_MAX_CHARS + 1), `${'x'.repeat(EXCERPT_MAX_CHARS - 1)}…`],
    ['first\nsecond', 'first…'],
    ['first\r\nsecond', 'first…'],
    ['first\n', 'first'],
    ['a\u2028b', 'a…']
  ])('%j -> %j', (text, expected) => {
    expect(excerpt(text)).toBe(expected);
  });

  it('counts characters, not UTF-16 units, and never splits a pair', () => {
    const emoji = '😀'.repeat(EXCERPT_MAX_CHARS + 5);
    const cut = excerpt(emoji);
    expect(Array.from(cut)).toHaveLength(EXCERPT_MAX_CHARS);
    expect(cut).toBe(`${'😀'.repeat(EXCERPT_MAX_CHARS - 1)}…`);
    expect(excerpt('😀'.repeat(EXCERPT_MAX_CHARS))).toBe('😀'.repeat(EXCERPT_MAX_CHARS));
  });

  it('takes another length', () => {
    expect(excerpt('abcdef', 4)).toBe('abc…');
  });
});

describe('excerptList', () => {
  it('quotes each name as an excerpt and counts those past ten', () => {
    const names = Array.from({ length: 12 }, (_, i) => `c${i}`);
    expect(excerptList(names)).toBe(
      `${names
        .slice(0, 10)
        .map((n) => `"${n}"`)
        .join(', ')} and 2 more`
    );
    expect(excerptList(['a', 'b'])).toBe('"a", "b"');
    expect(excerptList([LINE.trim()])).toBe(`"${excerpt(LINE.trim())}"`);
  });
});

describe('excerptMessage', () => {
  it('keeps a library message whole when it quotes little', () => {
    expect(excerptMessage('Unexpected map-value-ind token in YAML stream: ":"')).toBe(
      'Unexpected map-value-ind token in YAML stream: ":"'
    );
  });

  it('cuts quoted parts, unbroken runs and further lines', () => {
    const message = excerptMessage(`Unexpected scalar token in YAML stream: "basic ${BASIC}"\n\n${LINE}\n  ^^^`);
    expect(message).toBe(`Unexpected scalar token in YAML stream: "${excerpt(`basic ${BASIC}`)}"`);
    expect(excerptMessage(`Unresolved tag: !${BASIC}`)).toBe(`Unresolved tag: ${excerpt(`!${BASIC}`)}`);
  });

  it('bounds a message made of many short words from the input', () => {
    const words = Array.from({ length: 100 }, (_, i) => `w${i}`).join(' ');
    expect(Array.from(excerptMessage(`Duplicate keys: ${words}`)).length).toBeLessThanOrEqual(3 * EXCERPT_MAX_CHARS);
  });
});

describe('parsers quote at most an excerpt of a line holding a token', () => {
  const texts = {
    '.git/config as YAML': `[core]\n\tbare = false\n[http "https://github.com/"]\n${LINE}\n`,
    'a flow mapping broken on the line': `{"version": 1, "runs": [{"name": "a"},\n${LINE}: }\n]}`,
    'an unresolved tag': `version: 1\nruns: !${BASIC} x\n`,
    'a value and a key': `version: 1\nruns:\n  - name: a\n    duration: "${LINE.trim()}"\n    "${LINE.trim()}": 1\n`
  };

  it.each(Object.entries(texts))('manifest: %s', (_name, text) => {
    const { diagnostics } = parseManifest('m.yml', text);
    expect(diagnostics.length).toBeGreaterThan(0);
    const all = diagnostics.map((d) => d.message).join('\n');
    expect(longRunsOf(LINE, all)).toEqual([]);
    expect(all).not.toContain(BASIC.slice(EXCERPT_MAX_CHARS));
  });

  it.each(Object.entries(texts))('config: %s', (_name, text) => {
    const { diagnostics } = parseConfig('c.yml', text);
    const all = diagnostics.map((d) => d.message).join('\n');
    expect(diagnostics.length).toBeGreaterThan(0);
    expect(longRunsOf(LINE, all)).toEqual([]);
  });
});
