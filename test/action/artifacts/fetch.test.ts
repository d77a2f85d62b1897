/**
 * Listing, downloading and extracting artifacts with the real Octokit client over real HTTP
 * against test/support/artifact-server.ts, serving real zip files built in the test.
 */
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { downloadArtifact } from '../../../src/action/artifacts/download.js';
import { fetchArtifacts } from '../../../src/action/artifacts/fetch.js';
import { listArtifacts } from '../../../src/action/artifacts/list.js';
import { loadArtifactSources } from '../../../src/action/artifacts/sources.js';
import { useArtifactServerPerTest } from '../../support/artifact-server-per-test.js';
import { buildZip } from '../../support/zip.js';
import { listTree } from '../../support/list-tree.js';

const OWNER = 'acme';
const REPO = 'models';
const RUN_ID = 42;
const TOKEN = 'ghs_test_token_artifacts';

const api = useArtifactServerPerTest(OWNER, REPO, TOKEN);
let temp: string;

/** The zip one matrix node uploads: the shared manifest and its own power log. */
function nodeZip(node: number): Buffer {
  return buildZip([
    { name: 'carbon-manifest.yml', data: 'version: 1\nruns:\n  - name: bert\n    traces: [logs/*.csv]\n' },
    {
      name: `logs/power-node-${node}.csv`,
      data: `timestamp, index, power.draw [W]\n2026/01/01 00:00:0${node}.000, 0, ${300 + node}.00 W\n`
    }
  ]);
}

/**
 * Run 42 has 105 artifacts, so the list spans two pages of 100: fillers, four matrix nodes (one
 * of them on page 2), an expired node, and artifacts of another run that must not show up.
 */
function seedMatrix(): void {
  let id = 1000;
  for (let i = 0; i < 100; i++) {
    if (i === 10)
      for (const node of [0, 1, 2])
        api.state.artifacts.push({ id: id++, name: `power-node-${node}`, runId: RUN_ID, zip: nodeZip(node) });
    if (i === 20)
      api.state.artifacts.push({ id: id++, name: 'power-node-9', runId: RUN_ID, zip: nodeZip(9), expired: true });
    api.state.artifacts.push({
      id: id++,
      name: `coverage-${i}`,
      runId: RUN_ID,
      zip: buildZip([{ name: 'lcov.info', data: 'x' }])
    });
  }
  api.state.artifacts.push({ id: id++, name: 'power-node-3', runId: RUN_ID, zip: nodeZip(3) });
  api.state.artifacts.push({ id, name: 'power-node-7', runId: 43, zip: nodeZip(7) });
}

beforeEach(async () => {
  temp = await mkdtemp(path.join(tmpdir(), 'cg-runner-temp-'));
});

afterEach(async () => {
  await rm(temp, { recursive: true, force: true });
});

describe('listArtifacts', () => {
  it('reads every page and picks matrix artifacts by glob, reporting expired ones', async () => {
    seedMatrix();
    const listed = await listArtifacts(api.octokit, {
      owner: OWNER,
      repo: REPO,
      runId: RUN_ID,
      patterns: ['power-node-*']
    });
    // 100 fillers + 4 live nodes + 1 expired node = 105 in run 42.
    expect(listed.total).toBe(105);
    expect(listed.matched.map((a) => a.name)).toEqual(['power-node-0', 'power-node-1', 'power-node-2', 'power-node-3']);
    expect(listed.expired.map((a) => a.name)).toEqual(['power-node-9']);
    expect(listed.diagnostics.map((d) => [d.severity, d.code])).toEqual([['error', 'artifact/expired']]);
    expect(listed.diagnostics[0].message).toContain('"power-node-9"');
    const pages = api.state.apiRequests
      .filter((r) => r.path.endsWith(`/runs/${RUN_ID}/artifacts`))
      .map((r) => new URLSearchParams(r.query).get('page') ?? '1');
    expect(pages).toEqual(['1', '2']);
  });

  it('reports a pattern that matches nothing, with the closest names, at the configured severity', async () => {
    seedMatrix();
    const listed = await listArtifacts(api.octokit, {
      owner: OWNER,
      repo: REPO,
      runId: RUN_ID,
      patterns: ['power-node-0', 'power-nod-1', ''],
      missingSeverity: 'warning'
    });
    expect(listed.matched.map((a) => a.name)).toEqual(['power-node-0']);
    expect(listed.unmatchedPatterns).toEqual(['power-nod-1']);
    expect(listed.diagnostics.map((d) => [d.severity, d.code])).toEqual([['warning', 'artifact/no-match']]);
    expect(listed.diagnostics[0].message).toContain('Did you mean "power-node-1"');
  });

  it('says so when the run uploaded no artifacts at all', async () => {
    const listed = await listArtifacts(api.octokit, { owner: OWNER, repo: REPO, runId: 77, patterns: ['power-*'] });
    expect(listed.diagnostics.map((d) => d.code)).toEqual(['artifact/none-in-run']);
    expect(listed.diagnostics[0].message).toContain('run 77');
    expect(listed.unmatchedPatterns).toEqual(['power-*']);
  });

  it('asks nothing when no artifact is wanted', async () => {
    const listed = await listArtifacts(api.octokit, { owner: OWNER, repo: REPO, runId: RUN_ID, patterns: [' ', ''] });
    expect(listed).toEqual({ matched: [], expired: [], unmatchedPatterns: [], total: 0, diagnostics: [] });
    expect(api.state.apiRequests).toEqual([]);
  });

  it('turns an API failure into one error naming the permission', async () => {
    api.state.faults.push({
      path: /\/artifacts$/,
      status: 403,
      times: 1,
      body: { message: 'Resource not accessible by integration' }
    });
    const listed = await listArtifacts(api.octokit, { owner: OWNER, repo: REPO, runId: RUN_ID, patterns: ['power-*'] });
    expect(listed.diagnostics.map((d) => [d.severity, d.code])).toEqual([['error', 'artifact/list-failed']]);
    expect(listed.diagnostics[0].message).toContain('403');
    expect(listed.diagnostics[0].message).toContain('actions: read');
    expect(listed.diagnostics[0].message).not.toContain(TOKEN);
  });
});

