import { describe, expect, it } from '@jest/globals';
import { renderJson } from '../../../src/core/render/index.js';
import { sampleReport } from './report-fixture.js';

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
});
