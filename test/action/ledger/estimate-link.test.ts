/**
 * Estimate and measurement linked across the two events that record them, run() in-process
 * against the local GitHub API server (repository history, Git Data, artifacts):
 *
 * 1. a `push` to main adds `carbon/carbon-manifest.yml`, whose run has no logs yet: the ledger gets
 *    its estimate, under that path;
 * 2. the training workflow then runs on that commit and uploads the same manifest (byte for byte)
 *    with its power log; the gate's `workflow_run` (no pull request: a push's run) reads the
 *    artifact. The manifest's artifact name says nothing of where it lives, so the gate lists the
 *    commit's files (`GET .../git/trees/{sha}?recursive=1`), finds the committed manifest by its
 *    git blob SHA, and records the measurement under `carbon/carbon-manifest.yml`, linked to the
 *    estimate (`estimateOf`).
 *
 * A manifest the training job edited (other bytes) is recorded under its artifact name, unlinked.
 * The expected energy is worked out by hand in artifact-fixtures.ts; the estimate here: 2 GPUs of
 * 700 W for 1 h at PUE 1.5 is 2.1 kWh.
 */
import { beforeAll, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { run } from '../../../src/action/main.js';
import { mountGitData, type GitData } from '../../support/github-git-data.js';
import { mountRepository, type ServedRepository } from '../../support/github-repository.js';
import { expectedTotals, nodeZip } from '../artifact-fixtures.js';
import { OWNER, prepareRunner, REPO, useArtifactApi, withRunnerEnv, workflowRunEvent } from '../harness.js';

const gh = useArtifactApi();
let git: GitData;
let repository: ServedRepository;
beforeAll(() => {
  // The Git Data routes first: they answer only for their own objects, the repository's for its commits.
  git = mountGitData(gh.server, OWNER, REPO);
  repository = mountRepository(gh.server, OWNER, REPO);
});

const POLICY = 'ledger:\n  branch: carbon-ledger\n';
const MANIFEST_PATH = 'carbon/carbon-manifest.yml';
/** Estimable before training (GPUs and duration), measured once its logs exist. */
const MANIFEST = `version: 1
runs:
  - name: bert-finetune
    gpu: { model: H100-SXM5-80GB, count: 2 }
    duration: 1 h
    pue: 1.5
    intensity: 400 g/kWh
    traces: [ "logs/power-*.csv" ]
    trace: { timezone: UTC }
`;
/** 2 x 700 W (the H100 SXM5's TDP) x 1 h x PUE 1.5, kWh. */
const ESTIMATE_KWH = (2 * 700 * 1 * 1.5) / 1000;

type Row = Record<string, unknown>;

function ledgerRows(): Row[] {
  const tip = git.refs.get('carbon-ledger');
  if (tip === undefined) return [];
  const tree = (git.objects.get(tip) as { tree: string }).tree;
  return [...git.files(tree).keys()]
    .filter((p) => /^ledger\/\d{4}-\d{2}\.jsonl$/.test(p))
    .sort()
    .flatMap((p) => (git.fileAt('carbon-ledger', p) as string).split('\n'))
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as Row);
}

const payloadOf = (event: Record<string, unknown>) => ({
  ...event,
  repository: { ...(event.repository as object), default_branch: 'main' }
});

async function gate(eventName: string, payload: Record<string, unknown>, files: Record<string, string>, sha: string) {
  const setup = prepareRunner({
    server: gh.server,
    eventName,
    payload,
    files,
    env: { GITHUB_RUN_ID: String(8000 + gh.setups.length), GITHUB_RUN_ATTEMPT: '1', GITHUB_SHA: sha },
    inputs: { artifacts: eventName === 'workflow_run' ? 'carbon-node-*' : '', ledger: 'write', comment: 'off' }
  });
  gh.setups.push(setup);
  const { value: outcome } = await withRunnerEnv(setup.env, () => run());
  return { outcome, report: JSON.parse(readFileSync(outcome.reportPath as string, 'utf8')) as { diagnostics: Row[] } };
}

