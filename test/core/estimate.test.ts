import { describe, expect, it } from '@jest/globals';
import { emissionsKgOf, estimateRun, measuredRun } from '../../src/core/estimate.js';
import type { MeasurementSummary } from '../../src/core/model.js';
import { LB_KG, intensity, pue, resolved, spec } from './render/report-fixture.js';

const HOUR_S = 3600;

/** kg -> lb, written out so that the test does not reuse the code's conversion. */
const lb = (kg: number) => kg / LB_KG;

describe('estimateRun: Strubell et al. (2019) method', () => {
  // Table 3 of the paper: average whole-machine power (W), hours, and the published kWh-PUE and
  // lb CO2e. The method: kWh = 1.58 x hours x W / 1000; lb = 0.954 x kWh. BERT-base's table row
  // prints 79 h, but its 1,507 kWh follows from the 79.2 h the paper's text gives.
  const table3 = [
    { model: 'Transformer (base), P100x8', powerW: 1415.78, hours: 12, publishedKWh: 27, publishedLb: 26 },
    { model: 'Transformer (big), P100x8', powerW: 1515.43, hours: 84, publishedKWh: 201, publishedLb: 192 },
    { model: 'ELMo, P100x3', powerW: 517.66, hours: 336, publishedKWh: 275, publishedLb: 262 },
    { model: 'BERT (base), V100x64', powerW: 12041.51, hours: 79.2, publishedKWh: 1507, publishedLb: 1438 },
    { model: 'NAS, P100x8', powerW: 1515.43, hours: 274120, publishedKWh: 656347, publishedLb: 626155 }
  ];

  it.each(table3)('$model: $hours h at $powerW W', ({ powerW, hours, publishedKWh, publishedLb }) => {
    const result = estimateRun(resolved(spec({ powerW }), { otherW: powerW }), hours * HOUR_S);
    const expectedKWh = (1.58 * hours * powerW) / 1000;
    const expectedLb = 0.954 * expectedKWh;
    expect(result.energyKWh).toBeCloseTo(expectedKWh, 9);
    expect(lb(result.emissionsKg)).toBeCloseTo(expectedLb, 6);
    // And the paper's own rounded figures.
    expect(Math.round(result.energyKWh)).toBe(publishedKWh);
    expect(Math.abs(lb(result.emissionsKg) - publishedLb)).toBeLessThan(0.5);
    expect(result.method).toBe('estimated');
    expect(result.pue).toBe(1.58);
  });

  it('8 GPUs at a rated wattage for 84 h: kWh = 1.58 x 84 x 8 x W / 1000, lb = 0.954 x kWh', () => {
    const gpuW = 250; // P100 PCIe rated board power, stated here, not looked up
    const result = estimateRun(resolved(spec({ gpu: { count: 8, watts: gpuW } }), { gpuW: 8 * gpuW }), 84 * HOUR_S);
    const expectedKWh = (1.58 * 84 * 8 * 250) / 1000; // 265.44
    expect(result.energyKWh).toBeCloseTo(265.44, 9);
    expect(result.energyKWh).toBeCloseTo(expectedKWh, 9);
    expect(lb(result.emissionsKg)).toBeCloseTo(0.954 * expectedKWh, 6);
    expect(result.itEnergyKWh).toBeCloseTo((84 * 8 * 250) / 1000, 9);
    expect(result.itPowerW).toBe(2000);
  });
});

describe('estimateRun: components', () => {
  // 8 x 300 W GPUs, 2 x 165 W CPUs, 256 GB at 0.3725 W/GB, 90% utilization, 10 h, PUE 1.2, 3 repeats.
  const power = { gpuW: 8 * 300, cpuW: 2 * 165, memoryW: 256 * 0.3725 };
  const result = estimateRun(
    resolved(spec({ utilization: 0.9, repeats: 3 }), power, { pue: pue(1.2), intensity: intensity(400) }),
    10 * HOUR_S
  );
  const gpuKWh = ((2400 * 0.9 * 10) / 1000) * 3; // 64.8
  const cpuKWh = ((330 * 0.9 * 10) / 1000) * 3; // 8.91
  const memoryKWh = ((95.36 * 0.9 * 10) / 1000) * 3; // 2.57472
  const itPerTrainingKWh = ((2400 + 330 + 95.36) * 0.9 * 10) / 1000; // 25.42824
  const energyKWh = itPerTrainingKWh * 1.2 * 3;

  it.each([
    ['gpuKWh', gpuKWh],
    ['cpuKWh', cpuKWh],
    ['memoryKWh', memoryKWh],
    ['otherKWh', 0],
    ['pueOverheadKWh', itPerTrainingKWh * 0.2 * 3]
  ] as const)('%s', (key, expected) => {
    expect(result.components[key]).toBeCloseTo(expected, 9);
  });

  it('facility energy = IT x PUE x repeats, emissions = energy x g/kWh / 1000', () => {
    expect(result.itEnergyKWh).toBeCloseTo(itPerTrainingKWh, 9);
    expect(result.energyKWh).toBeCloseTo(energyKWh, 9);
    expect(result.emissionsKg).toBeCloseTo((energyKWh * 400) / 1000, 9);
    expect(result.itPowerW).toBeCloseTo((2400 + 330 + 95.36) * 0.9, 9);
  });

  it('components sum to the facility energy', () => {
    const c = result.components;
    expect(c.gpuKWh + c.cpuKWh + c.memoryKWh + c.otherKWh + c.pueOverheadKWh).toBeCloseTo(result.energyKWh, 9);
  });

  it('keeps the run identity and the sources', () => {
    expect(result).toMatchObject({
      name: 'run',
      manifest: 'carbon-manifest.yml',
      repeats: 3,
      utilization: 0.9,
      durationS: 36000
    });
    expect(result.sources.pue.pue).toBe(1.2);
    expect(result.sources.intensity.intensityGPerKWh).toBe(400);
  });
});

