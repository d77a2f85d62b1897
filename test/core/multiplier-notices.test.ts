/**
 * The notices about a run's multipliers, through `analyze`: a default PUE used (`run/default-pue`),
 * a stated PUE that CodeCarbon's own PUE replaces (`run/pue-in-logs`), and `repeats` on a measured
 * run (`run/repeats-measured`); and a misspelt `trace.format` that is one error, before any
 * consequence. Every expected number is worked out by hand below, from the inputs.
 */
import { describe, expect, it } from '@jest/globals';
import { analyze } from '../../src/core/analyze.js';
import type { AnalyzeInput, Report, TraceReader } from '../../src/core/model.js';

const J_PER_KWH = 3.6e6;

/** A trace reader over files in memory: a pattern lists itself when such a file exists. */
function memoryReader(files: Record<string, string>): TraceReader {
  return {
    list: async (_manifest, pattern) => ({ files: pattern in files ? [pattern] : [], diagnostics: [] }),
    open: async function* (file) {
      yield new TextEncoder().encode(files[file]);
    }
  };
}

function input(manifest: string, files: Record<string, string> = {}): AnalyzeInput {
  return { manifests: [{ file: 'm.yml', text: manifest }], toolVersion: '0.1.0', traces: memoryReader(files) };
}

/** `severity code line:column` of each diagnostic. */
const codes = (report: Report): string[] =>
  report.diagnostics.map((d) => `${d.severity} ${d.code}${d.line ? ` ${d.line}:${d.column}` : ''}`);

/** One 400 W GPU for 100 s, estimated: IT energy 400 W x 100 s. */
const GPU_RUN = (name: string, extra: string): string =>
  `  - name: ${name}\n    gpu: { watts: 400 W }\n    duration: 100 s\n    intensity: 100 g/kWh\n${extra}`;
const IT_KWH = (400 * 100) / J_PER_KWH;

describe('run/default-pue', () => {
  it.each([
    // [location line, PUE applied, words the notice must name]
    ['    location: DE\n', 1.56, ['PUE 1.56 is a default', 'Uptime Institute', '2024']],
    ['    location: aws:us-east-1\n', 1.135, ['PUE 1.135 is a default', 'AWS 1.135']],
    ['    location: gcp:europe-west4\n', 1.1, ['PUE 1.1 is a default', 'Google Cloud 1.1']],
    ['', 1.56, ['PUE 1.56 is a default']]
  ])('%j: the value, its source and how to set it, once, at the run', async (location, pue, says) => {
    const report = await analyze(input(`version: 1\nruns:\n${GPU_RUN('a', location)}`));
    expect(report.runs[0].energyKWh).toBeCloseTo(IT_KWH * pue, 15);
    const notices = report.diagnostics.filter((d) => d.code === 'run/default-pue');
    expect(notices.map((d) => [d.severity, d.line, d.column])).toEqual([['notice', 3, 5]]);
    for (const s of [...says, 'set `pue:`', '1.0 for a machine at home or in an office'])
      expect(notices[0].message).toContain(s);
  });

  it('once per run: two runs without pue, two notices, each at its run', async () => {
    const report = await analyze(input(`version: 1\nruns:\n${GPU_RUN('a', '')}${GPU_RUN('b', '')}`));
    expect(codes(report).filter((c) => c.includes('default-pue'))).toEqual([
      'notice run/default-pue 3:5',
      'notice run/default-pue 7:5'
    ]);
  });

  it.each([
    ['a stated pue', '    pue: 1.0\n'],
    ['a pue in defaults', ''],
    ['the strubell-2019 preset, whose 1.58 is part of what it reproduces', '    location: strubell-2019\n']
  ])('no notice with %s', async (name, extra) => {
    const defaults = name === 'a pue in defaults' ? 'defaults:\n  pue: 1.2\n' : '';
    const report = await analyze(input(`version: 1\n${defaults}runs:\n${GPU_RUN('a', extra)}`));
    expect(report.runs).toHaveLength(1);
    expect(codes(report).filter((c) => c.includes('default-pue'))).toEqual([]);
  });
});

// CodeCarbon 2.3's columns (the first 31 are what it writes; only the named ones matter here).
const CC_HEADER =
  'timestamp,project_name,run_id,duration,emissions,emissions_rate,cpu_power,gpu_power,ram_power,cpu_energy,gpu_energy,ram_energy,energy_consumed,country_name,country_iso_code,region,cloud_provider,cloud_region,os,python_version,codecarbon_version,cpu_count,cpu_model,gpu_count,gpu_model,longitude,latitude,ram_total_size,tracking_mode,on_cloud,pue';
/** One CodeCarbon run of 3600 s with its energies (kWh) and its PUE. */
const ccFile = (cpu: number, gpu: number, ram: number, pue: string): string =>
  `${CC_HEADER}\n2026-01-01T01:00:00,p,r1,3600,,,,,,${cpu},${gpu},${ram},${cpu + gpu + ram},Germany,DEU,,,,Linux,3.11,2.3.4,8,EPYC,1,1 x A100,8.6,50.1,64,machine,N,${pue}\n`;
/** nvidia-smi: one GPU at 360 W for 10 s (11 samples 1 s apart): 3,600 J. */
const SMI = [
  'timestamp, index, power.draw [W]',
  ...Array.from({ length: 11 }, (_, i) => `2026/01/01 00:00:${String(i).padStart(2, '0')}.000, 0, 360.00 W`),
  ''
].join('\n');
const SMI_KWH = (360 * 10) / J_PER_KWH;

