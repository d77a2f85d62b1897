/**
 * Valid manifests become RunSpecs with every quantity in its base unit, defaults applied, and the
 * position of every field. Expected numbers are computed here from the definitions; expected
 * positions are found by searching the manifest text itself.
 */
import { readFileSync } from 'node:fs';
import type { Position } from '../../../src/core/diagnostics.js';
import { parseManifest } from '../../../src/core/manifest/index.js';
import type { Manifest, RunSpec } from '../../../src/core/model.js';

const LB_IN_KG = 0.45359237;
const S_PER_H = 3600;
const S_PER_D = 24 * S_PER_H;

function fixture(name: string): { file: string; text: string } {
  const file = `test/fixtures/manifests/valid/${name}`;
  return { file, text: readFileSync(new URL(`../../fixtures/manifests/valid/${name}`, import.meta.url), 'utf8') };
}

/** Parses a text that must be valid: no errors, and a manifest. */
function valid(file: string, text: string): Manifest {
  const { manifest, diagnostics } = parseManifest(file, text);
  expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  if (!manifest) throw new Error('no manifest');
  return manifest;
}

function run(manifest: Manifest, name: string): RunSpec {
  const found = manifest.runs.find((r) => r.name === name);
  if (!found) throw new Error(`no run ${name}`);
  return found;
}

/**
 * Span of `needle` on the `occurrence`-th line containing `lineContains`, by plain search: its
 * first character and its last (inclusive), as positions of values are.
 */
function at(file: string, text: string, lineContains: string, needle: string, occurrence = 1): Position {
  const rows = text.split('\n');
  let seen = 0;
  for (let i = 0; i < rows.length; i++) {
    if (rows[i].includes(lineContains) && ++seen === occurrence) {
      const column = rows[i].indexOf(needle);
      if (column < 0) throw new Error(`"${needle}" not on line ${i + 1}`);
      return { file, line: i + 1, column: column + 1, endLine: i + 1, endColumn: column + needle.length };
    }
  }
  throw new Error(`no line with "${lineContains}"`);
}

describe('the issue example', () => {
  const { file, text } = fixture('issue-example.yml');
  const manifest = valid(file, text);

  test('manifest fields', () => {
    expect(manifest.file).toBe(file);
    expect(manifest.version).toBe(1);
    expect(manifest.name).toBe('sentiment-model');
    expect(manifest.runs.map((r) => r.name)).toEqual(['bert-base-finetune', 'measured-total']);
  });

  test('a run with every key, converted to base units', () => {
    const r = run(manifest, 'bert-base-finetune');
    expect(r.gpu).toEqual({ model: 'A100-SXM4-40GB', count: 8 });
    expect(r.cpu).toEqual({ model: 'AMD EPYC 7742', count: 2 });
    expect(r.memoryGB).toBe(512);
    expect(r.powerW).toBeUndefined();
    expect(r.utilization).toBe(0.9);
    expect(r.durationS).toBe(84 * S_PER_H);
    expect(r.repeats).toBe(4789);
    expect(r.location).toBe('aws:us-east-1'); // the run's own, not the default
    expect(r.intensityGPerKWh).toBeCloseTo(0.954 * LB_IN_KG * 1000, 9);
    expect(r.pue).toBe(1.58); // the run's own, not the default
    expect(r.traces).toEqual(['logs/power-*.csv']);
    expect(r.traceOptions).toBeUndefined();
  });

  test('a run that inherits the defaults, with the documented fallbacks', () => {
    const r = run(manifest, 'measured-total');
    expect(r.powerW).toBe(1515.43);
    expect(r.durationS).toBe(84 * S_PER_H); // PT84H
    expect(r.location).toBe('gcp:europe-west4');
    expect(r.pue).toBe(1.1);
    expect(r.utilization).toBe(1);
    expect(r.repeats).toBe(1);
    expect(r.traces).toEqual([]);
    expect(r.gpu).toBeUndefined();
  });

  test('positions: the run entry, and the value of each field', () => {
    const r = run(manifest, 'bert-base-finetune');
    expect(r.manifest).toBe(file);
    expect(r.position).toEqual(at(file, text, 'name: bert-base-finetune', 'name'));
    expect(r.fieldPositions.name).toEqual(at(file, text, 'name: bert-base-finetune', 'bert-base-finetune'));
    expect(r.fieldPositions['gpu.model']).toEqual(at(file, text, 'gpu:', 'A100-SXM4-40GB'));
    expect(r.fieldPositions['gpu.count']).toEqual(at(file, text, 'gpu:', '8'));
    expect(r.fieldPositions['cpu.model']).toEqual(at(file, text, 'cpu:', 'AMD EPYC 7742'));
    expect(r.fieldPositions.duration).toEqual(at(file, text, 'duration: 84 h', '84 h'));
    expect(r.fieldPositions.location).toEqual(at(file, text, 'location: aws', 'aws:us-east-1'));
    expect(r.fieldPositions['traces.0']).toEqual(at(file, text, 'traces:', '"logs/power-*.csv"'));
  });

  test('inherited fields point at the default', () => {
    const r = run(manifest, 'measured-total');
    expect(r.fieldPositions.location).toEqual(at(file, text, 'defaults:', 'gcp:europe-west4'));
    expect(r.fieldPositions.pue).toEqual(at(file, text, 'defaults:', '1.1'));
  });
});