describe('downloadArtifact', () => {
  const zip = nodeZip(0);
  const sha256 = createHash('sha256').update(zip).digest('hex');

  beforeEach(() => {
    api.state.artifacts.push({ id: 7, name: 'power-node-0', runId: RUN_ID, zip });
    api.state.artifacts.push({ id: 8, name: 'old', runId: RUN_ID, zip, expired: true });
  });

  it('follows the redirect to storage without sending the token there, streaming to disk', async () => {
    const dest = path.join(temp, 'dl', 'a.zip');
    const result = await downloadArtifact(
      api.octokit,
      { owner: OWNER, repo: REPO, artifactId: 7, expectedDigest: `sha256:${sha256}` },
      dest
    );
    expect(result).toEqual({ ok: true, bytes: zip.length, diagnostics: [] });
    expect(await readFile(dest)).toEqual(zip);
    expect(api.state.apiRequests.find((r) => r.path.endsWith('/artifacts/7/zip'))?.authorization).toBe(
      `token ${TOKEN}`
    );
    expect(api.state.storageRequests).toEqual([{ path: '/blobs/7.zip', authorization: undefined }]);
  });

  it('works through the retry and throttling plugins the adapter installs', async () => {
    const withPlugins = getOctokit(
      TOKEN,
      {
        baseUrl: api.server.apiUrl,
        retry: { retries: 2, retryAfterBaseValue: 1 },
        throttle: { id: 'artifact-test', onRateLimit: () => false, onSecondaryRateLimit: () => false }
      },
      retry,
      throttling
    );
    api.state.faults.push({ path: /\/artifacts\/7\/zip$/, status: 502, times: 1 });
    const dest = path.join(temp, 'b.zip');
    const result = await downloadArtifact(withPlugins, { owner: OWNER, repo: REPO, artifactId: 7 }, dest);
    expect(result.diagnostics).toEqual([]);
    expect(await readFile(dest)).toEqual(zip);
  });

  it('streams a zip served directly (no redirect)', async () => {
    api.state.downloadMode = 'direct';
    const dest = path.join(temp, 'c.zip');
    const result = await downloadArtifact(api.octokit, { owner: OWNER, repo: REPO, artifactId: 7 }, dest);
    expect(result.ok).toBe(true);
    expect(await readFile(dest)).toEqual(zip);
  });

  it.each([
    ['an expired artifact (410 Gone)', 8, {}, 'artifact/expired'],
    ['an unknown artifact (404)', 999, {}, 'artifact/not-found'],
    ['a zip over the size limit', 7, { maxZipBytes: 100 }, 'artifact/too-large'],
    [
      'a zip that does not match its digest',
      7,
      { expectedDigest: `sha256:${'0'.repeat(64)}` },
      'artifact/digest-mismatch'
    ]
  ])('refuses %s and leaves no file', async (_title, artifactId, extra, code) => {
    const dest = path.join(temp, 'd.zip');
    const result = await downloadArtifact(
      api.octokit,
      { owner: OWNER, repo: REPO, artifactId, artifactName: 'x', ...extra },
      dest
    );
    expect(result.ok).toBe(false);
    expect(result.diagnostics.map((d) => d.code)).toEqual([code]);
    expect(result.diagnostics[0].message).toContain('Artifact "x"');
    await expect(stat(dest)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('stops a stream that exceeds the limit even when no length was announced', async () => {
    // A fetch that drops Content-Length, so only the byte meter can notice the size.
    const chunked: typeof fetch = async (input, init) => {
      const r = await fetch(input, init);
      return new Response(r.body, { status: r.status });
    };
    const dest = path.join(temp, 'e.zip');
    const result = await downloadArtifact(
      api.octokit,
      { owner: OWNER, repo: REPO, artifactId: 7, maxZipBytes: 100, fetch: chunked },
      dest
    );
    expect(result.diagnostics.map((d) => d.code)).toEqual(['artifact/too-large']);
    await expect(stat(dest)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('reports a storage URL that no longer works', async () => {
    const rotate: typeof fetch = async (input, init) => {
      api.state.signatures.set(7, 'rotated');
      return fetch(input, init);
    };
    const result = await downloadArtifact(
      api.octokit,
      { owner: OWNER, repo: REPO, artifactId: 7, fetch: rotate },
      path.join(temp, 'f.zip')
    );
    expect(result.diagnostics.map((d) => d.code)).toEqual(['artifact/download-failed']);
    expect(result.diagnostics[0].message).toContain('403');
  });
});

describe('fetchArtifacts: the limits of a whole run', () => {
  const downloads = (): string[] =>
    api.state.apiRequests.filter((r) => /\/zip$/.test(r.path)).map((r) => r.path.split('/').at(-2) ?? '');

  it('reads at most `count` artifacts, the first by name; each one past it is an error and is not downloaded', async () => {
    for (const node of [3, 1, 0, 2])
      api.state.artifacts.push({ id: 10 + node, name: `power-node-${node}`, runId: RUN_ID, zip: nodeZip(node) });
    const fetched = await fetchArtifacts(api.octokit, {
      owner: OWNER,
      repo: REPO,
      runId: RUN_ID,
      patterns: ['power-node-*'],
      tempDir: temp,
      limits: { maxArtifacts: 2 }
    });
    expect(fetched.artifacts.map((a) => a.name)).toEqual(['power-node-0', 'power-node-1']);
    expect(fetched.failed.map((a) => a.name).sort()).toEqual(['power-node-2', 'power-node-3']);
    expect(fetched.diagnostics.map((d) => [d.severity, d.code])).toEqual([
      ['error', 'artifact/limit-count'],
      ['error', 'artifact/limit-count']
    ]);
    expect(fetched.diagnostics[0].message).toMatch(
      /^Artifact "power-node-2" was not read: 4 artifacts match, and at most 2 are read per run \(`count` in `artifact-limits`/
    );
    expect(downloads().sort()).toEqual(['10', '11']);
  });

  it('skips, before downloading, an artifact whose listed zip alone exceeds what is left of `run-total`', async () => {
    const small = nodeZip(0);
    const big = buildZip([{ name: 'logs/big.csv', data: randomBytes(64 * 1024), method: 'store' }]);
    api.state.artifacts.push({ id: 1, name: 'a-small', runId: RUN_ID, zip: small });
    api.state.artifacts.push({ id: 2, name: 'b-big', runId: RUN_ID, zip: big });
    const fetched = await fetchArtifacts(api.octokit, {
      owner: OWNER,
      repo: REPO,
      runId: RUN_ID,
      patterns: ['*'],
      tempDir: temp,
      limits: { maxRunTotalBytes: 32 * 1024 }
    });
    expect(fetched.artifacts.map((a) => a.name)).toEqual(['a-small']);
    expect(fetched.diagnostics.map((d) => d.code)).toEqual(['artifact/limit-run-total']);
    expect(fetched.diagnostics[0].message).toContain('Artifact "b-big" was not read: its zip alone is');
    expect(fetched.diagnostics[0].message).toContain('at most 32 KiB (`run-total` in `artifact-limits`)');
    expect(downloads()).toEqual(['1']);
  });

  it('counts what the artifacts before unpacked: one whose entries would cross `run-total` is refused, and nothing of it kept', async () => {
    // Each unpacks to 40,000 bytes of zeros from a zip of a few hundred bytes.
    const zeros = (name: string) => buildZip([{ name: `logs/${name}.csv`, data: Buffer.alloc(40_000) }]);
    api.state.artifacts.push({ id: 1, name: 'node-a', runId: RUN_ID, zip: zeros('a') });
    api.state.artifacts.push({ id: 2, name: 'node-b', runId: RUN_ID, zip: zeros('b') });
    const fetched = await fetchArtifacts(api.octokit, {
      owner: OWNER,
      repo: REPO,
      runId: RUN_ID,
      patterns: ['node-*'],
      tempDir: temp,
      limits: { maxRunTotalBytes: 60_000 }
    });
    expect(fetched.artifacts.map((a) => [a.name, a.bytes])).toEqual([['node-a', 40_000]]);
    expect(fetched.failed.map((a) => a.name)).toEqual(['node-b']);
    expect(fetched.diagnostics.map((d) => d.code)).toEqual(['artifact/limit-run-total']);
    expect(fetched.diagnostics[0].message).toMatch(
      /^Artifact "node-b" was not read: its entries claim 39.1 KiB in total, the run's artifacts before it unpacked 39.1 KiB/
    );
    expect(await listTree(temp)).toEqual([
      'carbon-gate-artifacts/',
      'carbon-gate-artifacts/node-a/',
      'carbon-gate-artifacts/node-a/logs/',
      'carbon-gate-artifacts/node-a/logs/a.csv',
      'carbon-gate-downloads/'
    ]);
  });
});

describe('fetchArtifacts', () => {
  it('extracts every matrix node into its own folder under RUNNER_TEMP and reports the rest', async () => {
    seedMatrix();
    const fetched = await fetchArtifacts(api.octokit, {
      owner: OWNER,
      repo: REPO,
      runId: RUN_ID,
      patterns: ['power-node-*'],
      tempDir: temp
    });
    const base = path.join(temp, 'carbon-gate-artifacts');
    expect(fetched.baseDir).toBe(base);
    expect(fetched.artifacts.map((a) => [a.name, a.root, a.files])).toEqual(
      [0, 1, 2, 3].map((n) => [
        `power-node-${n}`,
        path.join(base, `power-node-${n}`),
        ['carbon-manifest.yml', `logs/power-node-${n}.csv`]
      ])
    );
    expect(await readFile(path.join(base, 'power-node-3/logs/power-node-3.csv'), 'utf8')).toContain('303.00 W');
    expect(fetched.expired.map((a) => a.name)).toEqual(['power-node-9']);
    expect(fetched.diagnostics.map((d) => d.code)).toEqual(['artifact/expired']);
    // The zips are gone once extracted; nothing else was written.
    expect((await listTree(temp)).filter((p) => !p.startsWith('carbon-gate-artifacts/power-node-'))).toEqual([
      'carbon-gate-artifacts/',
      'carbon-gate-downloads/'
    ]);
  });

  it('refuses a hostile artifact, keeps the honest ones, and writes nothing outside its folder', async () => {
    api.state.artifacts.push({ id: 1, name: 'power-node-0', runId: RUN_ID, zip: nodeZip(0) });
    api.state.artifacts.push({
      id: 2,
      name: 'power-node-evil',
      runId: RUN_ID,
      zip: buildZip([
        { name: 'logs/ok.csv', data: 'a' },
        { name: '../../../escaped.txt', data: 'pwned' }
      ])
    });
    api.state.artifacts.push({
      id: 3,
      name: 'power-node-link',
      runId: RUN_ID,
      zip: buildZip([{ name: 'logs', data: '/', unixMode: 0o120777 }])
    });
    const fetched = await fetchArtifacts(api.octokit, {
      owner: OWNER,
      repo: REPO,
      runId: RUN_ID,
      patterns: ['power-node-*'],
      tempDir: temp
    });
    expect(fetched.artifacts.map((a) => a.name)).toEqual(['power-node-0']);
    expect(fetched.failed.map((a) => a.name)).toEqual(['power-node-evil', 'power-node-link']);
    expect(fetched.diagnostics.map((d) => d.code)).toEqual(['artifact/unsafe-path', 'artifact/link-entry']);
    expect(fetched.diagnostics[0].message).toContain('Artifact "power-node-evil"');
    expect(fetched.diagnostics[0].message).toContain('../../../escaped.txt');
    expect(await listTree(temp)).toEqual([
      'carbon-gate-artifacts/',
      'carbon-gate-artifacts/power-node-0/',
      'carbon-gate-artifacts/power-node-0/carbon-manifest.yml',
      'carbon-gate-artifacts/power-node-0/logs/',
      'carbon-gate-artifacts/power-node-0/logs/power-node-0.csv',
      'carbon-gate-downloads/'
    ]);
  });

  it('gives hostile artifact names a safe folder of their own', async () => {
    api.state.artifacts.push({ id: 1, name: '../../escape', runId: RUN_ID, zip: nodeZip(1) });
    api.state.artifacts.push({ id: 2, name: '..', runId: RUN_ID, zip: nodeZip(2) });
    const fetched = await fetchArtifacts(api.octokit, {
      owner: OWNER,
      repo: REPO,
      runId: RUN_ID,
      patterns: ['..', '../../escape'],
      tempDir: temp
    });
    const base = path.join(temp, 'carbon-gate-artifacts');
    // "../../escape" -> "/" becomes "_" -> ".._.._escape" -> leading "." becomes "_".
    // ".." -> leading "." becomes "_" -> "_.".
    expect(fetched.artifacts.map((a) => [a.name, a.root])).toEqual([
      ['..', path.join(base, '_.')],
      ['../../escape', path.join(base, '_._.._escape')]
    ]);
    expect(
      (await listTree(temp)).every((p) => p.startsWith('carbon-gate-artifacts/') || p === 'carbon-gate-downloads/')
    ).toBe(true);
  });

  it('replaces what an earlier step extracted', async () => {
    api.state.artifacts.push({ id: 1, name: 'power-node-0', runId: RUN_ID, zip: nodeZip(0) });
    const first = await fetchArtifacts(api.octokit, {
      owner: OWNER,
      repo: REPO,
      runId: RUN_ID,
      patterns: ['power-node-0'],
      tempDir: temp
    });
    const second = await fetchArtifacts(api.octokit, {
      owner: OWNER,
      repo: REPO,
      runId: RUN_ID,
      patterns: ['power-node-0'],
      tempDir: temp
    });
    expect(first.diagnostics).toEqual([]);
    expect(second.diagnostics).toEqual([]);
    expect(second.artifacts[0].files).toEqual(['carbon-manifest.yml', 'logs/power-node-0.csv']);
  });

  it('reports missing artifacts as warnings when configured so, and extracts nothing', async () => {
    const fetched = await fetchArtifacts(api.octokit, {
      owner: OWNER,
      repo: REPO,
      runId: RUN_ID,
      patterns: ['power-node-*'],
      tempDir: temp,
      missingSeverity: 'warning'
    });
    expect(fetched.artifacts).toEqual([]);
    expect(fetched.diagnostics.map((d) => [d.severity, d.code])).toEqual([['warning', 'artifact/none-in-run']]);
  });
});

describe('loadArtifactSources', () => {
  it("merges a committed manifest with the matrix's logs, reading the uploaded copies once", async () => {
    seedMatrix();
    const workspace = path.join(temp, 'workspace');
    const manifestText = 'version: 1\nruns:\n  - name: bert\n    traces: [logs/*.csv]\n';
    await mkdir(path.join(workspace, 'carbon'), { recursive: true });
    await writeFile(path.join(workspace, 'carbon/carbon-manifest.yml'), manifestText);
    const sources = await loadArtifactSources(api.octokit, {
      owner: OWNER,
      repo: REPO,
      runId: RUN_ID,
      patterns: ['power-node-*'],
      tempDir: path.join(temp, 'runner'),
      workspaceDir: workspace,
      workspaceManifests: [{ file: 'carbon/carbon-manifest.yml', text: manifestText }]
    });
    // Every node uploaded the committed manifest: nothing new to read.
    expect(sources.manifests).toEqual([]);
    expect(sources.diagnostics.map((d) => d.code)).toEqual(['artifact/expired', 'artifact/manifest-merged']);
    const listed = await sources.traces.list('carbon/carbon-manifest.yml', 'logs/*.csv');
    expect(listed.files).toEqual([0, 1, 2, 3].map((n) => `artifact:power-node-${n}/logs/power-node-${n}.csv`));
    expect(sources.prNumberHint).toBeUndefined();
  });

  it('passes on a PR-number hint for checking', async () => {
    api.state.artifacts.push({
      id: 1,
      name: 'carbon-pr',
      runId: RUN_ID,
      zip: buildZip([{ name: 'pr-number', data: '12\n' }])
    });
    const sources = await loadArtifactSources(api.octokit, {
      owner: OWNER,
      repo: REPO,
      runId: RUN_ID,
      patterns: ['carbon-pr'],
      tempDir: temp,
      workspaceDir: temp
    });
    expect(sources.prNumberHint).toBe('12');
    expect(sources.diagnostics).toEqual([]);
  });
});
