/**
 * The docs show the record step, not a hand-written background logger: no README or docs page
 * starts `nvidia-smi ... &` or kills a saved pid; every training job in the docs' workflows starts
 * the record step before its training, stops it with `stop: true` after, and uploads after that
 * (post steps run after the upload, so only the stop step's folder is complete when it uploads);
 * and docs/artifacts.md documents every input of record/action.yml.
 */
import { describe, expect, test } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { ROOT } from '../harness.js';
import { recordActionYml } from './runner.js';

const DOCS = [
  'README.md',
  ...readdirSync(path.join(ROOT, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`)
];
const read = (rel: string): string => readFileSync(path.join(ROOT, rel), 'utf8');

interface Step {
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, unknown>;
}

/** The jobs of every workflow (a YAML block with `jobs:`) of a page. */
function jobs(rel: string): { where: string; steps: Step[] }[] {
  const out: { where: string; steps: Step[] }[] = [];
  for (const m of read(rel).matchAll(/^```ya?ml\n([\s\S]*?)^```/gm)) {
    if (!/^jobs:/m.test(m[1])) continue;
    const doc = parse(m[1]) as { jobs: Record<string, { steps?: Step[] }> };
    for (const [name, job] of Object.entries(doc.jobs))
      out.push({ where: `${rel} job ${name}`, steps: job.steps ?? [] });
  }
  return out;
}

const isRecord = (s: Step): boolean => /^carbon-gate\/carbon-gate\/record@/.test(s.uses ?? '');

describe('the docs record with the record step', () => {
  test.each(DOCS)('%s starts no background nvidia-smi and kills no saved pid', (rel) => {
    const text = read(rel);
    expect([rel, text.match(/nvidia-smi[^\n]*(\\\n[^\n]*)*&\s*$/m)?.[0]]).toEqual([rel, undefined]);
    expect([rel, /\bkill\s+"?\$/.test(text)]).toEqual([rel, false]);
  });

  test('every training job starts the record step before training, stops it after, then uploads', () => {
    const training = [...jobs('README.md'), ...jobs('docs/artifacts.md')].filter((j) =>
      j.steps.some((s) => /\btrain\.py\b/.test(s.run ?? ''))
    );
    expect(training.length).toBeGreaterThanOrEqual(4);
    for (const job of training) {
      const at = (pred: (s: Step) => boolean): number => job.steps.findIndex(pred);
      const start = at((s) => isRecord(s) && s.with?.stop === undefined);
      const train = at((s) => /\btrain\.py\b/.test(s.run ?? ''));
      const stop = at((s) => isRecord(s) && s.with?.stop === true);
      const upload = at((s) => (s.uses ?? '').startsWith('actions/upload-artifact@'));
      expect([job.where, start >= 0 && start < train && train < stop && stop < upload]).toEqual([job.where, true]);
      // A failed training's logs are stopped, written and uploaded too.
      expect([job.where, job.steps[stop].if, job.steps[upload].if]).toEqual([
        job.where,
        '${{ !cancelled() }}',
        '${{ !cancelled() }}'
      ]);
    }
  });

  test("docs/artifacts.md's table documents every input of record/action.yml, with its default", () => {
    const doc = read('docs/artifacts.md');
    for (const [name, spec] of Object.entries(recordActionYml().inputs)) {
      const row = doc.split('\n').find((l) => l.startsWith(`| \`${name}\` |`));
      expect([name, row !== undefined]).toEqual([name, true]);
      if (spec.default) expect([name, row]).toEqual([name, expect.stringContaining(`\`${spec.default}\``)]);
    }
  });
});