describe('the Strubell et al. 2019 example', () => {
  const { file, text } = fixture('strubell-2019.yml');
  const r = valid(file, text).runs[0];

  test('keeps the preset as a location and the nvidia-smi name as written', () => {
    expect(r.name).toBe('bert-base');
    expect(r.location).toBe('strubell-2019');
    expect(r.gpu).toEqual({ model: 'Tesla V100-SXM2-32GB', count: 64 });
    expect(r.durationS).toBe(79 * S_PER_H);
    expect(r.pue).toBeUndefined(); // resolved from the preset later
  });
});

describe('anchors, merge keys and defaults', () => {
  const { file, text } = fixture('anchors-and-defaults.yaml');
  const manifest = valid(file, text);

  test('a merged anchor supplies hardware; defaults supply the rest', () => {
    const r = run(manifest, 'sweep-small');
    expect(r.gpu).toEqual({ model: 'NVIDIA A100-SXM4-80GB', count: 8 });
    expect(r.cpu).toEqual({ cores: 64, count: 1 });
    expect(r.memoryGB).toBe(1000); // 1 TB
    expect(r.durationS).toBe(S_PER_D + 12 * S_PER_H);
    expect(r.utilization).toBe(80 / 100);
    expect(r.repeats).toBe(3);
    expect(r.location).toBe('DE');
  });

  test('keys written in the run win over the merged anchor and the defaults; gpu is replaced whole', () => {
    const r = run(manifest, 'sweep-large');
    expect(r.gpu).toEqual({ watts: 400, count: 16 });
    expect(r.durationS).toBe(2 * S_PER_D + 6 * S_PER_H);
    expect(r.repeats).toBe(10);
    expect(r.fieldPositions['gpu.watts']).toEqual(at(file, text, 'watts: 400 W', '400 W'));
  });

  test('positions of merged fields point at the anchor', () => {
    const r = run(manifest, 'sweep-small');
    expect(r.fieldPositions['gpu.model']).toEqual(at(file, text, 'gpu: { model: NVIDIA', 'NVIDIA A100-SXM4-80GB'));
    expect(r.fieldPositions.memory).toEqual(at(file, text, 'memory: 1 TB', '1 TB'));
  });

  test('a run without the anchor', () => {
    const r = run(manifest, 'cpu-only');
    expect(r.gpu).toBeUndefined();
    expect(r.cpu).toEqual({ watts: 280, count: 2 });
    expect(r.durationS).toBe(90 * 60);
    expect(r.intensityGPerKWh).toBe(350);
  });

  test('a list of merge sources: the earlier source wins, as YAML merge says', () => {
    const m = valid(
      'm.yml',
      [
        'version: 1',
        'x-a: &a { power: 100 W, duration: 1 h }',
        'x-b: &b { power: 200 W, location: FR }',
        'runs:',
        '  - name: r',
        '    <<: [*a, *b]',
        ''
      ].join('\n')
    );
    expect(m.runs[0].powerW).toBe(100);
    expect(m.runs[0].location).toBe('FR');
  });
});

