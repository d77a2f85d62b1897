/**
 * The workflows in docs/artifacts.md are meant to be copied as they are: each carbon-gate step may
 * only use inputs the page documents, and the fork-safe gate never checks out the PR. (The schema
 * check and "only inputs action.yml declares" are scripts/validate-workflows.mjs's, run by
 * test/action/action-yml.test.ts on these workflows too.) The pages also keep up with the code:
 * every input is in docs/action.md's table. (The diagnostic codes are checked against their pages
 * by test/core/diagnostic-codes.test.ts.)
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';

const DOC = path.resolve('docs/artifacts.md');
const ACTION_DOC = path.resolve('docs/action.md');

async function actionInputs(): Promise<string[]> {
  const action = parse(await readFile(path.resolve('action.yml'), 'utf8')) as { inputs: Record<string, unknown> };
  return Object.keys(action.inputs);
}

async function workflows(): Promise<{ name: string; text: string }[]> {
  const doc = await readFile(DOC, 'utf8');
  return [...doc.matchAll(/```yaml\n(# (\.github\/workflows\/[^:\n]+)[^\n]*\n[\s\S]*?)```/g)].map((m) => ({
    name: m[2],
    text: m[1]
  }));
}

describe('docs/artifacts.md workflows', () => {
  it('shows the one-workflow setup and both workflows of the fork-safe setup', async () => {
    const found = await workflows();
    expect(found.map((w) => w.name)).toEqual([
      '.github/workflows/train.yml',
      '.github/workflows/train.yml',
      '.github/workflows/carbon-gate.yml'
    ]);
  });

  it('uses only documented carbon-gate inputs, and the fork-safe gate never checks out the PR', async () => {
    const doc = await readFile(DOC, 'utf8');
    const documented = new Set([...doc.matchAll(/^\| `([a-z-]+)` \|/gm)].map((m) => m[1]));
    documented.add('budget'); // documented with the action's other inputs in docs/action.md
    for (const w of await workflows()) {
      const parsed = parse(w.text) as {
        on: Record<string, unknown>;
        jobs: Record<string, { steps: { uses?: string; with?: Record<string, unknown> }[] }>;
      };
      for (const job of Object.values(parsed.jobs)) {
        for (const step of job.steps) {
          if (step.uses?.startsWith('carbon-gate/'))
            for (const key of Object.keys(step.with ?? {})) expect(documented).toContain(key);
          if ('workflow_run' in parsed.on && step.uses?.startsWith('actions/checkout'))
            expect(step.with?.ref).toBeUndefined();
        }
      }
    }
  });
});

describe('docs keep up with the code', () => {
  it('docs/action.md lists every input of action.yml', async () => {
    const doc = await readFile(ACTION_DOC, 'utf8');
    const listed = new Set([...doc.matchAll(/^\| `([a-z-]+)` \|/gm)].map((m) => m[1]));
    for (const name of await actionInputs()) expect([name, listed.has(name)]).toEqual([name, true]);
  });
});
