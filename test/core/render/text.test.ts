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
});
