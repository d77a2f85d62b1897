/**
 * A pull request judged against the ledger (`ledger: auto` with a `window` budget): the branch's
 * spend in the window plus what the PR adds must fit. Spend: two records of 5 kg each, a day ago;
 * the PR adds the fixture's run (6 kg, worked out in test/action/fixtures.ts): 16 kg in all.
 */
import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { run } from '../../../src/action/main.js';
import { GITHUB_ACTIONS_BOT, GitHubServer } from '../../support/github-server.js';
import { mountGitData, type GitData } from '../../support/github-git-data.js';
import { EXPECTED_KG, MANIFEST } from '../fixtures.js';
import { OWNER, prepareRunner, pullRequestEvent, REPO, TOKENS, withRunnerEnv, type RunnerSetup } from '../harness.js';

const sha256 = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');
let server: GitHubServer;
let git: GitData;
const setups: RunnerSetup[] = [];

beforeAll(async () => {
  server = await GitHubServer.start();
  server.addToken(TOKENS.installation, { account: GITHUB_ACTIONS_BOT, kind: 'installation', canWrite: true });
  git = mountGitData(server, OWNER, REPO);
});
afterAll(async () => {
  for (const s of setups) s.cleanup();
  await server.close();
});

const SPENT_KG = 5;
/** Two spent records a day before now, chained. */
function spend(): void {
  const at = new Date(Date.now() - 24 * 3600 * 1000).toISOString().replace(/\.\d+Z$/, 'Z');
  const lines: string[] = [];
  for (const name of ['one', 'two']) {
    lines.push(
      JSON.stringify({
        v: 1,
        id: sha256(name),
        prev: lines.length === 0 ? '' : sha256(lines[lines.length - 1]),
        repo: `${OWNER}/${REPO}`,
        commit: 'a'.repeat(40),
        pr: null,
        workflowRun: { id: 1, attempt: 1 },
        event: 'push',
        manifest: `${name}/carbon-manifest.yml`,
        run: name,
        method: 'estimated',
        energyKWh: 12.5,
        emissionsKg: SPENT_KG,
        intensityGPerKWh: 400,
        intensitySource: 'test',
        pue: 1.5,
        dataVersion: 'test',
        spentAt: at,
        recordedAt: at,
        estimateOf: null
      })
    );
  }
  git.commitOnBranch('carbon-ledger', { [`ledger/${at.slice(0, 7)}.jsonl`]: `${lines.join('\n')}\n` });
}

async function gate(limitKg: number) {
  const setup = prepareRunner({
    server,
    payload: pullRequestEvent(),
    files: {
      'carbon-manifest.yml': MANIFEST,
      '.github/carbon-budget.yml': `budgets:\n  - name: quarter\n    scope: window\n    window: 90d\n    emissions: ${limitKg} kg\nledger:\n  branch: carbon-ledger\n`
    },
    inputs: { comment: 'off' }
  });
  setups.push(setup);
  return withRunnerEnv(setup.env, () => run(setup.env));
}

it('reads the ledger for a PR: a budget the spend plus the PR crosses fails, one it fits passes', async () => {
  spend();
  const total = 2 * SPENT_KG + EXPECTED_KG;
  const over = await gate(total - 1);
  expect(over.value.status).toBe('fail');
  expect(over.value.exitCode).toBe(1);
  // Twice the total: well under the default warning share (80%).
  const fits = await gate(total * 2);
  expect(fits.value.status).toBe('pass');
  // Read only: the PR wrote nothing to the ledger.
  expect(git.history('carbon-ledger')).toHaveLength(1);
  expect(server.requestsTo('PATCH', /\/git\/refs\//)).toHaveLength(0);
}, 60_000);
