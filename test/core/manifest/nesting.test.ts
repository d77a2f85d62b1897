/**
 * The nesting pre-scan: depth counted on the YAML library's tokens, exactly at the limit, in flow
 * and block style, never counting brackets in quotes, comments or block scalars, and stopping at
 * the first level past the limit.
 */
import { findTooDeep, MAX_NESTING_DEPTH } from '../../../src/core/manifest/nesting.js';
import { parseManifest } from '../../../src/core/manifest/index.js';

/** Mappings nested `n` deep by indentation, one key a line, the innermost holding a scalar. */
const indented = (n: number): string =>
  Array.from({ length: n }, (_, i) => `${'  '.repeat(i)}a:${i === n - 1 ? ' 1' : ''}`).join('\n');

describe('findTooDeep', () => {
  it('the limit is 64 levels', () => {
    expect(MAX_NESTING_DEPTH).toBe(64);
  });

  test.each([
    ['flow sequences', (n: number) => `${'['.repeat(n)}${']'.repeat(n)}`],
    ['flow mappings (JSON)', (n: number) => `${'{"a":'.repeat(n)}1${'}'.repeat(n)}`],
    ['block mappings', indented],
    ['compact block sequences', (n: number) => `${'- '.repeat(n)}x`],
    ['explicit keys', (n: number) => `${'? '.repeat(n)}x`],
    [
      'a sequence at its key’s indentation (two levels per line pair)',
      (n: number) =>
        Array.from({ length: n }, (_, i) => `${'  '.repeat(Math.floor(i / 2))}${i % 2 === 0 ? 'k:' : '- '}`).join(
          '\n'
        ) + ' x'
    ],
    ['a block mapping holding flow', (n: number) => `a:\n  b: ${'['.repeat(n - 2)}${']'.repeat(n - 2)}`]
  ])('%s: 64 levels pass, 65 are refused', (_what, nest) => {
    expect(findTooDeep(nest(MAX_NESTING_DEPTH))).toBeUndefined();
    expect(findTooDeep(nest(MAX_NESTING_DEPTH + 1))).toBeDefined();
  });

  test.each([
    ['a quoted string', `a: "${'['.repeat(1000)}"`],
    ['a single-quoted string', `a: '${'{'.repeat(1000)}'`],
    ['a comment', `# ${'['.repeat(1000)}\na: 1`],
    ['a block scalar', `a: |\n  ${'['.repeat(1000)}\nb: 2`],
    ['a plain scalar', `a: b${'['.repeat(1000)}`],
    ['a long flat list', `a: [${'[1], '.repeat(10_000)}]`],
    ['many documents', '---\na: [[1]]\n'.repeat(1000)]
  ])('brackets in %s are not levels', (_what, text) => {
    expect(findTooDeep(text)).toBeUndefined();
  });

  it('points at the first collection past the limit: the bracket, the dash, or the key', () => {
    expect(findTooDeep(`runs: ${'['.repeat(100)}`)).toEqual({ line: 1, column: 7 + 63 });
    expect(findTooDeep(`x:\n${'- '.repeat(100)}1`)).toEqual({ line: 2, column: 1 + 2 * 63 });
    expect(findTooDeep(indented(100))).toEqual({ line: 65, column: 1 + 2 * 64 });
  });

  it('stops at the limit: a million brackets are not all read', () => {
    // 2 MB of brackets with no end: the scan ends at the 65th.
    expect(findTooDeep('['.repeat(2 ** 21))).toEqual({ line: 1, column: 65 });
  });
});

describe('parseManifest refuses deep nesting before parsing', () => {
  test.each([5_000, 100_000])('%i levels: manifest/too-deep, not the engine’s stack overflow', (n) => {
    const { manifest, diagnostics } = parseManifest('m.yml', `version: 1\nruns: ${'['.repeat(n)}${']'.repeat(n)}`);
    expect(manifest).toBeUndefined();
    expect(diagnostics).toEqual([
      {
        severity: 'error',
        code: 'manifest/too-deep',
        message:
          'The manifest nests lists and mappings more than 64 levels deep and was not read; a manifest needs a few levels.',
        file: 'm.yml',
        line: 2,
        column: 70
      }
    ]);
  });

  it('every manifest of the examples and fixtures is far from the limit', () => {
    const real =
      'version: 1\nruns:\n  - name: a\n    gpu: { model: A100, count: 8 }\n    trace: { columns: { power: "p [W]" } }';
    expect(findTooDeep(real, 5)).toBeUndefined();
  });
});
