/**
 * Diagnostics capped per file and code: the first ten of a kind are kept in the order found, the
 * rest are counted in one more diagnostic of the same code, whose severity is the worst left out.
 */
import { capDiagnostics, DiagnosticCap, MAX_DIAGNOSTICS_PER_CODE } from '../../src/core/diagnostic-cap.js';
import { diagnostic, type Diagnostic, type DiagnosticCode, type Severity } from '../../src/core/diagnostics.js';

const at = (
  file: string | undefined,
  line: number,
  code: DiagnosticCode = 'traces/bad-json',
  severity: Severity = 'error'
) => diagnostic(severity, code, `problem on line ${line}`, file === undefined ? undefined : { file, line, column: 1 });

describe('capDiagnostics', () => {
  it('keeps up to the cap of a kind as they are', () => {
    const ds = Array.from({ length: MAX_DIAGNOSTICS_PER_CODE }, (_, i) => at('a.json', i + 1));
    expect(capDiagnostics(ds)).toEqual(ds);
  });

  it('summarises the rest of a (file, code) in one diagnostic of that code, at the first left out', () => {
    const n = 123_456;
    const ds = Array.from({ length: n }, (_, i) => at('a.json', 2 * i + 1));
    const out = capDiagnostics(ds);
    expect(out).toHaveLength(MAX_DIAGNOSTICS_PER_CODE + 1);
    expect(out.slice(0, MAX_DIAGNOSTICS_PER_CODE)).toEqual(ds.slice(0, MAX_DIAGNOSTICS_PER_CODE));
    const more = n - MAX_DIAGNOSTICS_PER_CODE;
    // The first left out is the 11th, on line 2 x 10 + 1.
    expect(out[MAX_DIAGNOSTICS_PER_CODE]).toEqual({
      severity: 'error',
      code: 'traces/bad-json',
      file: 'a.json',
      line: 21,
      message: `... and ${more.toLocaleString('en-US')} more traces/bad-json diagnostics like this in this file (at lines 21, 23, 25, 27, 29 and later), not listed: only the first ${MAX_DIAGNOSTICS_PER_CODE} of a kind are.`
    });
  });

  it('counts files and codes apart, and names each line once', () => {
    const ds: Diagnostic[] = [];
    for (let i = 0; i < 12; i++) ds.push(at('a.csv', 7, 'intensity/bad-timestamp', 'warning'));
    for (let i = 0; i < 12; i++) ds.push(at('b.csv', i + 1, 'intensity/bad-timestamp', 'warning'));
    for (let i = 0; i < 3; i++) ds.push(at('a.csv', i + 1, 'intensity/negative', 'warning'));
    const out = capDiagnostics(ds);
    expect(out.map((d) => `${d.file} ${d.code} ${d.line}`)).toEqual([
      ...Array.from({ length: 10 }, () => 'a.csv intensity/bad-timestamp 7'),
      ...Array.from({ length: 10 }, (_, i) => `b.csv intensity/bad-timestamp ${i + 1}`),
      'a.csv intensity/negative 1',
      'a.csv intensity/negative 2',
      'a.csv intensity/negative 3',
      'a.csv intensity/bad-timestamp 7',
      'b.csv intensity/bad-timestamp 11'
    ]);
    expect(out[23].message).toContain('2 more intensity/bad-timestamp diagnostics like this in this file (at line 7)');
    expect(out[24].message).toContain('(at lines 11, 12)');
  });

  it('gives the summary the worst severity left out, and no place where none had one', () => {
    const cap = new DiagnosticCap(1);
    cap.add(at(undefined, 0, 'traces/low-coverage', 'notice'));
    cap.add(at(undefined, 0, 'traces/low-coverage', 'notice'));
    cap.add(at(undefined, 0, 'traces/low-coverage', 'warning'));
    const out = cap.list();
    expect(out[1]).toEqual({
      severity: 'warning',
      code: 'traces/low-coverage',
      message: '... and 2 more traces/low-coverage diagnostics like this, not listed: only the first 1 of a kind are.'
    });
  });

  it('remembers an error among those left out', () => {
    const cap = new DiagnosticCap(1);
    cap.add(at('f', 1, 'traces/bad-json', 'warning'));
    expect(cap.hasErrors()).toBe(false);
    cap.add(at('f', 2, 'traces/bad-json', 'error'));
    expect(cap.hasErrors()).toBe(true);
  });
});
