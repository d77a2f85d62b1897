/** Commit statuses posted over real HTTP to the local API server. */
import {
  MAX_DESCRIPTION_CHARS,
  runPageUrl,
  setCommitStatus,
  statusStateFor,
  truncateDescription
} from '../../src/action/commit-status.js';
import { useArtifactServerPerTest } from '../support/artifact-server-per-test.js';

const OWNER = 'acme';
const REPO = 'models';
const SHA = 'a'.repeat(40);
const TOKEN = 'ghs_status_token';

const api = useArtifactServerPerTest(OWNER, REPO, TOKEN);

describe('setCommitStatus', () => {
  it('posts pending, then the verdict, on the head SHA with a link to the run', async () => {
    const target = runPageUrl('https://github.com/', OWNER, REPO, 777);
    expect(target).toBe('https://github.com/acme/models/actions/runs/777');
    const pending = await setCommitStatus(api.octokit, {
      owner: OWNER,
      repo: REPO,
      sha: SHA,
      context: 'carbon-gate',
      state: 'pending',
      description: 'Measuring the training run…',
      targetUrl: target
    });
    const final = await setCommitStatus(api.octokit, {
      owner: OWNER,
      repo: REPO,
      sha: SHA,
      context: 'carbon-gate',
      state: 'failure',
      description: 'Over budget: 612 kg CO2e of 500 kg',
      targetUrl: target
    });
    expect(pending).toEqual({ ok: true, id: 5000, diagnostics: [] });
    expect(final).toEqual({ ok: true, id: 5001, diagnostics: [] });
    expect(api.state.statuses).toEqual([
      {
        id: 5000,
        sha: SHA,
        state: 'pending',
        context: 'carbon-gate',
        description: 'Measuring the training run…',
        target_url: target
      },
      {
        id: 5001,
        sha: SHA,
        state: 'failure',
        context: 'carbon-gate',
        description: 'Over budget: 612 kg CO2e of 500 kg',
        target_url: target
      }
    ]);
  });

  it('cuts a long description so GitHub accepts it (it answers 422 above 140 characters)', async () => {
    const long = `Over budget: ${'a very long run name '.repeat(20)}`;
    const result = await setCommitStatus(api.octokit, {
      owner: OWNER,
      repo: REPO,
      sha: SHA,
      context: 'carbon-gate',
      state: 'failure',
      description: long
    });
    expect(result.ok).toBe(true);
    const sent = api.state.statuses[0].description as string;
    expect([...sent].length).toBeLessThanOrEqual(MAX_DESCRIPTION_CHARS);
    // "Over budget: " is 13 characters and each repeat 21, so 139 = 13 + 6 * 21 ends on a space,
    // which is dropped before the ellipsis.
    expect(sent).toBe(`${long.slice(0, 139).trimEnd()}…`);
  });

  it('turns a refusal (read-only token) into a warning naming the permission, never the token', async () => {
    api.state.faults.push({
      method: 'POST',
      path: /\/statuses\//,
      status: 403,
      times: 1,
      body: { message: 'Resource not accessible by integration' }
    });
    const result = await setCommitStatus(api.octokit, {
      owner: OWNER,
      repo: REPO,
      sha: SHA,
      context: 'carbon-gate',
      state: 'success',
      description: 'Within budget'
    });
    expect(result.ok).toBe(false);
    expect(result.diagnostics.map((d) => [d.severity, d.code])).toEqual([['warning', 'commit-status/failed']]);
    expect(result.diagnostics[0].message).toContain('statuses: write');
    expect(result.diagnostics[0].message).toContain('403');
    expect(result.diagnostics[0].message).not.toContain(TOKEN);
  });

  it.each([
    ['a short SHA', { sha: 'abc1234' }, 'commit-status/invalid'],
    ['an empty context', { context: '  ' }, 'commit-status/invalid']
  ])('sends nothing for %s', async (_title, bad, code) => {
    const result = await setCommitStatus(api.octokit, {
      owner: OWNER,
      repo: REPO,
      sha: SHA,
      context: 'carbon-gate',
      state: 'success',
      description: 'x',
      ...bad
    });
    expect(result.diagnostics.map((d) => d.code)).toEqual([code]);
    expect(api.state.apiRequests).toEqual([]);
  });

  it('drops a link that is not http(s) and says so', async () => {
    const result = await setCommitStatus(api.octokit, {
      owner: OWNER,
      repo: REPO,
      sha: SHA,
      context: 'carbon-gate',
      state: 'success',
      description: 'ok',
      targetUrl: 'javascript:alert(1)'
    });
    expect(result.ok).toBe(true);
    expect(result.diagnostics.map((d) => d.code)).toEqual(['commit-status/bad-target-url']);
    expect(api.state.statuses[0].target_url).toBeNull();
  });
});

describe('truncateDescription', () => {
  it.each([
    ['short', 10, 'short'],
    ['two\nlines\t here', 140, 'two lines here'],
    ['abcdefghij', 10, 'abcdefghij'],
    ['abcdefghijk', 10, 'abcdefghi…'],
    // Code points, not UTF-16 units: each emoji counts once.
    ['🌍🌍🌍🌍🌍', 4, '🌍🌍🌍…']
  ])('%p within %p characters -> %p', (text, max, expected) => {
    expect(truncateDescription(text, max)).toBe(expected);
  });
});

describe('statusStateFor', () => {
  it.each([
    [{ stepFails: false, inputValid: true }, 'success'],
    [{ stepFails: true, inputValid: true }, 'failure'],
    [{ stepFails: true, inputValid: false }, 'error'],
    [{ stepFails: false, inputValid: false }, 'error']
  ])('%p -> %p', (outcome, state) => {
    expect(statusStateFor(outcome)).toBe(state);
  });
});

describe('setCommitStatus: what the description carries', () => {
  it('masks tokens and shows control and bidi characters as escapes, before cutting to 140', async () => {
    const pat = `ghp_${'Z9y8X7w6V5'.repeat(3)}u4T3s2`;
    const result = await setCommitStatus(api.octokit, {
      owner: OWNER,
      repo: REPO,
      sha: SHA,
      context: 'carbon-gate',
      state: 'failure',
      description: `Over budget\n::error::x \u001b[31m\u202e ${pat}`
    });
    expect(result.ok).toBe(true);
    expect(api.state.statuses.at(-1)?.description).toBe('Over budget\\n::error::x \\x1b[31m\\u202e ***');
  });
});
