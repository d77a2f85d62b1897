import { describe, expect, it } from '@jest/globals';
import { renderJson } from '../../../src/core/render/index.js';
import { hostileReport, sampleReport } from './report-fixture.js';

describe('renderJson', () => {
  it('round-trips the report, indented, with a final newline', () => {
    const report = sampleReport();
    const json = renderJson(report);
    expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify(report)));
    expect(json.endsWith('}\n')).toBe(true);
    expect(json.split('\n')[1]).toBe('  "schemaVersion": 1,');
  });

  it('has the fields the issue requires', () => {
    const parsed = JSON.parse(renderJson(sampleReport())) as Record<string, unknown> & {
      runs: Record<string, unknown>[];
      diagnostics: Record<string, unknown>[];
    };
    for (const key of ['schemaVersion', 'status', 'totals', 'budget', 'runs', 'diagnostics'])
      expect(parsed).toHaveProperty(key);
    for (const key of [
      'manifest',
      'name',
      'method',
      'energyKWh',
      'emissionsKg',
      'intensityGPerKWh',
      'pue',
      'repeats',
      'components',
      'sources'
    ]) {
      expect(parsed.runs[0]).toHaveProperty(key);
    }
    for (const key of ['severity', 'code', 'message', 'file', 'line', 'column'])
      expect(parsed.diagnostics[0]).toHaveProperty(key);
  });

  it('gives an invalid report status invalid and null, never zero, for every result', () => {
    // hostileReport has an error (an unknown GPU) beside a run that could be computed.
    const report = hostileReport();
    expect([report.inputValid, report.runs.length]).toEqual([false, 1]);
    const parsed = JSON.parse(
      renderJson({
        ...report,
        budget: { emissionsKg: 10, warnAtFraction: 0.8, usedFraction: 0.5, emissionsFraction: 0.5 }
      })
    );
    expect(parsed.status).toBe('invalid');
    expect(parsed.totals).toEqual({ itEnergyKWh: null, energyKWh: null, emissionsKg: null, components: null });
    expect(parsed.budget).toEqual({
      emissionsKg: 10,
      warnAtFraction: 0.8,
      usedFraction: null,
      emissionsFraction: null
    });
    expect(parsed.equivalents).toEqual([]);
    const [run] = parsed.runs;
    expect([run.itEnergyKWh, run.energyKWh, run.emissionsKg, run.components]).toEqual([null, null, null, null]);
    expect(run).not.toHaveProperty('estimate');
    // What the run is, and the diagnostics, stay.
    expect([run.name, run.pue, parsed.diagnostics[0].code]).toEqual([
      report.runs[0].name,
      report.runs[0].pue,
      'hardware/unknown-gpu'
    ]);
  });

  it('writes a valid report as JSON.stringify does, except for the characters that act on a terminal', () => {
    const report = sampleReport();
    const hostile = { ...report, runs: [{ ...report.runs[0], name: 'a\u009b2J\u202eb##[error]c' }] };
    const json = renderJson(hostile);
    expect(json).toContain('"name": "a\\u009b2J\\u202eb#\\u0023[error]c"');
    expect(JSON.parse(json).runs[0].name).toBe('a\u009b2J\u202eb##[error]c');
    expect(renderJson(report)).toBe(`${JSON.stringify(report, null, 2)}\n`);
  });
});
