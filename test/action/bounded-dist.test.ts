/**
 * The built action (`node dist/index.js`, every action.yml default set as a runner sets it)
 * against the local GitHub API server, on artifacts that would make it read without bound: more
 * artifacts than `count`, more bytes than `run-total` (skipped before downloading), and a gzip bomb
 * inside an artifact's zip, which the zip's own ratio check cannot see. Each one fails the check
 * with an annotation naming the artifact or file and the limit.
 */
import { expect, test } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { buildZip } from '../support/zip.js';
import { nodeZip } from './artifact-fixtures.js';
import {
  annotations,
  decodeCommand,
  prepareRunner,
  pullRequestEvent,
  useArtifactApi,
  type RunnerSetup,
  runActionBundle
} from './harness.js';

/** The run the gate runs in (harness default `GITHUB_RUN_ID`): its own artifacts are read. */
const RUN_ID = 4242;

const gh = useArtifactApi();

/** A gate on this run's artifacts `carbon-node-*`, with the given inputs. */
function gate(inputs: Record<string, string>): RunnerSetup {
  const setup = prepareRunner({
    server: gh.server,
    payload: pullRequestEvent(),
    inputs: { artifacts: 'carbon-node-*', comment: 'off', ...inputs }
  });
  gh.setups.push(setup);
  return setup;
}

/** Error annotations of one code, decoded. */
const errors = (stdout: string, code: string): string[] =>
  annotations(stdout, 'error')
    .map(decodeCommand)
    .filter((l) => l.startsWith(`::error title=carbon-gate ${code}::`));

/** Ids of the artifacts whose zip was asked for. */
const downloaded = (): number[] =>
  gh.mounted.state.apiRequests
    .filter((r) => /\/actions\/artifacts\/\d+\/zip$/.test(r.path))
    .map((r) => Number(r.path.split('/').at(-2)));

beforeEach(() => {
  gh.mounted.state.artifacts.length = 0;
  gh.mounted.state.apiRequests.length = 0;
});

test('more artifacts than `count`: the first by name are read, each one past it is an error and is never downloaded', async () => {
  for (const node of [0, 1, 2])
    gh.mounted.state.artifacts.push({ id: 10 + node, runId: RUN_ID, name: `carbon-node-${node}`, zip: nodeZip(node) });
  const setup = gate({ 'artifact-limits': 'count: 2' });
  const r = await runActionBundle(setup);
  expect(r.code).toBe(1);
  expect(errors(r.stdout, 'artifact/limit-count')).toEqual([
    expect.stringContaining('Artifact "carbon-node-2" was not read: 3 artifacts match, and at most 2 are read per run')
  ]);
  expect(downloaded().sort()).toEqual([10, 11]);
  expect(JSON.parse(readFileSync(setup.outputs()['report-path'], 'utf8')).inputValid).toBe(false);
});

test('more bytes than `run-total`: an artifact whose zip alone is more than what is left is skipped before downloading', async () => {
  // The first unpacks to under 5 KiB; the second's zip alone is over 5 KiB (8 KiB stored as is).
  gh.mounted.state.artifacts.push({ id: 20, runId: RUN_ID, name: 'carbon-node-0', zip: nodeZip(0) });
  const padding = { name: 'logs/padding.bin', data: randomBytes(8 * 1024), method: 'store' as const };
  gh.mounted.state.artifacts.push({ id: 21, runId: RUN_ID, name: 'carbon-node-1', zip: nodeZip(1, [padding]) });
  const setup = gate({ 'artifact-limits': 'run-total: 10 KiB' });
  const r = await runActionBundle(setup);
  expect(r.code).toBe(1);
  expect(errors(r.stdout, 'artifact/limit-run-total')).toEqual([
    expect.stringMatching(/Artifact "carbon-node-1" was not read: its zip alone is .*`run-total` in `artifact-limits`/)
  ]);
  expect(downloaded()).toEqual([20]);
});

test('a gzip bomb inside an artifact zip: the zip passes its own ratio check, the trace reader stops it', async () => {
  const manifest =
    'version: 1\nruns:\n  - name: bomb\n    pue: 1\n    intensity: 400 g/kWh\n    traces: [ "logs/*.csv.gz" ]\n';
  const rows =
    'timestamp, index, power.draw [W]\n2026/01/10 08:00:00.000, 0, 100.00 W\n2026/01/10 08:00:10.000, 0, 100.00 W\n';
  // 24 MiB of newlines after the rows: about 24 KiB of gzip, which the zip stores at a ratio of 1.
  const bomb = gzipSync(Buffer.concat([Buffer.from(rows), Buffer.alloc(24 * 1024 * 1024, 10)]), { level: 9 });
  gh.mounted.state.artifacts.push({
    id: 30,
    runId: RUN_ID,
    name: 'carbon-node-bomb',
    zip: buildZip([
      { name: 'carbon-manifest.yml', data: manifest },
      { name: 'logs/power.csv.gz', data: bomb, method: 'store' }
    ])
  });
  const setup = gate({});
  const r = await runActionBundle(setup);
  expect(r.code).toBe(1);
  expect(errors(r.stdout, 'traces/limit-compression-ratio')).toEqual([
    expect.stringMatching(
      /::artifact:carbon-node-bomb\/logs\/power\.csv\.gz: This gzip trace unpacked .* \(a ratio above 250\)/
    )
  ]);
  expect(errors(r.stdout, 'artifact/limit-compression-ratio')).toEqual([]);
});