describe('estimateRun: utilization scales rated power only', () => {
  it.each([
    { what: 'rated GPU power is scaled', power: { gpuW: 1000 }, expectedITKWh: (1000 * 0.5 * 2) / 1000 },
    { what: 'a measured whole-machine power is not', power: { otherW: 1000 }, expectedITKWh: (1000 * 2) / 1000 }
  ])('$what', ({ power, expectedITKWh }) => {
    const result = estimateRun(resolved(spec({ utilization: 0.5 }), power, { pue: pue(1) }), 2 * HOUR_S);
    expect(result.itEnergyKWh).toBeCloseTo(expectedITKWh, 12);
  });
});

describe('emissionsKgOf', () => {
  it.each([
    [1000, 432.72912, 432.72912],
    [2.5, 400, 1],
    [0, 500, 0]
  ])('%p kWh at %p g/kWh = %p kg', (kWh, g, kg) => {
    expect(emissionsKgOf(kWh, g)).toBeCloseTo(kg, 12);
  });
});

describe('measuredRun', () => {
  const measurement = (over: Partial<MeasurementSummary> = {}): MeasurementSummary => ({
    files: ['logs/gpu.csv'],
    formats: ['nvidia-smi-csv'],
    devices: 8,
    samples: 1000,
    droppedSamples: 2,
    coverage: 0.95,
    wallTimeS: 7200,
    measuredTimeS: 6840,
    itEnergyKWh: 10,
    pueIncluded: false,
    notes: ['trapezoid per device'],
    ...over
  });
  const run = resolved(spec({ repeats: 2 }), { gpuW: 8 * 700 }, { pue: pue(1.1), intensity: intensity(300) });

  it('applies PUE and repeats to the logged IT energy', () => {
    const r = measuredRun(run, measurement());
    expect(r.method).toBe('measured');
    expect(r.energyKWh).toBeCloseTo(10 * 1.1 * 2, 12);
    expect(r.emissionsKg).toBeCloseTo((10 * 1.1 * 2 * 300) / 1000, 12);
    expect(r.components.otherKWh).toBeCloseTo(20, 12);
    expect(r.components.pueOverheadKWh).toBeCloseTo(10 * 0.1 * 2, 12);
    expect(r.durationS).toBe(7200);
  });

  it('does not apply PUE twice where the log already includes it', () => {
    const r = measuredRun(run, measurement({ pueIncluded: true, formats: ['codecarbon'] }));
    expect(r.pue).toBe(1);
    expect(r.energyKWh).toBeCloseTo(10 * 2, 12);
    expect(r.components.pueOverheadKWh).toBe(0);
    expect(r.sources.pue.source.name).toMatch(/already included/);
  });

  it('uses a time-resolved emissions figure where there is one', () => {
    const r = measuredRun(run, measurement({ timeResolvedEmissionsKg: 2.5 }));
    expect(r.emissionsKg).toBeCloseTo(2.5 * 1.1 * 2, 12);
    expect(r.intensityGPerKWh).toBeCloseTo((2.5 * 1.1 * 2 * 1000) / (10 * 1.1 * 2), 9);
  });

  it('keeps the estimate beside the measurement, compared at the IT level', () => {
    const estimate = estimateRun(run, 2 * HOUR_S); // 5,600 W x 2 h = 11.2 kWh IT
    const r = measuredRun(run, measurement(), estimate);
    expect(r.estimate?.energyKWh).toBeCloseTo(11.2 * 1.1 * 2, 9);
    expect(r.estimate?.ratioEstimateToMeasured).toBeCloseTo(11.2 / 10, 12);
  });

  it('applies PUE only to the part whose logs do not include one', () => {
    // 10 kWh IT, 4 kWh of it from CodeCarbon *_energy (PUE included), PUE 1.1, 2 repeats.
    const r = measuredRun(run, measurement(), undefined, { pueIncludedKWh: 4 });
    const expectedKWh = (6 * 1.1 + 4) * 2; // 21.2
    expect(r.energyKWh).toBeCloseTo(expectedKWh, 12);
    expect(r.pue).toBeCloseTo((6 * 1.1 + 4) / 10, 12); // effective 1.06
    expect(r.components.pueOverheadKWh).toBeCloseTo(6 * 0.1 * 2, 12);
    const c = r.components;
    expect(c.gpuKWh + c.cpuKWh + c.memoryKWh + c.otherKWh + c.pueOverheadKWh).toBeCloseTo(expectedKWh, 12);
  });

  it.each([
    {
      case: 'keeps a split that adds up',
      split: { gpuKWh: 7, cpuKWh: 2, memoryKWh: 0.5, otherKWh: 0.5 },
      expected: { gpuKWh: 14, cpuKWh: 4, memoryKWh: 1, otherKWh: 1 }
    },
    {
      case: 'puts a split that does not add up into other',
      split: { gpuKWh: 7, cpuKWh: 0, memoryKWh: 0, otherKWh: 0 },
      expected: { gpuKWh: 0, cpuKWh: 0, memoryKWh: 0, otherKWh: 20 }
    }
  ])('$case', ({ split, expected }) => {
    const r = measuredRun(run, measurement(), undefined, { components: split });
    for (const [key, value] of Object.entries(expected))
      expect(r.components[key as keyof typeof expected]).toBeCloseTo(value, 12);
  });
});