const measured = (extra: string, traces: string[]): string =>
  `version: 1\nruns:\n  - name: m\n    intensity: 100 g/kWh\n${extra}    traces: [${traces.map((t) => `"${t}"`).join(', ')}]\n`;

describe('run/pue-in-logs', () => {
  it('a stated pue is not applied to energy CodeCarbon logged with its PUE 1.2: a notice at `pue:`', async () => {
    const report = await analyze(
      input(measured('    pue: 1.5\n', ['cc.csv']), { 'cc.csv': ccFile(0.1, 0.5, 0.02, '1.2') })
    );
    const it = 0.1 + 0.5 + 0.02;
    const run = report.runs[0];
    // The logged energy already includes CodeCarbon's 1.2: no further PUE.
    expect(run.energyKWh).toBeCloseTo(it, 12);
    expect(run.pue).toBe(1);
    expect(codes(report)).toEqual(['notice run/pue-in-logs 5:10']);
    const message = report.diagnostics[0].message;
    expect(message).toContain('`pue: 1.5` is not applied');
    expect(message).toContain("the PUE used is CodeCarbon's PUE 1.2, already in the logged energy");
    expect(message).toContain("CodeCarbon's `pue` at 1.0");
  });

  it('with part of the energy from other logs, the stated pue applies to that part, and says so', async () => {
    const files = { 'cc.csv': ccFile(0.1, 0.5, 0.02, '1.2'), 'gpu.csv': SMI };
    const report = await analyze(input(measured('    pue: 1.5\n', ['cc.csv', 'gpu.csv']), files));
    const included = 0.1 + 0.5 + 0.02;
    const expectedKWh = included + SMI_KWH * 1.5;
    const run = report.runs[0];
    expect(run.energyKWh).toBeCloseTo(expectedKWh, 12);
    expect(run.pue).toBeCloseTo(expectedKWh / (included + SMI_KWH), 12);
    const notice = report.diagnostics.find((d) => d.code === 'run/pue-in-logs');
    expect([notice?.severity, notice?.line, notice?.column]).toEqual(['notice', 5, 10]);
    expect(notice?.message).toContain('`pue: 1.5` is applied only to 1 Wh of the 621 Wh measured');
    expect(notice?.message).toContain("the other 620 Wh keeps CodeCarbon's PUE 1.2, already in its logged energy");
  });

  it('CodeCarbon at PUE 1.0 is plain IT energy: the stated pue applies, no notice', async () => {
    const report = await analyze(
      input(measured('    pue: 1.5\n', ['cc.csv']), { 'cc.csv': ccFile(0.1, 0.5, 0.02, '1.0') })
    );
    expect(report.runs[0].energyKWh).toBeCloseTo((0.1 + 0.5 + 0.02) * 1.5, 12);
    expect(codes(report)).toEqual([]);
  });

  it('without a stated pue, PUE-included energy gets neither notice (no default is applied)', async () => {
    const report = await analyze(input(measured('', ['cc.csv']), { 'cc.csv': ccFile(0.1, 0.5, 0.02, '1.2') }));
    expect(report.runs[0].energyKWh).toBeCloseTo(0.1 + 0.5 + 0.02, 12);
    expect(codes(report)).toEqual([]);
  });

  it('without a stated pue, the default applied to the rest is named with that part', async () => {
    const files = { 'cc.csv': ccFile(0.1, 0.5, 0.02, '1.2'), 'gpu.csv': SMI };
    const report = await analyze(input(measured('', ['cc.csv', 'gpu.csv']), files));
    expect(report.runs[0].energyKWh).toBeCloseTo(0.1 + 0.5 + 0.02 + SMI_KWH * 1.56, 12);
    const notice = report.diagnostics.find((d) => d.code === 'run/default-pue');
    expect(notice?.message).toContain('applied to the 1 Wh of logs that carry none');
  });
});

describe('run/repeats-measured', () => {
  it('a measured run with repeats: the logged energy times repeats, and a notice at `repeats:`', async () => {
    const report = await analyze(input(measured('    pue: 1.0\n    repeats: 3\n', ['gpu.csv']), { 'gpu.csv': SMI }));
    expect(report.runs[0].energyKWh).toBeCloseTo(SMI_KWH * 3, 15);
    expect(codes(report)).toEqual(['notice run/repeats-measured 6:14']);
    expect(report.diagnostics[0].message).toContain('multiplied by `repeats: 3`');
    expect(report.diagnostics[0].message).toContain('already cover every repeat');
  });

  it('an estimated run with repeats: no notice (repeats is how a sweep is estimated)', async () => {
    const report = await analyze(input(`version: 1\nruns:\n${GPU_RUN('a', '    pue: 1.0\n    repeats: 3\n')}`));
    expect(report.runs[0].energyKWh).toBeCloseTo(IT_KWH * 3, 15);
    expect(codes(report)).toEqual([]);
  });
});

describe('a misspelt trace.format', () => {
  it('is one error at the `format:` line, and nothing follows from it', async () => {
    const manifest = `version: 1\nruns:\n${GPU_RUN('a', '    pue: 1.0\n    traces: [gpu.csv]\n    trace: { format: nvidia-smi-cvs }\n')}`;
    const report = await analyze(input(manifest, { 'gpu.csv': SMI }));
    // `    trace: { format: ` is 21 characters: the value starts at column 22.
    expect(codes(report)).toEqual(['error manifest/bad-value 9:22']);
    expect(report.diagnostics[0].message).toContain('Did you mean "nvidia-smi-csv"');
    expect(report.runs).toEqual([]);
  });
});
