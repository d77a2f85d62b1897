import { describe, expect, it } from '@jest/globals';
import { estimateRun } from '../../../src/core/estimate.js';
import { buildReport } from '../../../src/core/report.js';
import { DEFAULT_MAX_CHARS, renderMarkdown } from '../../../src/core/render/index.js';
import {
  HOSTILE,
  hostileReport,
  manyRunsReport,
  noRunsReport,
  resolved,
  sampleReport,
  spec
} from './report-fixture.js';

/** Our own HTML: the methodology fold and the footer. Anything else must not appear raw. */
const OWN_TAGS = /<\/?(details|summary|sub)>/g;

/** `|` that are not backslash-escaped: the cell borders of a table row. */
const cellBorders = (line: string) => (line.match(/(?<!\\)\|/g) ?? []).length;

/** Code fences and folds must be balanced, whatever was cut. */
function expectBalanced(markdown: string) {
  expect((markdown.match(/^```/gm) ?? []).length % 2).toBe(0);
  expect((markdown.match(/<details>/g) ?? []).length).toBe((markdown.match(/<\/details>/g) ?? []).length);
}

describe('renderMarkdown: snapshots', () => {
  it.each([
    ['within budget, three runs, one measured', sampleReport()],
    ['near budget', sampleReport({ emissionsKg: 230, warnAtFraction: 0.8 })],
    ['over budget', sampleReport({ emissionsKg: 100, warnAtFraction: 0.8, origin: '--budget / budget input' })],
    ['no budget', sampleReport(null)],
    ['invalid input with hostile names', hostileReport()],
    ['no runs', buildReport({ runs: [], diagnostics: [], toolVersion: '0.1.0' })],
    ['invalid input, no runs (no manifest found)', noRunsReport()]
  ])('%s', (_name, report) => {
    const markdown = renderMarkdown(report);
    expectBalanced(markdown);
    expect(markdown).toMatchSnapshot();
  });
});

describe('renderMarkdown: content', () => {
  const markdown = renderMarkdown(sampleReport());

  it('starts with the title and the verdict line with the numbers', () => {
    const lines = markdown.split('\n');
    expect(lines[0]).toBe('### Carbon budget');
    expect(lines[2]).toMatch(
      /^✅ \*\*Within budget\*\*: 201 kg CO2e of 1 t \(20%\) and 568 kWh of 5 MWh \(11\.3%\)\.$/
    );
  });

  it.each([
    [{ emissionsKg: 230, warnAtFraction: 0.8 }, '⚠️ **Near budget**'],
    [{ emissionsKg: 100, warnAtFraction: 0.8 }, '❌ **Over budget**'],
    [null, 'ℹ️ **No budget set**']
  ] as const)('verdict for %p', (budget, headline) => {
    expect(renderMarkdown(sampleReport(budget))).toContain(headline);
  });

  it('draws the budget as a text bar per limit', () => {
    // 20% of the emissions limit: 4 of 20 cells.
    expect(markdown).toContain('- Emissions `████░░░░░░░░░░░░░░░░` 20% of 1 t CO2e');
  });

  it('has a per-run table with every column, and a total row', () => {
    expect(markdown).toContain(
      '| Run | Method | Hardware | Duration | PUE | Energy | Intensity | Emissions | Share of budget |'
    );
    const rows = markdown.split('\n').filter((l) => l.startsWith('| '));
    expect(rows).toHaveLength(1 + 3 + 1); // header, three runs, total
    for (const row of rows) expect(cellBorders(row)).toBe(10);
    expect(markdown).toMatch(/\| lr-sweep \| estimated \| 4 x NVIDIA A100-SXM4-40GB \| 6 h x 24 \| 1\.58 \|/);
    // The fixture drops 12 samples; the row says so beside the coverage and the estimate ratio.
    expect(markdown).toMatch(
      /\| pretrain-measured \| measured, 98\.2% coverage, 12 samples dropped, estimate 1\.28 x \|.*\| 1\.135 \|/
    );
    expect(markdown).toContain('| **Total** |');
  });

  it('shows the components as a Mermaid pie chart', () => {
    expect(markdown).toMatch(
      /```mermaid\npie showData\n {4}title Facility energy by component \(kWh\)\n {4}"GPU" : [\d.]+\n/
    );
    expect(markdown).toContain('"PUE overhead" :');
  });

  it('shows the equivalents and the diagnostics', () => {
    expect(markdown).toContain('Air travel, 1 passenger, NY&lt;-&gt;SF (1,984 lb CO2e)');
    expect(markdown).toContain('⚠️ **warning** manifest/yaml-warning at carbon-manifest.yml:15:5:');
  });

  it('ends with a methodology footnote: notes, sources and versions', () => {
    expect(markdown).toContain('<details><summary>Method and data sources</summary>');
    expect(markdown).toContain('[Green Algorithms memory power](https://www.green-algorithms.org/) (CC BY 4.0, 2021)');
    expect(markdown.trimEnd().split('\n').pop()).toMatch(/^<sub>carbon-gate 0\.1\.0 · report schema 1 · /);
  });

  it('has no method, sources or equivalents without a run: only the verdict, the error and the footer', () => {
    const empty = renderMarkdown(noRunsReport());
    expect(empty).toContain('❌ **Invalid input**: 1 error in the input; the check fails until it is fixed.\n');
    expect(empty).not.toContain('0 kg CO2e');
    expect(empty).toContain('❌ **error** io/no-manifests at .: No manifest found');
    for (const absent of ['Method and data sources', 'Data sources:', 'Strubell', 'For scale', '<details>'])
      expect(empty).not.toContain(absent);
    expect(empty.trimEnd().split('\n').pop()).toMatch(/^<sub>carbon-gate 0\.1\.0 · report schema 1 · /);
  });

  it('takes a title', () => {
    expect(renderMarkdown(sampleReport(), { title: 'Carbon budget: nightly' }).split('\n')[0]).toBe(
      '### Carbon budget: nightly'
    );
  });

  it('is deterministic', () => {
    expect(renderMarkdown(sampleReport())).toBe(markdown);
  });
});