test('a measured run from an artifact is recorded under the committed manifest and linked to its estimate', async () => {
  const before = repository.addCommit({ '.github/carbon-budget.yml': POLICY });
  const after = repository.addCommit({ '.github/carbon-budget.yml': POLICY, [MANIFEST_PATH]: MANIFEST });

  // 1. The merge's push records the estimate.
  const pushed = await gate(
    'push',
    payloadOf({
      ref: 'refs/heads/main',
      before,
      after,
      repository: { full_name: `${OWNER}/${REPO}`, name: REPO, owner: { login: OWNER } }
    }),
    { '.github/carbon-budget.yml': POLICY, [MANIFEST_PATH]: MANIFEST },
    after
  );
  expect(pushed.outcome.exitCode).toBe(0);
  const [estimate] = ledgerRows();
  expect(estimate).toMatchObject({ event: 'push', method: 'estimated', manifest: MANIFEST_PATH, run: 'bert-finetune' });
  expect(estimate.energyKWh as number).toBeCloseTo(ESTIMATE_KWH, 9);

  // 2. The training run on that commit uploads the same manifest with its log.
  const trainRun = 5301;
  gh.mounted.state.artifacts.push({
    id: 31,
    runId: trainRun,
    name: 'carbon-node-0',
    zip: nodeZip(0, [], MANIFEST),
    headSha: after
  });
  gh.server.clearRequests();
  const measured = await gate(
    'workflow_run',
    payloadOf(
      workflowRunEvent({
        runId: trainRun,
        headSha: after,
        headRepo: `${OWNER}/${REPO}`,
        headBranch: 'main',
        event: 'push'
      })
    ),
    { '.github/carbon-budget.yml': POLICY },
    after
  );
  expect(measured.outcome.exitCode).toBe(0);
  // The commit's files were listed once, to find the manifest by its blob SHA.
  expect(gh.server.requestsTo('GET', new RegExp(`/git/trees/${after}$`))).toHaveLength(1);
  const matched = measured.report.diagnostics.find((d) => d.code === 'base/artifact-matched');
  expect(matched?.file).toBe('artifact:carbon-node-0/carbon-manifest.yml');
  expect(matched?.message).toContain(MANIFEST_PATH);

  const rows = ledgerRows();
  expect(rows).toHaveLength(2);
  const m = rows[1];
  expect(m).toMatchObject({
    event: 'workflow_run',
    method: 'measured',
    manifest: MANIFEST_PATH,
    run: 'bert-finetune',
    commit: after,
    estimateOf: estimate.id
  });
  // Node 0's log integrated by hand (artifact-fixtures.ts), times this manifest's PUE 1.5.
  expect(m.energyKWh as number).toBeCloseTo(expectedTotals([0]).itKWh * 1.5, 9);
});

test('a manifest the training job edited keeps its artifact name and links to nothing', async () => {
  const edited = `${MANIFEST}# written by the training job\n`;
  const before = repository.addCommit({ '.github/carbon-budget.yml': POLICY, [MANIFEST_PATH]: MANIFEST });
  const trainRun = 5302;
  gh.mounted.state.artifacts.push({
    id: 32,
    runId: trainRun,
    name: 'carbon-node-0',
    zip: nodeZip(0, [], edited),
    headSha: before
  });
  const count = ledgerRows().length;
  const measured = await gate(
    'workflow_run',
    payloadOf(
      workflowRunEvent({
        runId: trainRun,
        headSha: before,
        headRepo: `${OWNER}/${REPO}`,
        headBranch: 'main',
        event: 'push'
      })
    ),
    { '.github/carbon-budget.yml': POLICY },
    before
  );
  expect(measured.outcome.exitCode).toBe(0);
  expect(measured.report.diagnostics.map((d) => d.code)).not.toContain('base/artifact-matched');
  const added = ledgerRows().slice(count);
  expect(added).toHaveLength(1);
  expect(added[0]).toMatchObject({ manifest: 'artifact:carbon-node-0/carbon-manifest.yml', estimateOf: null });
});
