/**
 * The built bundle (`node dist/index.js`) writes the ledger from a training run's measurements:
 * a `workflow_run` completion of a default-branch training run (a push of a merge commit), whose
 * artifacts hold nvidia-smi logs and the manifest, served as zip archives by the local API server.
 * Checked against what is worked out here by hand: the energy (trapezoids of watts x seconds,
 * artifact-fixtures.ts), the PR (the one merged into the default branch as this commit, found by
 * `GET .../commits/{sha}/pulls`), `spentAt` (the logs' last sample, 09:00 UTC), and the dashboard
 * `index.html` in the same commit as the shard, with the policy's window budget as its budget line;
 * a re-run writes nothing. CI builds the bundle before the tests (`npm run bundle`).
 */
import { beforeAll, expect, test } from '@jest/globals';
import { mountGitData, type GitData } from '../../support/github-git-data.js';
import { expectedTotals, nodeZip } from '../artifact-fixtures.js';
import { OWNER, prepareRunner, REPO, runActionBundle, useArtifactApi, workflowRunEvent } from '../harness.js';

const gh = useArtifactApi();
let git: GitData;
beforeAll(() => {
  git = mountGitData(gh.server, OWNER, REPO);
});

/** The merge commit PR 42 made on main, which the training workflow ran on. */
const MERGE = 'a1'.repeat(20);
const TRAIN_RUN = 5150;

test('dist/index.js records a default-branch training run from its artifacts, with its PR, its end time and the page', async () => {
  gh.mounted.state.pulls.push(
    // The PR that brought the commit: merged into main as MERGE.
    {
      number: 42,
      headSha: 'f00d'.repeat(10),
      headRef: 'longer-warmup',
      headRepo: `${OWNER}/${REPO}`,
      mergedAt: '2026-01-10T07:55:00Z',
      mergeCommitSha: MERGE
    },
    // The same change cherry-picked into a release branch: listed for the commit, not main's.
    {
      number: 44,
      headSha: 'beef'.repeat(10),
      headRef: 'backport',
      headRepo: `${OWNER}/${REPO}`,
      baseRef: 'release-1',
      mergedAt: '2026-01-10T08:30:00Z',
      mergeCommitSha: 'b2'.repeat(20),
      commits: [MERGE]
    }
  );
  gh.mounted.state.artifacts.push(
    { id: 11, runId: TRAIN_RUN, name: 'carbon-node-0', zip: nodeZip(0), headSha: MERGE },
    { id: 12, runId: TRAIN_RUN, name: 'carbon-node-1', zip: nodeZip(1), headSha: MERGE }
  );
  const event = workflowRunEvent({
    runId: TRAIN_RUN,
    headSha: MERGE,
    headRepo: `${OWNER}/${REPO}`,
    headBranch: 'main',
    event: 'push'
  });
  const payload = { ...event, repository: { ...(event.repository as object), default_branch: 'main' } };
  const run = () => {
    const setup = prepareRunner({
      server: gh.server,
      eventName: 'workflow_run',
      payload,
      files: {
        '.github/carbon-budget.yml':
          'budgets:\n  - name: quarter\n    scope: window\n    window: quarter\n    emissions: 50 kg\nledger:\n  branch: carbon-ledger\n'
      },
      env: { GITHUB_RUN_ID: '9001', GITHUB_RUN_ATTEMPT: '1', GITHUB_SHA: MERGE },
      inputs: { artifacts: 'carbon-node-*', ledger: 'write', comment: 'off' }
    });
    gh.setups.push(setup);
    return runActionBundle(setup);
  };

  const first = await run();
  expect(first.stderr).toBe('');
  expect(first.code).toBe(0);
  const history = git.history('carbon-ledger');
  expect(history).toHaveLength(1);
  // Everything of the write is in that one commit's tree: the shard, its index and the page.
  const tree = (git.objects.get(history[0]) as { tree: string }).tree;
  const files = git.files(tree);
  const SHARD = /^ledger\/\d{4}-\d{2}\.jsonl$/;
  const keys = [...files.keys()].sort();
  expect(keys.filter((k) => !SHARD.test(k))).toEqual(['.nojekyll', 'index.html', 'ledger/index.json']);
  const shards = keys.filter((k) => SHARD.test(k));
  expect(shards).toHaveLength(1);
  const shard = shards[0];
  const records = (git.fileAt('carbon-ledger', shard) as string)
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as Record<string, unknown>);

  const want = expectedTotals([0, 1]);
  expect(records.length).toBeGreaterThan(0);
  for (const r of records) {
    expect(r).toMatchObject({
      event: 'workflow_run',
      commit: MERGE,
      pr: 42,
      method: 'measured',
      workflowRun: { id: TRAIN_RUN, attempt: 1 },
      // Both nodes' logs end at 09:00:00 UTC (61 samples a minute apart from 08:00).
      spentAt: '2026-01-10T09:00:00.000Z'
    });
    expect(r.recordedAt).not.toBe(r.spentAt);
  }
  const sum = (key: string) => records.reduce((a, r) => a + (r[key] as number), 0);
  expect(sum('energyKWh')).toBeCloseTo(want.kWh, 9);
  expect(sum('emissionsKg')).toBeCloseTo(want.kg, 9);

  // The page counts the same records, against the policy's window budget.
  const page = git.fileAt('carbon-ledger', 'index.html') as string;
  expect(Number(/id="total-runs">(\d+)</.exec(page)?.[1])).toBe(records.length);
  expect(Number(/id="total-kg" data-kg="([^"]+)"/.exec(page)?.[1])).toBeCloseTo(want.kg, 9);
  expect(page).toContain('Budget “quarter”');
  expect(JSON.parse(git.fileAt('carbon-ledger', 'ledger/index.json') as string)).toEqual({ v: 1, shards: [shard] });

  // A re-run of the same workflow run writes nothing.
  const again = await run();
  expect(again.code).toBe(0);
  expect(git.history('carbon-ledger')).toEqual(history);
}, 180_000);
