import { describe, expect, it } from '@jest/globals';
import { parse } from 'yaml';
import { estimateRun } from '../../../src/core/estimate.js';
import { buildReport } from '../../../src/core/report.js';
import { renderModelCard } from '../../../src/core/render/index.js';
import { HOSTILE, resolved, sampleReport, spec } from './report-fixture.js';

interface Card {
  co2_eq_emissions: {
    emissions: number;
    source: string;
    geographical_location: string;
    hardware_used: string;
    training_type?: string;
  };
}

describe('renderModelCard', () => {
  it('gives emissions in grams: 8 x 300 W for 84 h, PUE 1.58, 0.954 lb/kWh', () => {
    const run = resolved(spec({ name: 'bert' }), { gpuW: 8 * 300 }, { hardware: '8 x NVIDIA V100-SXM2-16GB' });
    const report = buildReport({ runs: [estimateRun(run, 84 * 3600)], diagnostics: [], toolVersion: '0.1.0' });
    const expectedKWh = (1.58 * 84 * 8 * 300) / 1000; // 318.528
    const expectedGrams = 0.954 * expectedKWh * 453.59237; // lb/kWh x kWh x g/lb
    const card = parse(renderModelCard(report)) as Card;
    expect(card.co2_eq_emissions.emissions).toBeCloseTo(expectedGrams, 2);
    expect(card.co2_eq_emissions.hardware_used).toBe('8 x NVIDIA V100-SXM2-16GB');
    expect(card.co2_eq_emissions.geographical_location).toBe('United States (Strubell et al. 2019)');
    expect(card.co2_eq_emissions.source).toMatch(/^carbon-gate 0\.1\.0 \(estimated from rated hardware power;/);
    expect(card.co2_eq_emissions.training_type).toBeUndefined();
  });

  it('snapshot', () => {
    expect(renderModelCard(sampleReport())).toMatchSnapshot();
  });

  it('quotes text from manifests so that it round-trips, its line breaks shown as escapes', () => {
    const run = resolved(spec({ name: 'x' }), { gpuW: 100 }, { hardware: `2 x ${HOSTILE}: {a: b} # c` });
    const report = buildReport({ runs: [estimateRun(run, 3600)], diagnostics: [], toolVersion: '0.1.0' });
    const card = parse(renderModelCard(report)) as Card;
    expect(card.co2_eq_emissions.hardware_used).toBe(`2 x ${HOSTILE.replace(/\n/g, '\\n')}: {a: b} # c`);
    expect(Object.keys(card)).toEqual(['co2_eq_emissions']);
  });

  it('writes no control character, and no value over two lines, from hostile text', () => {
    const hostile = 'gpu\n::error::forged\u001b]8;;https://evil.example\u0007link\u202e##[add-mask]x';
    const run = resolved(spec({ name: 'x' }), { gpuW: 100 }, { hardware: hostile });
    const report = buildReport({ runs: [estimateRun(run, 3600)], diagnostics: [], toolVersion: '0.1.0' });
    const text = renderModelCard(report);
    // eslint-disable-next-line no-control-regex -- finding control characters is the test.
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u202e]/);
    expect(text.split('\n').filter((l) => /^\s*::/.test(l) || l.includes('##['))).toEqual([]);
    expect((parse(text) as Card).co2_eq_emissions.hardware_used).toBe(
      'gpu\\n::error::forged\\x1b]8;;https://evil.example\\x07link\\u202e#\\x23[add-mask]x'
    );
  });
});
