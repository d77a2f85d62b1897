/**
 * `run()` in-process with the `artifacts` input, in the one-workflow setup (`needs:`): the gate
 * reads the current run's artifacts from the local API server (list, 302 to a separate storage
 * host, real zips), merges a matrix of node logs into the one run they belong to, and refuses
 * expired and hostile artifacts as configured.
 */
import { beforeEach, describe, expect, test } from '@jest/globals';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { run } from '../../src/action/main.js';
import { bombEntry, buildZip, MODE } from '../support/zip.js';
import { expectedTotals, NODE_MANIFEST, nodeZip } from './artifact-fixtures.js';
import {
  annotations,
  decodeCommand,
  HEAD_SHA,
  OWNER,
  prepareRunner,
  pullRequestEvent,
  REPO,
  useArtifactApi,
  withRunnerEnv
} from './harness.js';

/** GITHUB_RUN_ID of the harness: the run whose artifacts the one-workflow setup reads. */
const CURRENT_RUN = 4242;

const gh = useArtifactApi();

let pr = 300;
beforeEach(() => {
  pr += 1;
  gh.mounted.state.artifacts.length = 0;
  gh.mounted.state.storageRequests.length = 0;
  gh.server.clearRequests();
});

/** Serves the given artifacts as the current run's; ids are unique across tests. */
let nextId = 7000;
function serve(...artifacts: { name: string; zip: Buffer; expired?: boolean }[]): void {
  for (const a of artifacts) gh.mounted.state.artifacts.push({ id: nextId++, runId: CURRENT_RUN, ...a });
}

async function runGate(
  inputs: Record<string, string>,
  files: Record<string, string> = { 'carbon/carbon-manifest.yml': NODE_MANIFEST }
) {
  const setup = prepareRunner({
    server: gh.server,
    payload: pullRequestEvent({ number: pr }),
    files,
    inputs: { budget: '10 kg', ...inputs }
  });
  gh.setups.push(setup);
  const { value: outcome, stdout } = await withRunnerEnv(setup.env, () => run());
  const report = outcome.reportPath ? JSON.parse(readFileSync(outcome.reportPath, 'utf8')) : undefined;
  return { outcome, stdout, setup, outputs: setup.outputs(), summary: setup.summary(), report };
}

/**
 * The report's codes, less the change's base (`base/...`): these tests' pull_request payloads name
 * no base commit, so each run warns that it has none; the base is tested in base.test.ts.
 */
const codes = (report: { diagnostics: { code: string; severity: string }[] }) =>
  report.diagnostics.filter((d) => !d.code.startsWith('base/')).map((d) => `${d.severity} ${d.code}`);

