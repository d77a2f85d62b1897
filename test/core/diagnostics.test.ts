/** Diagnostics as data: building, ordering and the `file:line:col: severity code: message` form. */
import { diagnostic, formatDiagnostic, hasErrors, sortDiagnostics } from '../../src/core/diagnostics.js';
import type { Diagnostic } from '../../src/core/diagnostics.js';

describe('diagnostic', () => {
  test('keeps only the parts of the position that are given', () => {
    expect(diagnostic('notice', 'c/x', 'm')).toStrictEqual({ severity: 'notice', code: 'c/x', message: 'm' });
    expect(diagnostic('error', 'c/x', 'm', { file: 'a.yml', line: 3 })).toStrictEqual({
      severity: 'error',
      code: 'c/x',
      message: 'm',
      file: 'a.yml',
      line: 3
    });
  });
});

describe('formatDiagnostic', () => {
  test.each([
    [{ file: 'a.yml', line: 3, column: 5 }, 'a.yml:3:5: error manifest/unknown-key: Unknown key.'],
    [{ file: 'a.yml', line: 3 }, 'a.yml:3: error manifest/unknown-key: Unknown key.'],
    [{ file: 'a.yml' }, 'a.yml: error manifest/unknown-key: Unknown key.'],
    [{}, 'error manifest/unknown-key: Unknown key.']
  ])('at %j', (at, text) => {
    expect(formatDiagnostic(diagnostic('error', 'manifest/unknown-key', 'Unknown key.', at))).toBe(text);
  });
});

describe('sortDiagnostics and hasErrors', () => {
  const d = (
    severity: Diagnostic['severity'],
    code: string,
    file?: string,
    line?: number,
    column?: number
  ): Diagnostic => diagnostic(severity, code, code, { file, line, column });
  const written = [
    d('warning', 'b', 'b.yml', 1, 1),
    d('notice', 'z', 'a.yml', 2, 1),
    d('error', 'z', 'a.yml', 2, 1),
    d('error', 'a', 'a.yml', 2, 1),
    d('error', 'x', 'a.yml', 1, 9),
    d('error', 'w')
  ];

  test('orders by file, line, column, severity, then code; no file first', () => {
    expect(
      sortDiagnostics(written).map(
        (x) => `${x.file ?? '-'}:${x.line ?? '-'}:${x.column ?? '-'} ${x.severity} ${x.code}`
      )
    ).toEqual([
      '-:-:- error w',
      'a.yml:1:9 error x',
      'a.yml:2:1 error a',
      'a.yml:2:1 error z',
      'a.yml:2:1 notice z',
      'b.yml:1:1 warning b'
    ]);
  });

  test('does not reorder its input', () => {
    const copy = [...written];
    sortDiagnostics(written);
    expect(written).toEqual(copy);
  });

  test.each([
    [[d('warning', 'a'), d('notice', 'b')], false],
    [[d('warning', 'a'), d('error', 'b')], true],
    [[], false]
  ] as [Diagnostic[], boolean][])('hasErrors %#', (list, expected) => {
    expect(hasErrors(list)).toBe(expected);
  });
});
