/**
 * The policy in the three renderers: one row per budget (name, scope, used, limit, share, status,
 * the pre-existing note) and the runs the change touches (added, changed old -> new with +kg and
 * +%, removed; unchanged ones as a count), escaped and within the comment's size limit.
 */
import { describe, expect, it } from '@jest/globals';
import { analyze } from '../../../src/core/analyze.js';
import type { BaseSnapshot, Report } from '../../../src/core/model.js';
import { renderJson, renderMarkdown, renderText } from '../../../src/core/render/index.js';

const PUE = 1.2;
const INTENSITY = 400;
/** kg CO2e of `watts` for `hours` at the fixed PUE and intensity. */
const kg = (watts: number, hours: number) => (((watts * hours) / 1000) * PUE * INTENSITY) / 1000;
/** Watts that make `target` kg in `hours`. */
const wattsFor = (target: number, hours: number) => (target * 1e6) / (hours * PUE * INTENSITY);

function manifest(...runs: { name: string; watts: number; hours: number }[]): string {
  return [
    'version: 1',
    'runs:',
    ...runs.flatMap((r) => [
      `  - name: ${JSON.stringify(r.name)}`,
      `    power: ${r.watts} W`,
      `    duration: ${r.hours} h`,
      `    pue: ${PUE}`,
      `    intensity: ${INTENSITY} g/kWh`
    ])
  ].join('\n');
}

const POLICY = [
  'version: 1',
  'budgets:',
  '  - name: per-pr',
  '    emissions: 250 kg',
  '  - name: single-run',
  '    scope: run',
  '    emissions: 120 kg',
  '  - name: everything',
  '    scope: total',
  '    emissions: 200 kg',
  '  - name: llm',
  '    scope: total',
  '    paths: ["experiments/llm/**"]',
  '    energy: 2 MWh'
].join('\n');

const A = 'models/a/carbon-manifest.yml';
const B = 'models/b/carbon-manifest.yml';
const w = wattsFor(100, 100);

async function policyReport(): Promise<Report> {
  const base: BaseSnapshot = {
    ref: 'abc1234',
    manifests: [
      { file: A, text: manifest({ name: 'grows', watts: w, hours: 100 }, { name: 'same', watts: w, hours: 100 }) },
      { file: B, text: manifest({ name: 'gone', watts: w, hours: 10 }) }
    ],
    changedManifests: [A, B],
    diagnostics: []
  };
  return analyze({
    manifests: [
      {
        file: A,
        text: manifest(
          { name: 'grows', watts: w, hours: 150 },
          { name: 'same', watts: w, hours: 100 },
          { name: 'new | <b>bold</b> @team', watts: w, hours: 20 }
        )
      }
    ],
    config: { file: '.github/carbon-budget.yml', text: POLICY },
    base,
    toolVersion: '0.0.0-test'
  });
}