describe("one workflow: the current run's artifacts", () => {
  test("a matrix of node artifacts merges into the committed manifest's run; energy as computed by hand", async () => {
    serve(
      { name: 'carbon-node-0', zip: nodeZip(0) },
      { name: 'carbon-node-1', zip: nodeZip(1) },
      { name: 'carbon-node-2', zip: nodeZip(2) },
      { name: 'coverage-report', zip: buildZip([{ name: 'lcov.info', data: 'TN:\n' }]) }
    );
    const r = await runGate({ artifacts: 'carbon-node-*', 'status-context': 'carbon-gate' });
    const expected = expectedTotals([0, 1, 2]);

    expect(r.outcome.exitCode).toBe(0);
    expect(r.report.runs).toHaveLength(1);
    const measured = r.report.runs[0];
    expect(measured.method).toBe('measured');
    expect(measured.manifest).toBe('carbon/carbon-manifest.yml');
    expect(measured.measurement.files).toEqual([
      'artifact:carbon-node-0/logs/power-node-0.csv',
      'artifact:carbon-node-1/logs/power-node-1.csv',
      'artifact:carbon-node-2/logs/power-node-2.csv'
    ]);
    expect(measured.measurement.devices).toBe(3);
    expect(measured.itEnergyKWh).toBeCloseTo(expected.itKWh, 12);
    expect(Number(r.outputs['energy-kwh'])).toBeCloseTo(expected.kWh, 12);
    expect(Number(r.outputs['emissions-kg'])).toBeCloseTo(expected.kg, 12);
    expect(Number(r.outputs['budget-used'])).toBeCloseTo(expected.kg / 10, 12);
    // The nodes' copies of the committed manifest are not counted again.
    expect(codes(r.report).filter((c) => !c.startsWith('notice'))).toEqual([]);
    // Only the artifacts asked for were downloaded, each from the storage host without the token.
    expect(gh.mounted.state.storageRequests.map((q) => [q.path.replace(/\d+/, 'ID'), q.authorization])).toEqual([
      ['/blobs/ID.zip', undefined],
      ['/blobs/ID.zip', undefined],
      ['/blobs/ID.zip', undefined]
    ]);

    // The comment on the PR, and pending then success on the PR's head commit, linking to the run.
    expect(gh.server.comments(OWNER, REPO, pr)).toHaveLength(1);
    expect(gh.server.comments(OWNER, REPO, pr)[0].body).toContain('Within budget');
    // Only this test sets status-context, so these are its statuses.
    const statuses = gh.server.statuses(OWNER, REPO, HEAD_SHA);
    expect(statuses.map((s) => [s.context, s.state])).toEqual([
      ['carbon-gate', 'pending'],
      ['carbon-gate', 'success']
    ]);
    expect(statuses[1].description).toMatch(/^Within budget: /);
    expect(statuses[1].target_url).toBe(`https://github.example/${OWNER}/${REPO}/actions/runs/${CURRENT_RUN}`);
  });

  test('an expired artifact fails the check by default, naming it', async () => {
    serve(
      { name: 'carbon-node-0', zip: nodeZip(0) },
      { name: 'carbon-node-1', zip: nodeZip(1) },
      { name: 'carbon-node-2', zip: nodeZip(2), expired: true }
    );
    const r = await runGate({ artifacts: 'carbon-node-*' });
    expect(r.outcome.exitCode).toBe(1);
    expect(r.outputs.status).toBe('invalid');
    expect(codes(r.report)).toContain('error artifact/expired');
    const errors = annotations(r.stdout, 'error').map(decodeCommand);
    expect(errors.some((l) => l.includes('artifact/expired') && l.includes('"carbon-node-2"'))).toBe(true);
    expect(r.summary).toContain('carbon-node-2');
    expect(gh.server.comments(OWNER, REPO, pr)[0].body).toContain('carbon-node-2');
  });

  test('with if-artifacts-missing: warn, an expired artifact is a visible warning and the rest is measured', async () => {
    serve(
      { name: 'carbon-node-0', zip: nodeZip(0) },
      { name: 'carbon-node-1', zip: nodeZip(1) },
      { name: 'carbon-node-2', zip: nodeZip(2), expired: true }
    );
    const r = await runGate({ artifacts: 'carbon-node-*', 'if-artifacts-missing': 'warn' });
    const expected = expectedTotals([0, 1]);
    expect(r.outcome.exitCode).toBe(0);
    expect(codes(r.report)).toContain('warning artifact/expired');
    expect(Number(r.outputs['energy-kwh'])).toBeCloseTo(expected.kWh, 12);
    expect(Number(r.outputs['emissions-kg'])).toBeCloseTo(expected.kg, 12);
    expect(
      annotations(r.stdout, 'warning')
        .map(decodeCommand)
        .some((l) => l.includes('"carbon-node-2"') && l.includes('expired'))
    ).toBe(true);
    expect(r.summary).toContain('carbon-node-2');
  });

  test.each([
    ['fail', 'error', 1],
    ['warn', 'warning', 0]
  ] as const)(
    'a pattern that matches nothing (if-artifacts-missing: %s) is reported as %s',
    async (mode, severity, exitCode) => {
      serve({ name: 'carbon-node-0', zip: nodeZip(0) });
      const r = await runGate({ artifacts: 'carbon-node-0\ncarbon-nod-1', 'if-artifacts-missing': mode });
      expect(r.outcome.exitCode).toBe(exitCode);
      expect(codes(r.report)).toContain(`${severity} artifact/no-match`);
      expect(r.report.diagnostics.find((d: { code: string }) => d.code === 'artifact/no-match').message).toContain(
        'Did you mean "carbon-node-0"'
      );
    }
  );

  test('a run that uploaded nothing, with the manifest expected only in artifacts: fails, or warns and judges nothing', async () => {
    const failing = await runGate({ artifacts: 'carbon-node-*' }, {});
    expect(failing.outcome.exitCode).toBe(1);
    expect(codes(failing.report).sort()).toEqual(['error artifact/no-manifests', 'error artifact/none-in-run']);

    const warned = await runGate({ artifacts: 'carbon-node-*', 'if-artifacts-missing': 'warn' }, {});
    expect(warned.outcome.exitCode).toBe(0);
    expect(codes(warned.report).sort()).toEqual(['warning artifact/no-manifests', 'warning artifact/none-in-run']);
    expect(warned.summary).toContain('has no artifacts');
  });
});

