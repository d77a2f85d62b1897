/**
 * `run()` in-process in `workflow_run` mode with the change's base read through the API: the PR
 * is found and verified through the pulls API, its base commit is the one GitHub names
 * (`base.sha`), and its changed files and the base's files are read as for `pull_request`. The
 * PR's manifest arrives in the triggering run's artifact; where its bytes are the manifest
 * committed at the PR's head (same git blob SHA as GitHub lists), its runs are judged against that
 * manifest at the base.
 *
 * Footprints are worked out here: a run of `kw` kW for 1 h at PUE 1 and 500 g/kWh uses `kw` kWh
 * and emits `kw` x 0.5 kg.
 */
import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { run } from '../../src/action/main.js';
import { mountRepository, type ServedRepository, type Tree } from '../support/github-repository.js';
import { buildZip } from '../support/zip.js';
import { OWNER, prepareRunner, REPO, useArtifactApi, withRunnerEnv, workflowRunEvent } from './harness.js';

const FORK = `contributor/${REPO}`;
const MAIN_SHA = 'ba5eba11ba5eba11ba5eba11ba5eba11ba5eba11';
const GATE_RUN = 6666;

const gh = useArtifactApi();
let repository: ServedRepository | undefined;
const repo = (): ServedRepository => (repository ??= mountRepository(gh.server, OWNER, REPO));

/** kg CO2e of `kw` kW for 1 h at PUE 1 and 500 g/kWh. */
const kgOf = (kw: number): number => kw * 1 * 1 * (500 / 1000);

/** A manifest of one estimated run `name` of `kw` kW for 1 h. */
const manifest = (name: string, kw: number): string =>
  `version: 1\nruns:\n  - name: ${name}\n    power: ${kw} kW\n    duration: 1 h\n    pue: 1\n    intensity: 500 g/kWh\n`;

/** A per-PR change budget of `kg` kg. */
const perPr = (kg: number): string =>
  `version: 1\nbudgets:\n  - name: per-pr\n    scope: change\n    emissions: ${kg} kg\n`;

/** The report file, as far as these tests read it. */
type JsonReport = {
  status: string;
  diagnostics: { code: string; file?: string; message: string }[];
  runs: { name: string; manifest: string; emissionsKg: number }[];
  policy: {
    budgets: { name: string; status: string; used: { emissionsKg: number }; limit: { emissionsKg?: number } }[];
    base: { ref: string; sha?: string } | null;
  };
  changes:
    { manifest: string; run: string; kind: string; deltaEmissionsKg: number; deltaFraction?: number | null }[] | null;
};

let n = 0;

/**
 * A fork PR from `base` to `head`, trained by run `trainRun`, whose artifact `carbon-train` holds
 * `uploaded` (the manifest the training job uploaded) at its root; then the gate, on the default
 * branch's checkout (`workspace`), in workflow_run mode.
 */
async function gate(base: Tree, head: Tree, uploaded: string, workspace: Record<string, string>) {
  n += 1;
  const number = 70 + n;
  const trainRun = 900 + n;
  const baseSha = repo().addCommit(base);
  const headSha = repo().addCommit(head);
  repo().addPull(number, { baseSha, headSha });
  gh.mounted.state.pulls.push({ number, headSha, headRef: `feature-${n}`, headRepo: FORK, baseSha });
  gh.mounted.state.artifacts.push({
    id: 7000 + n,
    runId: trainRun,
    name: 'carbon-train',
    zip: buildZip([{ name: 'carbon-manifest.yml', data: uploaded }])
  });
  gh.server.clearRequests();
  const setup = prepareRunner({
    server: gh.server,
    eventName: 'workflow_run',
    payload: workflowRunEvent({ runId: trainRun, headSha, headRepo: FORK, headBranch: `feature-${n}` }),
    files: workspace,
    env: { GITHUB_SHA: MAIN_SHA, GITHUB_RUN_ID: String(GATE_RUN), GITHUB_REF: 'refs/heads/main' },
    inputs: { artifacts: 'carbon-*', 'status-context': 'carbon-gate' }
  });
  gh.setups.push(setup);
  const { value: outcome } = await withRunnerEnv(setup.env, () => run());
  const report = JSON.parse(readFileSync(outcome.reportPath as string, 'utf8')) as JsonReport;
  return { outcome, report, number, baseSha, headSha };
}

