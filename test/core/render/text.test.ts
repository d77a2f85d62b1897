import { describe, expect, it } from '@jest/globals';
import { estimateRun } from '../../../src/core/estimate.js';
import { buildReport } from '../../../src/core/report.js';
import { renderText } from '../../../src/core/render/index.js';
import { hostileReport, noRunsReport, resolved, sampleReport, spec } from './report-fixture.js';

const ESC = '\u001b';

/** A report whose run name and hardware carry terminal escape sequences. */
function ansiReport() {
  const name = `evil${ESC}[2J${ESC}]0;owned\u0007\rrun\u009b31m`;
  const run = resolved(spec({ name }), { gpuW: 300 }, { hardware: `1 x GPU${ESC}[31m` });
  return buildReport({ runs: [estimateRun(run, 3600)], diagnostics: [], toolVersion: '0.1.0' });
}

describe('renderText', () => {
  it.each([
    ['within budget', sampleReport()],
    ['no budget', sampleReport(null)],
    ['hostile', hostileReport()],
    ['invalid input, no runs', noRunsReport()]
  ])('snapshot: %s', (_name, report) => {
    expect(renderText(report)).toMatchSnapshot();
  });

  it.each([
    ['sample', sampleReport()],
    ['hostile', hostileReport()],
    ['terminal escapes in names', ansiReport()]
  ])('has no ANSI escape without colour: %s', (_name, report) => {
    const text = renderText(report);
    expect(text).not.toContain(ESC);
    expect(text).not.toContain('\u009b');
    expect(text).not.toContain('\r');
    expect(text).not.toContain('\u0007');
  });

  it('prints the method and its sources when there are runs', () => {
    const text = renderText(sampleReport());
    expect(text).toContain('\nMethod\n');
    expect(text).toContain('  Sources: ');
    expect(text).toContain('For scale (Strubell et al. 2019, Table 1)');
  });

  it('has no method, sources or equivalents without a run: only the verdict, "no runs" and the error', () => {
    const text = renderText(noRunsReport());
    expect(text).toContain(': Invalid input\n  1 error in the input; the check fails until it is fixed.\n');
    expect(text).toContain('  No runs could be computed.');
    expect(text).not.toContain('0 kg CO2e');
    expect(text).toContain('.: error io/no-manifests: No manifest found');
    for (const absent of ['Method', 'Sources:', 'Strubell', 'For scale']) expect(text).not.toContain(absent);
  });

  it('shows control characters from manifests as visible escapes', () => {
    expect(renderText(ansiReport())).toContain('evil\\x1b[2J\\x1b]0;owned\\x07\\rrun\\x9b31m');
  });

  it('colours the verdict when asked, and only our own sequences appear', () => {
    const text = renderText(sampleReport(), { color: true });
    expect(text).toContain(`${ESC}[32mWithin budget${ESC}[0m`);
    const coloured = renderText(ansiReport(), { color: true });
    // Every ESC is the start of one of our SGR codes: ESC [ digits m.
    const escapes = [...coloured.matchAll(new RegExp(`${ESC}(.{0,4})`, 'g'))].map((m) => m[1]);
    for (const e of escapes) expect(e).toMatch(/^\[\d{1,2}m/);
  });

  it.each([
    [{ emissionsKg: 230, warnAtFraction: 0.8 }, `${ESC}[33mNear budget`],
    [{ emissionsKg: 100, warnAtFraction: 0.8 }, `${ESC}[31mOver budget`]
  ] as const)('colours the verdict %#', (budget, expected) => {
    expect(renderText(sampleReport(budget), { color: true })).toContain(expected);
  });

  it('aligns the runs table: every row has the same column starts', () => {
    const text = renderText(sampleReport());
    const lines = text.split('\n');
    const header = lines.find((l) => l.trimStart().startsWith('Run '));
    const total = lines.find((l) => l.trimStart().startsWith('Total '));
    expect(header).toBeDefined();
    expect(total?.length).toBe(header?.length);
  });

  it('shortens a long hardware label at a word, never inside one', () => {
    const hardware =
      '8 x NVIDIA H100 80GB HBM3, 2 x Intel Xeon Platinum 8480+ (56 cores each), 2048 GB DRAM, 8 x ConnectX-7 NICs';
    const run = resolved(spec({ name: 'long' }), { gpuW: 300 }, { hardware });
    const text = renderText(buildReport({ runs: [estimateRun(run, 3600)], diagnostics: [], toolVersion: '0.1.0' }));
    const row = text.split('\n').find((l) => l.trimStart().startsWith('long '))!;
    const cell = row.slice(row.indexOf('8 x'), row.indexOf(' …') + 2);
    expect(cell.endsWith(' …')).toBe(true);
    expect(Array.from(cell).length).toBeLessThanOrEqual(48);
    const kept = cell.slice(0, -2);
    // What is kept is the label's start, and the label goes on with a space there: a whole word.
    expect(hardware.startsWith(kept)).toBe(true);
    expect(hardware[kept.length] === ' ' || hardware[kept.length] === ',').toBe(true);
    expect(kept.length).toBeGreaterThan(30);
  });

  it('cuts inside a word only where the first word alone is longer than the cell', () => {
    const hardware = 'X'.repeat(100);
    const run = resolved(spec({ name: 'one-word' }), { gpuW: 300 }, { hardware });
    const text = renderText(buildReport({ runs: [estimateRun(run, 3600)], diagnostics: [], toolVersion: '0.1.0' }));
    expect(text).toContain(`${'X'.repeat(47)}…`);
  });

  it('aligns the "For scale" rows: every label starts in the same column', () => {
    const lines = renderText(sampleReport()).split('\n');
    const start = lines.findIndex((l) => l.startsWith('For scale'));
    const rows = lines.slice(start + 1).filter((l, i, all) => all.slice(0, i + 1).every((x) => x.startsWith('  ')));
    expect(rows.length).toBe(4);
    const labelColumns = rows.map((l) => l.indexOf(' x  ') + 4);
    expect(new Set(labelColumns).size).toBe(1);
  });

  it('shows component shares that add up to 100%', () => {
    const lines = renderText(sampleReport()).split('\n');
    const start = lines.findIndex((l) => l === 'Energy by component');
    const rows = lines.slice(start + 1).filter((l, i, all) => all.slice(0, i + 1).every((x) => x.startsWith('  ')));
    expect(rows.length).toBeGreaterThan(2);
    const tenths = rows.map((l) => Math.round(Number(/([\d.]+)%$/.exec(l)![1]) * 10));
    expect(tenths.reduce((a, b) => a + b, 0)).toBe(1000);
  });
});