describe('renderMarkdown: escaping text from manifests', () => {
  const markdown = renderMarkdown(hostileReport());

  it('keeps the table intact: no unescaped |, no line break inside a row', () => {
    const rows = markdown.split('\n').filter((l) => l.startsWith('| '));
    expect(rows.length).toBeGreaterThan(2);
    for (const row of rows) expect(cellBorders(row)).toBe(10);
    const hostileRow = rows.find((r) => r.includes('octocat'));
    expect(hostileRow).toContain('next'); // the text after the newline stayed on the row
  });

  it('lets no HTML through', () => {
    expect(markdown).not.toContain('<script>');
    expect(markdown.replace(OWN_TAGS, '')).not.toContain('<');
    expect(markdown).toContain('&lt;script&gt;');
  });

  it('plants no hidden marker', () => {
    expect(markdown).not.toContain('<!--');
    expect(markdown).toContain('&lt;!-- carbon-gate --&gt;');
  });

  it('pings nobody: every @ is followed by a zero-width joiner', () => {
    expect(markdown).not.toMatch(/@[A-Za-z0-9]/);
    expect(markdown).toContain('@\u200Docto');
  });

  it('injects no link or image, and no autolink', () => {
    expect(markdown).not.toContain('[x](');
    expect(markdown).not.toContain('![i](');
    expect(markdown).toContain('\\[x\\]');
    expect(markdown).not.toContain('https://evil');
    const links = [...markdown.matchAll(/(?<!\\)\[[^\]]*\]\(([^)]*)\)/g)].map((m) => m[1]);
    expect(links).toEqual(['https://aclanthology.org/P19-1355/']);
  });

  it('cross-links no issue', () => {
    expect(markdown).not.toMatch(/#\d/);
  });

  it('escapes the title too', () => {
    const titled = renderMarkdown(sampleReport(), { title: HOSTILE });
    expect(titled).not.toContain('<!--');
    expect(titled).not.toMatch(/@[A-Za-z0-9]/);
  });
});

describe('renderMarkdown: size limit', () => {
  const big = manyRunsReport(3000);

  it('fits the default limit of 65,000 characters with a visible note and the hint', () => {
    const full = renderMarkdown(big, { maxChars: Number.MAX_SAFE_INTEGER });
    expect(full.length).toBeGreaterThan(DEFAULT_MAX_CHARS);
    const markdown = renderMarkdown(big, { fullReportHint: 'The full report is in the job summary.' });
    expect(DEFAULT_MAX_CHARS).toBe(65000);
    expect(markdown.length).toBeLessThanOrEqual(65000);
    expect(markdown).toMatch(
      /> ✂️ \*\*Shortened to fit 65,000 characters:\*\* [\d,]+ of 3,000 runs \(the smallest by emissions\)/
    );
    expect(markdown).toContain('of 3,000 diagnostics');
    expect(markdown).toContain('The full report is in the job summary.');
    expectBalanced(markdown);
  });

  it('says nothing about cutting when nothing was cut', () => {
    expect(renderMarkdown(sampleReport())).not.toContain('Shortened');
  });

  it.each([20000, 5000, 2000, 800, 300, 40])('stays under maxChars = %i, balanced, with the note', (maxChars) => {
    const markdown = renderMarkdown(big, { maxChars, fullReportHint: 'See the artifact.' });
    expect(markdown.length).toBeLessThanOrEqual(maxChars);
    expect(markdown).toContain(maxChars >= 300 ? 'Shortened to fit' : '> ✂️');
    expectBalanced(markdown);
  });

  it('keeps the runs with the most emissions', () => {
    // 300 runs of 1..300 W for 1 h: the shown ones must all outweigh the hidden ones.
    const runs = Array.from({ length: 300 }, (_, i) =>
      estimateRun(
        resolved(spec({ name: `r${i + 1}W`, position: { file: 'm.yml', line: i + 1, column: 1 } }), { gpuW: i + 1 }),
        3600
      )
    );
    const markdown = renderMarkdown(buildReport({ runs, diagnostics: [], toolVersion: '0.1.0' }), { maxChars: 8000 });
    const shown = [...markdown.matchAll(/^\| r(\d+)W \|/gm)].map((m) => Number(m[1]));
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.length).toBeLessThan(300);
    expect(Math.min(...shown)).toBe(300 - shown.length + 1);
  });
});