describe('hostile artifacts', () => {
  /** Every file under `dir`, relative, sorted. */
  function filesUnder(dir: string): string[] {
    return (readdirSync(dir, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
      .filter((e) => !e.isDirectory())
      .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
      .sort();
  }

  test('traversal, absolute, link and bomb entries are refused; nothing is written outside the extraction folder', async () => {
    const setup = prepareRunner({
      server: gh.server,
      payload: pullRequestEvent({ number: pr }),
      files: { 'carbon/carbon-manifest.yml': NODE_MANIFEST },
      inputs: { budget: '10 kg', artifacts: 'carbon-node-*\nevil-*' }
    });
    gh.setups.push(setup);
    // From RUNNER_TEMP/carbon-gate-artifacts/<name>/, three `..` reach the runner's folder.
    serve(
      { name: 'carbon-node-0', zip: nodeZip(0) },
      { name: 'evil-traversal', zip: nodeZip(1, [{ name: '../../../pwned.txt', data: 'owned' }]) },
      { name: 'evil-absolute', zip: buildZip([{ name: `${setup.dir}/abs-pwned.txt`, data: 'owned' }]) },
      {
        name: 'evil-link',
        zip: buildZip([{ name: 'logs/power-node-9.csv', data: '/etc/passwd', unixMode: MODE.symlink }])
      },
      // 20 MiB of zeros deflates about 1000:1, far above the 100:1 ratio limit.
      { name: 'evil-bomb', zip: buildZip([bombEntry('logs/power-node-8.csv', 20 * 1024 * 1024)]) }
    );
    const { value: outcome, stdout } = await withRunnerEnv(setup.env, () => run());
    const report = JSON.parse(readFileSync(outcome.reportPath as string, 'utf8'));

    expect(outcome.exitCode).toBe(1);
    const refusals = report.diagnostics
      .filter((d: { severity: string }) => d.severity === 'error')
      .map((d: { code: string; message: string }) => [d.code, /Artifact "([^"]+)"/.exec(d.message)?.[1]]);
    expect(refusals).toEqual(
      expect.arrayContaining([
        ['artifact/unsafe-path', 'evil-traversal'],
        ['artifact/unsafe-path', 'evil-absolute'],
        ['artifact/link-entry', 'evil-link'],
        ['artifact/limit-compression-ratio', 'evil-bomb']
      ])
    );
    expect(annotations(stdout, 'error').length).toBeGreaterThanOrEqual(4);

    // The whole runner folder holds only what the runner wrote, the report, and the one good artifact.
    expect(filesUnder(setup.dir)).toEqual([
      'event.json',
      'output.txt',
      'runner-temp/carbon-gate-artifacts/carbon-node-0/carbon-manifest.yml',
      'runner-temp/carbon-gate-artifacts/carbon-node-0/logs/power-node-0.csv',
      'runner-temp/carbon-gate/carbon-gate/report.json',
      'summary.md',
      'workspace/carbon/carbon-manifest.yml'
    ]);
    expect(existsSync(path.join(setup.dir, 'pwned.txt'))).toBe(false);
    expect(existsSync(path.join(setup.dir, 'abs-pwned.txt'))).toBe(false);
    // The good node is still measured, and reported: the check fails on the refusals, not silently.
    // With errors in the input the JSON gives it no energy (issue 9: no number that reads as a result).
    expect(report.status).toBe('invalid');
    expect(report.runs[0].measurement.files.some((f: string) => f.endsWith('logs/power-node-0.csv'))).toBe(true);
    expect(report.runs[0].measurement.samples).toBeGreaterThan(0);
    expect([report.runs[0].itEnergyKWh, report.totals.emissionsKg]).toEqual([null, null]);
  });
});