describe('JSON manifests', () => {
  const { file, text } = fixture('measured.json');
  const manifest = valid(file, text);

  test('traces and trace options; trace options merge with the defaults option by option', () => {
    const llama = run(manifest, 'llama-finetune');
    expect(llama.traces).toEqual(['logs/node-*/nvidia-smi.csv.gz', 'logs/extra.csv']);
    expect(llama.traceOptions).toEqual({
      format: 'nvidia-smi-csv',
      columns: ['timestamp', 'index', 'power.draw [W]'],
      timezone: '+01:00', // the run's own
      maxGapS: 30 // from the defaults
    });
    expect(llama.durationS).toBeUndefined();
    const codecarbon = run(manifest, 'codecarbon-run');
    expect(codecarbon.traces).toEqual(['emissions.csv']);
    expect(codecarbon.traceOptions).toEqual({
      columns: { power: 'Power (W)', time: 'Timestamp' },
      timezone: 'America/Los_Angeles',
      maxGapS: 30
    });
  });

  test('JSON keeps positions too', () => {
    const llama = run(manifest, 'llama-finetune');
    expect(llama.fieldPositions['gpu.model']).toEqual(at(file, text, '"gpu"', '"H100 SXM"'));
    expect(llama.fieldPositions['trace.timezone']).toEqual(at(file, text, '"timezone": "+01:00"', '"+01:00"'));
    expect(llama.fieldPositions['trace.max-gap']).toEqual(at(file, text, '"max-gap"', '"30 s"'));
  });

  test('a bad unit in JSON is reported at its line and column', () => {
    const json = '{\n  "version": 1,\n  "runs": [\n    { "name": "a", "power": "5 mW", "duration": "1 h" }\n  ]\n}\n';
    const { diagnostics } = parseManifest('m.json', json);
    expect(diagnostics.map((d) => [d.code, d.line, d.column])).toEqual([
      ['manifest/bad-unit', 4, '    { "name": "a", "power": '.length + 1]
    ]);
  });
});

describe('trace.timezone takes every zone the trace readers take', () => {
  // The forms resolveZone (src/core/traces/timezone.ts) reads; the manifest keeps them as written.
  test.each(['UTC', 'z', 'Europe/Berlin', '+05:30', '-0800', '+5', 'UTC+2', 'GMT-03:00', '+18:00'])('%s', (zone) => {
    const m = valid(
      'm.yml',
      `version: 1\nruns:\n  - name: a\n    traces: log.csv\n    trace: { timezone: "${zone}" }\n`
    );
    expect(m.runs[0].traceOptions).toEqual({ timezone: zone });
  });
});

describe('minimal manifest', () => {
  const { file, text } = fixture('minimal.yml');
  test('watts may be a bare number: the key names the unit', () => {
    const r = valid(file, text).runs[0];
    expect(r.gpu).toEqual({ watts: 300, count: 1 });
    expect(r.durationS).toBe(2 * S_PER_H);
  });
});

describe('partial results', () => {
  test('valid runs are returned beside an invalid one', () => {
    const text = [
      'version: 1',
      'runs:',
      '  - name: good',
      '    power: 1 kW',
      '    duration: 1 h',
      '  - name: bad',
      '    power: 1 kW',
      '    duration: 1',
      ''
    ].join('\n');
    const { manifest, diagnostics } = parseManifest('m.yml', text);
    expect(manifest?.runs.map((r) => r.name)).toEqual(['good']);
    expect(diagnostics.map((d) => d.code)).toEqual(['manifest/bad-unit']);
  });

  test('a manifest of another version yields no manifest', () => {
    const { manifest } = parseManifest('m.yml', 'version: 2\nruns:\n  - name: a\n    power: 1 kW\n    duration: 1 h\n');
    expect(manifest).toBeUndefined();
  });

  test('a run with only traces needs neither duration nor hardware', () => {
    const m = valid('m.yml', 'version: 1\nruns:\n  - name: a\n    traces: logs/*.csv\n');
    expect(m.runs[0].traces).toEqual(['logs/*.csv']);
  });

  test('traces: [] is no traces, so the run needs a duration', () => {
    const { diagnostics } = parseManifest('m.yml', 'version: 1\nruns:\n  - name: a\n    power: 1 kW\n    traces: []\n');
    expect(diagnostics.map((d) => d.code)).toEqual(['manifest/no-duration']);
  });

  test('x- keys at the top are free for anchors', () => {
    const m = valid(
      'm.yml',
      'version: 1\nx-anything: { not: checked }\nruns:\n  - name: a\n    power: 1 kW\n    duration: 1 h\n'
    );
    expect(m.runs).toHaveLength(1);
  });
});
