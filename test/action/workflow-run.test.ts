/**
 * Finding and verifying the PR of a `workflow_run` event against the local API server, with
 * payloads shaped like GitHub's: a same-repository PR (listed in the event), a fork PR (empty
 * list), a PR that moved on, look-alike forks, and PR numbers that only an artifact claims.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readPrNumberHint, readWorkflowRun, resolvePullRequest } from '../../src/action/workflow-run.js';
import { useArtifactServerPerTest } from '../support/artifact-server-per-test.js';

const OWNER = 'acme';
const REPO = 'models';
const RUN_SHA = 'a'.repeat(40);
const NEWER_SHA = 'c'.repeat(40);
const RUN_ID = 9001;

const api = useArtifactServerPerTest(OWNER, REPO, 'ghs_workflow_run_token');

/** A `workflow_run` payload as GitHub sends it on completion of the training workflow. */
function payload(options: {
  headRepo: string;
  branch?: string;
  sha?: string;
  pullRequests?: unknown[];
  runRepo?: string;
}): unknown {
  const [headOwner] = options.headRepo.split('/');
  return {
    action: 'completed',
    repository: { id: 1, full_name: `${OWNER}/${REPO}`, name: REPO, owner: { login: OWNER } },
    workflow_run: {
      id: RUN_ID,
      name: 'Train',
      event: 'pull_request',
      status: 'completed',
      conclusion: 'success',
      head_branch: options.branch ?? 'feature',
      head_sha: options.sha ?? RUN_SHA,
      pull_requests: options.pullRequests ?? [],
      head_repository: {
        full_name: options.headRepo,
        name: options.headRepo.split('/')[1],
        owner: { login: headOwner }
      },
      repository: { full_name: options.runRepo ?? `${OWNER}/${REPO}` }
    }
  };
}

/** An entry of `workflow_run.pull_requests` (GitHub's abbreviated form). */
function listed(number: number, baseRepoId: number, baseRepo: string): unknown {
  return {
    id: 100 + number,
    number,
    url: `https://api.github.com/repos/${baseRepo}/pulls/${number}`,
    head: {
      ref: 'feature',
      sha: RUN_SHA,
      repo: { id: baseRepoId, url: `https://api.github.com/repos/${baseRepo}`, name: 'models' }
    },
    base: {
      ref: 'main',
      sha: 'b'.repeat(40),
      repo: { id: baseRepoId, url: `https://api.github.com/repos/${baseRepo}`, name: 'models' }
    }
  };
}

const paths = (): string[] => api.state.apiRequests.map((r) => `${r.method} ${r.path}${r.query ? `?${r.query}` : ''}`);