describe('the comment', () => {
  it('one row per budget, the base it was judged against, and the pre-existing note', async () => {
    const report = await policyReport();
    const md = renderMarkdown(report);
    // per-pr: +50 (grows) + 20 (new) - 10 (gone) = +60 kg of 250 kg.
    const perPrKg = kg(w, 150) - kg(w, 100) + kg(w, 20) - kg(w, 10);
    expect(perPrKg).toBeCloseTo(60, 9);
    expect(md).toContain('#### Budgets');
    expect(md).toContain('| per-pr | change | +60 kg CO2e | 250 kg CO2e | 24% | ✅ pass |');
    // single-run: the 150 kg run grew past 120 kg: fails.
    expect(md).toContain('| single-run | run | 150 kg CO2e | 120 kg CO2e | 125% | ❌ fail |');
    // everything: 270 kg at the head, 210 kg at the base, over 200 kg and larger: fails.
    expect(md).toContain('| everything | total | 270 kg CO2e | 200 kg CO2e | 135% | ❌ fail |');
    expect(md).toContain('| llm | total · experiments/llm/\\*\\* | 0 kWh | 2 MWh | 0% | ✅ pass |');
    expect(md).toContain('Judged against the base abc1234.');
    expect(md).toMatch(/❌ \*\*Over budget\*\*: 2 of 4 budgets over\. Total /);
  });

  it('the runs the change touches, with +kg and +%, and the unchanged ones as a count; names escaped', async () => {
    const md = renderMarkdown(await policyReport());
    expect(md).toContain('#### Changes against the base');
    expect(md).toContain(`| grows · ${A} | 100 kg -> 150 kg | +50 kg CO2e | +50% |`);
    expect(md).toContain(`| gone · ${B} | removed | -10 kg CO2e | -100% |`);
    expect(md).toMatch(
      /\| new \\\| &lt;b&gt;bold&lt;\/b&gt; @\u200dteam · models\/a\/carbon-manifest\.yml \| added \| \+20 kg CO2e \| — \|/
    );
    expect(md).toContain('1 run unchanged.');
    expect(md).not.toContain('<b>');
  });

  it('a pre-existing violation says so', async () => {
    const files = [{ file: A, text: manifest({ name: 'big', watts: wattsFor(300, 10), hours: 10 }) }];
    const report = await analyze({
      manifests: files,
      config: { file: '.github/carbon-budget.yml', text: POLICY },
      base: { ref: 'abc1234', manifests: files, changedManifests: [], diagnostics: [] },
      toolVersion: '0'
    });
    const md = renderMarkdown(report);
    expect(md).toContain('| everything | total | 300 kg CO2e | 200 kg CO2e | 150% | ⚠️ warn (pre-existing) |');
    expect(md).toContain('- **everything**: Already over at the base: 300 kg CO2e; not made worse.');
    expect(md).toContain('No run changed; 1 run unchanged.');
    // single-run (the same 300 kg run) and everything are both over at the base and not made worse;
    // pre-existing verdicts do not count towards the status (the rows still show warn).
    expect(md).toMatch(/✅ \*\*Within budget\*\*: 2 already over at the base, not made worse\. Total 300 kg CO2e, /);
    expect(report.status).toBe('pass');
  });

  it('stays under the size limit with thousands of changed runs, saying what it left out', async () => {
    const many = Array.from({ length: 3000 }, (_, i) => ({ name: `run-${i}`, watts: 100 + i, hours: 1 }));
    const report = await analyze({
      manifests: [{ file: A, text: manifest(...many) }],
      config: { file: '.github/carbon-budget.yml', text: POLICY },
      base: { ref: 'abc1234', manifests: [], changedManifests: [A], diagnostics: [] },
      toolVersion: '0'
    });
    const md = renderMarkdown(report, { maxChars: 20000 });
    expect(md.length).toBeLessThanOrEqual(20000);
    expect(md).toContain('#### Budgets');
    expect(md).toMatch(/Shortened to fit 20,000 characters:.*changed runs/);
  });

  it('a policy of hundreds of budgets stays under the size limit, failing budgets kept first', async () => {
    const budgets = Array.from({ length: 500 }, (_, i) => [
      `  - name: b-${i}`,
      `    emissions: ${i === 499 ? 1 : 1000} kg`
    ]);
    const report = await analyze({
      manifests: [{ file: A, text: manifest({ name: 'r', watts: w, hours: 10 }) }],
      config: { file: '.github/carbon-budget.yml', text: ['budgets:', ...budgets.flat()].join('\n') },
      toolVersion: '0'
    });
    const md = renderMarkdown(report, { maxChars: 8000 });
    expect(md.length).toBeLessThanOrEqual(8000);
    expect(md).toContain('| b-499 | change |');
    expect(md).toMatch(/Shortened to fit 8,000 characters:.*of 500 budgets \(passing first\)/);
  });

  it('the legacy budget alone, without a base, renders as it always did (no table)', async () => {
    const report = await analyze({
      manifests: [{ file: A, text: manifest({ name: 'r', watts: w, hours: 10 }) }],
      config: { file: '.github/carbon-budget.yml', text: 'budget:\n  emissions: 500 kg\n' },
      toolVersion: '0'
    });
    const md = renderMarkdown(report);
    expect(md).not.toContain('#### Budgets');
    expect(md).not.toContain('#### Changes against the base');
    expect(md).toMatch(/✅ \*\*Within budget\*\*: 10 kg CO2e of 500 kg \(2%\)\./);
  });
});

describe('the terminal and the JSON', () => {
  it('the text report has the same rows', async () => {
    const text = renderText(await policyReport());
    expect(text).toMatch(/^ {2}per-pr +change +\+60 kg CO2e +250 kg CO2e +24% +pass$/m);
    expect(text).toMatch(/^ {2}everything +total +270 kg CO2e +200 kg CO2e +135% +fail$/m);
    expect(text).toMatch(/^ {2}grows +models\/a\/carbon-manifest\.yml +100 kg -> 150 kg +\+50 kg CO2e +\+50%$/m);
    expect(text).toContain('  1 run unchanged.');
    expect(text).toContain('Judged against the base abc1234.');
  });

  it('the JSON carries the verdicts and the changes as they are', async () => {
    const report = await policyReport();
    const json = JSON.parse(renderJson(report)) as Report;
    expect(json.policy?.budgets.map((v) => [v.name, v.status])).toEqual([
      ['per-pr', 'pass'],
      ['single-run', 'fail'],
      ['everything', 'fail'],
      ['llm', 'pass']
    ]);
    expect(json.changes?.find((c) => c.run === 'grows')?.deltaFraction).toBeCloseTo(0.5, 12);
  });

  it('an invalid report carries no amount or verdict in JSON', async () => {
    const report = await analyze({
      manifests: [
        { file: A, text: manifest({ name: 'r', watts: w, hours: 10 }) },
        { file: B, text: 'version: 1\nruns:\n  - name: bad\n    duration: 1 h\n' }
      ],
      config: { file: '.github/carbon-budget.yml', text: POLICY },
      base: { ref: 'abc1234', manifests: [], changedManifests: [A], diagnostics: [] },
      toolVersion: '0'
    });
    expect(report.inputValid).toBe(false);
    const json = JSON.parse(renderJson(report)) as { policy: { budgets: unknown[] }; changes: unknown };
    expect(json.changes).toBeNull();
    for (const v of json.policy.budgets)
      expect(v).toMatchObject({ used: null, usedFraction: null, status: 'invalid', preExisting: null });
  });
});
