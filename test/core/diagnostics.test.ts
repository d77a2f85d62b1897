/** Diagnostics as data: building, ordering and the `file:line:col: severity code: message` form. */
import { diagnostic, formatDiagnostic, hasErrors, sortDiagnostics } from '../../src/core/diagnostics.js';
import type { Diagnostic, DiagnosticCode } from '../../src/core/diagnostics.js';

describe('diagnostic', () => {
  test('keeps only the parts of the position that are given', () => {
    expect(diagnostic('notice', 'location/note', 'm')).toStrictEqual({
      severity: 'notice',
      code: 'location/note',
      message: 'm'
    });
    expect(diagnostic('error', 'manifest/bad-type', 'm', { file: 'a.yml', line: 3 })).toStrictEqual({
      severity: 'error',
      code: 'manifest/bad-type',
      message: 'm',
      file: 'a.yml',
      line: 3
    });
  });

  test('keeps the end of a span with its start', () => {
    const at = { file: 'a.yml', line: 3, column: 11, endLine: 3, endColumn: 12 };
    expect(diagnostic('error', 'location/unknown', 'm', at)).toStrictEqual({
      severity: 'error',
      code: 'location/unknown',
      message: 'm',
      ...at
    });
  });

  test('drops an end whose start is not given', () => {
    expect(diagnostic('error', 'location/unknown', 'm', { file: 'a.yml', endLine: 3, endColumn: 4 })).toStrictEqual({
      severity: 'error',
      code: 'location/unknown',
      message: 'm',
      file: 'a.yml'
    });
    // A line span without columns keeps its end line only.
    expect(
      diagnostic('error', 'location/unknown', 'm', { file: 'a.yml', line: 2, endLine: 4, endColumn: 4 })
    ).toStrictEqual({ severity: 'error', code: 'location/unknown', message: 'm', file: 'a.yml', line: 2, endLine: 4 });
  });
});

describe('formatDiagnostic', () => {
  test.each([
    [{ file: 'a.yml', line: 3, column: 5 }, 'a.yml:3:5: error manifest/unknown-key: Unknown key.'],
    [
      { file: 'a.yml', line: 3, column: 5, endLine: 3, endColumn: 13 },
      'a.yml:3:5: error manifest/unknown-key: Unknown key.'
    ],
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
    code: DiagnosticCode,
    file?: string,
    line?: number,
    column?: number
  ): Diagnostic => diagnostic(severity, code, code, { file, line, column });
  const written = [
    d('warning', 'traces/gap', 'b.yml', 1, 1),
    d('notice', 'location/note', 'a.yml', 2, 1),
    d('error', 'location/unknown', 'a.yml', 2, 1),
    d('error', 'hardware/unknown-gpu', 'a.yml', 2, 1),
    d('error', 'manifest/bad-type', 'a.yml', 1, 9),
    d('error', 'budget/invalid')
  ];

  test('orders by file, line, column, severity, then code; no file first', () => {
    expect(
      sortDiagnostics(written).map(
        (x) => `${x.file ?? '-'}:${x.line ?? '-'}:${x.column ?? '-'} ${x.severity} ${x.code}`
      )
    ).toEqual([
      '-:-:- error budget/invalid',
      'a.yml:1:9 error manifest/bad-type',
      'a.yml:2:1 error hardware/unknown-gpu',
      'a.yml:2:1 error location/unknown',
      'a.yml:2:1 notice location/note',
      'b.yml:1:1 warning traces/gap'
    ]);
  });

  test('spans that start together keep the order they were found in', () => {
    const long = diagnostic('error', 'manifest/bad-type', 'long', { file: 'a.yml', line: 2, column: 1, endLine: 9 });
    const short = diagnostic('error', 'manifest/bad-type', 'short', { file: 'a.yml', line: 2, column: 1, endLine: 2 });
    expect(sortDiagnostics([long, short]).map((x) => x.message)).toEqual(['long', 'short']);
    expect(sortDiagnostics([short, long]).map((x) => x.message)).toEqual(['short', 'long']);
  });

  test('does not reorder its input', () => {
    const copy = [...written];
    sortDiagnostics(written);
    expect(written).toEqual(copy);
  });

  test.each([
    [[d('warning', 'traces/gap'), d('notice', 'location/note')], false],
    [[d('warning', 'traces/gap'), d('error', 'budget/invalid')], true],
    [[], false]
  ] as [Diagnostic[], boolean][])('hasErrors %#', (list, expected) => {
    expect(hasErrors(list)).toBe(expected);
  });
});