describe('resolvePullRequest', () => {
  it('uses and verifies the PR listed in the event (same repository)', async () => {
    api.state.pulls.push({ number: 5, headSha: RUN_SHA, headRef: 'feature', headRepo: `${OWNER}/${REPO}` });
    const resolved = await resolvePullRequest(api.octokit, {
      owner: OWNER,
      repo: REPO,
      payload: payload({ headRepo: `${OWNER}/${REPO}`, pullRequests: [listed(5, 1, `${OWNER}/${REPO}`)] })
    });
    expect(resolved.diagnostics).toEqual([]);
    expect(resolved.run).toMatchObject({
      runId: RUN_ID,
      headSha: RUN_SHA,
      headRepoFullName: `${OWNER}/${REPO}`,
      event: 'pull_request',
      conclusion: 'success'
    });
    expect(resolved.pullRequests).toEqual([
      {
        number: 5,
        headSha: RUN_SHA,
        headRepoFullName: `${OWNER}/${REPO}`,
        htmlUrl: `https://github.example/${OWNER}/${REPO}/pull/5`,
        // The test server's PRs have this base commit; it becomes the change's base (src/action/base.ts).
        baseSha: 'b'.repeat(40),
        fromFork: false
      }
    ]);
    expect(paths()).toEqual([`GET /repos/${OWNER}/${REPO}/pulls/5`]);
  });

  it('finds a fork PR (empty list in the event) by head branch, then verifies it', async () => {
    // Another fork's PR from a branch of the same name; 105 older PRs from alice:feature into
    // other base branches at another commit, so the search spans two pages of 100 and the PR
    // at the run's commit is on the second.
    api.state.pulls.push({ number: 11, headSha: RUN_SHA, headRef: 'feature', headRepo: 'mallory/models' });
    for (let n = 1; n <= 105; n++)
      api.state.pulls.push({
        number: 1000 + n,
        headSha: 'd'.repeat(40),
        headRef: 'feature',
        headRepo: 'alice/models',
        baseRef: `release-${n}`
      });
    api.state.pulls.push({ number: 12, headSha: RUN_SHA, headRef: 'feature', headRepo: 'alice/models' });
    const resolved = await resolvePullRequest(api.octokit, {
      owner: OWNER,
      repo: REPO,
      payload: payload({ headRepo: 'alice/models' })
    });
    expect(resolved.diagnostics).toEqual([]);
    expect(resolved.pullRequests.map((p) => [p.number, p.fromFork])).toEqual([[12, true]]);
    expect(paths()).toEqual([
      `GET /repos/${OWNER}/${REPO}/pulls?state=open&head=alice%3Afeature&per_page=100`,
      `GET /repos/${OWNER}/${REPO}/pulls?state=open&head=alice%3Afeature&per_page=100&page=2`,
      `GET /repos/${OWNER}/${REPO}/pulls/12`
    ]);
  });

  it("falls back to the commit's PRs and keeps only the one from the run's head repository", async () => {
    // The fork renamed its branch after pushing; a look-alike fork opened a PR with the same commit.
    api.state.pulls.push({ number: 21, headSha: RUN_SHA, headRef: 'copied', headRepo: 'mallory/models' });
    api.state.pulls.push({ number: 22, headSha: RUN_SHA, headRef: 'renamed', headRepo: 'alice/models' });
    const resolved = await resolvePullRequest(api.octokit, {
      owner: OWNER,
      repo: REPO,
      payload: payload({ headRepo: 'alice/models' })
    });
    expect(resolved.pullRequests.map((p) => p.number)).toEqual([22]);
    expect(paths()).toContain(`GET /repos/${OWNER}/${REPO}/commits/${RUN_SHA}/pulls?per_page=100`);
  });

  it("ignores PRs of the fork's own repository that the event lists", async () => {
    api.state.pulls.push({ number: 12, headSha: RUN_SHA, headRef: 'feature', headRepo: 'alice/models' });
    const resolved = await resolvePullRequest(api.octokit, {
      owner: OWNER,
      repo: REPO,
      payload: payload({ headRepo: 'alice/models', pullRequests: [listed(3, 77, 'alice/models')] })
    });
    expect(resolved.pullRequests.map((p) => p.number)).toEqual([12]);
    expect(paths()).not.toContain(`GET /repos/${OWNER}/${REPO}/pulls/3`);
  });

  it('posts nothing on a PR whose head moved on since the run', async () => {
    api.state.pulls.push({ number: 12, headSha: NEWER_SHA, headRef: 'feature', headRepo: 'alice/models' });
    // The search by branch finds no PR at the run's commit, nor does the commit search; the
    // event listing (same-repository case) is where the moved head shows up.
    const resolved = await resolvePullRequest(api.octokit, {
      owner: OWNER,
      repo: REPO,
      payload: payload({ headRepo: 'alice/models', pullRequests: [listed(12, 1, `${OWNER}/${REPO}`)] })
    });
    expect(resolved.pullRequests).toEqual([]);
    expect(resolved.diagnostics.map((d) => [d.severity, d.code])).toEqual([['warning', 'workflow-run/pr-head-moved']]);
    expect(resolved.diagnostics[0].message).toContain('#12');
    expect(resolved.diagnostics[0].message).toContain(NEWER_SHA.slice(0, 7));
  });

  it('says there is no PR when a fork PR was closed or its head moved (search finds none)', async () => {
    api.state.pulls.push({ number: 12, headSha: NEWER_SHA, headRef: 'feature', headRepo: 'alice/models' });
    const resolved = await resolvePullRequest(api.octokit, {
      owner: OWNER,
      repo: REPO,
      payload: payload({ headRepo: 'alice/models' })
    });
    expect(resolved.pullRequests).toEqual([]);
    expect(resolved.diagnostics.map((d) => [d.severity, d.code])).toEqual([
      ['warning', 'workflow-run/no-pull-request']
    ]);
  });

  it('does not accept a PR whose fork was deleted (no head repository to compare)', async () => {
    api.state.pulls.push({ number: 12, headSha: RUN_SHA, headRef: 'feature', headRepo: null });
    const resolved = await resolvePullRequest(api.octokit, {
      owner: OWNER,
      repo: REPO,
      payload: payload({ headRepo: 'alice/models', pullRequests: [listed(12, 1, `${OWNER}/${REPO}`)] })
    });
    expect(resolved.pullRequests).toEqual([]);
  });

  describe('a PR number claimed by an artifact', () => {
    beforeEach(() => {
      api.state.pulls.push({ number: 12, headSha: RUN_SHA, headRef: 'feature', headRepo: 'alice/models' });
      api.state.pulls.push({
        number: 13,
        headSha: RUN_SHA,
        headRef: 'feature',
        headRepo: 'alice/models',
        baseRef: 'release'
      });
    });

    it('narrows the verified PRs when it agrees with the API', async () => {
      const resolved = await resolvePullRequest(api.octokit, {
        owner: OWNER,
        repo: REPO,
        payload: payload({ headRepo: 'alice/models' }),
        claimedPrNumber: '13\n'
      });
      expect(resolved.diagnostics).toEqual([]);
      expect(resolved.pullRequests.map((p) => p.number)).toEqual([13]);
    });

    it.each([
      ['a PR the API does not link to the run', '99', 'workflow-run/pr-hint-mismatch', 'claims PR #99'],
      ['garbage', '12; rm -rf /', 'workflow-run/pr-hint-invalid', 'not a PR number'],
      ['zero', '0', 'workflow-run/pr-hint-invalid', 'not a PR number']
    ])('refuses %s and posts on no PR', async (_title, claim, code, text) => {
      const resolved = await resolvePullRequest(api.octokit, {
        owner: OWNER,
        repo: REPO,
        payload: payload({ headRepo: 'alice/models' }),
        claimedPrNumber: claim
      });
      expect(resolved.pullRequests).toEqual([]);
      expect(resolved.diagnostics.map((d) => [d.severity, d.code])).toEqual([['error', code]]);
      expect(resolved.diagnostics[0].message).toContain(text);
    });

    it('refuses a claim when the API finds no PR at all', async () => {
      api.state.pulls.length = 0;
      const resolved = await resolvePullRequest(api.octokit, {
        owner: OWNER,
        repo: REPO,
        payload: payload({ headRepo: 'alice/models' }),
        claimedPrNumber: '12'
      });
      expect(resolved.pullRequests).toEqual([]);
      expect(resolved.diagnostics.map((d) => d.code)).toEqual(['workflow-run/pr-hint-mismatch']);
      expect(resolved.diagnostics[0].message).toContain('no open PR');
    });
  });

  it('reports an API failure in plain words', async () => {
    api.state.faults.push({ path: /\/pulls$/, status: 500, times: 5, body: { message: 'Server Error' } });
    const resolved = await resolvePullRequest(api.octokit, {
      owner: OWNER,
      repo: REPO,
      payload: payload({ headRepo: 'alice/models' })
    });
    expect(resolved.pullRequests).toEqual([]);
    expect(resolved.diagnostics.map((d) => [d.severity, d.code])).toEqual([['error', 'workflow-run/api-failed']]);
    expect(resolved.diagnostics[0].message).toContain('500');
  });
});