describe('workflow_run: the PR found through the API is judged against its base', () => {
  const POLICY = perPr(40);
  // 200 kW -> 100 kg at the base; 300 kW -> 150 kg at the head.
  const base: Tree = { '.github/carbon-budget.yml': POLICY, 'train/carbon-manifest.yml': manifest('train', 200) };
  const head: Tree = { ...base, 'train/carbon-manifest.yml': manifest('train', 300) };
  const ARTIFACT_MANIFEST = 'artifact:carbon-train/carbon-manifest.yml';

  test('a run grown from 100 kg to 150 kg in the uploaded manifest shows +50 kg (+50%) and fails a 40 kg per-pr budget', async () => {
    const r = await gate(base, head, head['train/carbon-manifest.yml'] as string, {
      '.github/carbon-budget.yml': POLICY
    });
    expect(r.outcome.pullRequests).toEqual([r.number]);
    expect(r.report.policy.base?.sha).toBe(r.baseSha);
    const change = r.report.changes?.find((c) => c.run === 'train');
    expect(change).toMatchObject({ manifest: ARTIFACT_MANIFEST, kind: 'changed' });
    expect(change?.deltaEmissionsKg).toBeCloseTo(kgOf(300) - kgOf(200), 9);
    expect(change?.deltaFraction).toBeCloseTo((kgOf(300) - kgOf(200)) / kgOf(200), 9);
    const budget = r.report.policy.budgets.find((b) => b.name === 'per-pr');
    expect(budget?.status).toBe('fail');
    expect(budget?.used.emissionsKg).toBeCloseTo(kgOf(300) - kgOf(200), 9);
    expect(r.outcome.exitCode).toBe(1);
    const matched = r.report.diagnostics.find((d) => d.code === 'base/artifact-matched');
    expect(matched?.file).toBe(ARTIFACT_MANIFEST);
    expect(matched?.message).toContain('train/carbon-manifest.yml');
    // The base was read through the API: the PR's files, the base's tree, the changed manifest at the base.
    expect(gh.server.requestsTo('GET', new RegExp(`/pulls/${r.number}/files$`))).toHaveLength(1);
    expect(gh.server.requestsTo('GET', new RegExp(`/git/trees/${r.baseSha}$`))).toHaveLength(1);
    const contents = gh.server.requestsTo('GET', /\/contents\//);
    expect(
      contents.map((q) => [decodeURIComponent(q.path.replace(/^.*\/contents\//, '')), q.query.get('ref')])
    ).toEqual([['train/carbon-manifest.yml', r.baseSha]]);
    // The check's status goes on the PR's head commit.
    expect(gh.server.statuses(OWNER, REPO, r.headSha).map((s) => s.state)).toEqual(['pending', 'failure']);
  });

  test('the same growth passes a 100 kg per-pr budget, which the whole 150 kg would fail', async () => {
    const looser = perPr(100);
    const b: Tree = { ...base, '.github/carbon-budget.yml': looser };
    const h: Tree = { ...head, '.github/carbon-budget.yml': looser };
    const r = await gate(b, h, h['train/carbon-manifest.yml'] as string, { '.github/carbon-budget.yml': looser });
    expect(r.report.policy.budgets.find((x) => x.name === 'per-pr')?.status).toBe('pass');
    expect(r.outcome.exitCode).toBe(0);
  });

  test('an uploaded manifest that is not the committed one has no base: its runs count in full', async () => {
    // The training job uploaded the run with a trailing blank after its name: the same runs for YAML,
    // but not the bytes committed at the head, so nothing ties it to the committed manifest.
    const r = await gate(base, head, manifest('train', 300).replace('name: train', 'name: train '), {
      '.github/carbon-budget.yml': POLICY
    });
    const change = r.report.changes?.find((c) => c.run === 'train' && c.manifest === ARTIFACT_MANIFEST);
    expect(change?.kind).toBe('added');
    expect(change?.deltaEmissionsKg).toBeCloseTo(kgOf(300), 9);
    expect(r.report.diagnostics.map((d) => d.code)).not.toContain('base/artifact-matched');
    expect(r.outcome.exitCode).toBe(1);
  });

  test("a budget's paths: select the uploaded manifest by the committed manifest's path, not its artifact name", async () => {
    // Two per-path budgets: `train/**` selects the run (its +50 kg fails 40 kg), `other/**` does not.
    const paths =
      'version: 1\nbudgets:\n' +
      '  - name: train-path\n    scope: change\n    paths: ["train/**"]\n    emissions: 40 kg\n' +
      '  - name: other-path\n    scope: change\n    paths: ["other/**"]\n    emissions: 1 kg\n';
    const b: Tree = { ...base, '.github/carbon-budget.yml': paths };
    const h: Tree = { ...head, '.github/carbon-budget.yml': paths };
    const r = await gate(b, h, h['train/carbon-manifest.yml'] as string, { '.github/carbon-budget.yml': paths });
    const train = r.report.policy.budgets.find((x) => x.name === 'train-path');
    expect(train?.status).toBe('fail');
    expect(train?.used.emissionsKg).toBeCloseTo(kgOf(300) - kgOf(200), 9);
    const other = r.report.policy.budgets.find((x) => x.name === 'other-path');
    expect(other?.status).toBe('pass');
    expect(other?.used.emissionsKg).toBe(0);
    // The report still names the manifest where it was read from.
    expect(r.report.runs.map((x) => x.manifest)).toEqual([ARTIFACT_MANIFEST]);
    expect(r.outcome.exitCode).toBe(1);
  });

  test('an uploaded manifest that matches no committed one is selected by its artifact name only', async () => {
    const paths =
      'version: 1\nbudgets:\n  - name: train-path\n    scope: change\n    paths: ["train/**"]\n    emissions: 1 kg\n';
    const b: Tree = { ...base, '.github/carbon-budget.yml': paths };
    const h: Tree = { ...head, '.github/carbon-budget.yml': paths };
    const r = await gate(b, h, manifest('train', 300).replace('name: train', 'name: train '), {
      '.github/carbon-budget.yml': paths
    });
    const train = r.report.policy.budgets.find((x) => x.name === 'train-path');
    expect(train?.used.emissionsKg).toBe(0);
    expect(train?.status).toBe('pass');
  });

  test("a manifest the PR does not touch, uploaded again, is unchanged: the PR's change is 0", async () => {
    const untouched: Tree = { ...base, 'README.md': 'edited' };
    const r = await gate(base, untouched, base['train/carbon-manifest.yml'] as string, {
      '.github/carbon-budget.yml': POLICY
    });
    expect(r.report.changes?.map((c) => [c.manifest, c.run, c.kind])).toEqual([
      [ARTIFACT_MANIFEST, 'train', 'unchanged']
    ]);
    expect(r.report.policy.budgets.find((x) => x.name === 'per-pr')?.used.emissionsKg).toBeCloseTo(0, 9);
    expect(r.outcome.exitCode).toBe(0);
    // Nothing had to be read at the base: the tree's blob SHA said it is the same file.
    expect(gh.server.requestsTo('GET', /\/contents\//)).toEqual([]);
  });
});