describe('readWorkflowRun', () => {
  it.each([
    ['a pull_request payload', { pull_request: { number: 1 } }, 'workflow-run/bad-event', 'no "workflow_run"'],
    [
      'a short SHA',
      { workflow_run: { id: 1, head_sha: 'abc', head_repository: { full_name: 'a/b' } } },
      'workflow-run/bad-event',
      'head_sha'
    ],
    [
      'no run id',
      { workflow_run: { head_sha: RUN_SHA, head_repository: { full_name: 'a/b' } } },
      'workflow-run/bad-event',
      'workflow_run.id'
    ],
    ['no head repository', { workflow_run: { id: 1, head_sha: RUN_SHA } }, 'workflow-run/bad-event', 'head_repository'],
    [
      'a run of another repository',
      payload({ headRepo: 'alice/models', runRepo: 'other/repo' }),
      'workflow-run/other-repository',
      'other/repo'
    ]
  ])('refuses %s', (_title, body, code, text) => {
    const read = readWorkflowRun(body, OWNER, REPO);
    expect(read.run).toBeUndefined();
    expect(read.diagnostics.map((d) => d.code)).toEqual([code]);
    expect(read.diagnostics[0].message).toContain(text);
  });
});

describe('readPrNumberHint', () => {
  let temp: string;
  beforeEach(async () => {
    temp = await mkdtemp(path.join(tmpdir(), 'cg-hint-'));
  });
  afterEach(async () => {
    await rm(temp, { recursive: true, force: true });
  });

  async function artifact(name: string, hint?: string): Promise<{ name: string; root: string }> {
    const root = path.join(temp, name);
    await mkdir(root, { recursive: true });
    if (hint !== undefined) await writeFile(path.join(root, 'pr-number'), hint);
    return { name, root };
  }

  it('reads the one value the artifacts agree on', async () => {
    expect(
      await readPrNumberHint([await artifact('a', '12\n'), await artifact('b'), await artifact('c', '12')])
    ).toEqual({ value: '12', diagnostics: [] });
  });

  it('has nothing to say without a hint file', async () => {
    expect(await readPrNumberHint([await artifact('a')])).toEqual({ diagnostics: [] });
  });

  it('refuses artifacts that disagree', async () => {
    const read = await readPrNumberHint([await artifact('a', '12'), await artifact('b', '13')]);
    expect(read.value).toBeUndefined();
    expect(read.diagnostics.map((d) => d.code)).toEqual(['workflow-run/pr-hint-conflict']);
  });

  it('refuses an oversized hint file without reading it', async () => {
    const read = await readPrNumberHint([await artifact('a', '1'.repeat(65))]);
    expect(read.diagnostics.map((d) => d.code)).toEqual(['workflow-run/pr-hint-invalid']);
  });
});
