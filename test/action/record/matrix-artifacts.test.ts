/**
 * The matrix case of docs/artifacts.md end to end: each node's job runs the BUILT record step
 * (start, training, `stop: true`), its `carbon/` folder becomes one artifact per node (as
 * actions/upload-artifact with `path: carbon/` zips the folder's contents), and the gate job reads
 * them with `artifacts: carbon-node-*`: one measured run per node, each with the energy its logs
 * integrate to, worked out here from the logs.
 */
import { beforeEach, describe, expect, jest, test } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { run } from '../../../src/action/main.js';
import { buildZip } from '../../support/zip.js';
import { prepareRunner, pullRequestEvent, useArtifactApi, withRunnerEnv } from '../harness.js';
import { RecordJob, waitForSamples, writeFakeNvidiaSmi } from './runner.js';

// Each test runs the bundle as several processes, with pauses for the loggers to sample: on a
// busy machine that takes longer than the default 30 s.
jest.setTimeout(120_000);

const gh = useArtifactApi();
beforeEach(() => {
  gh.mounted.state.artifacts.length = 0;
});

/** The energy of a one-GPU nvidia-smi log of constant `watts`: watts x (last - first time), kWh. */
function constantPowerKWh(csv: string, watts: number): number {
  const times = csv
    .split('\n')
    .slice(1)
    .filter((l) => l.trim() !== '')
    .map((l) => {
      const [d, t] = l.split(', ')[0].split(' ');
      return Date.parse(`${d.replace(/\//g, '-')}T${t}Z`);
    });
  return (watts * ((times[times.length - 1] - times[0]) / 1000)) / 3.6e6;
}

describe('docs/artifacts.md: a matrix of nodes, each recording, one artifact per node, one gate', () => {
  test('the gate measures one run per node from the artifacts the record steps left', async () => {
    const watts = [150, 400];
    const expectedKWh: number[] = [];
    const jobs: RecordJob[] = [];
    try {
      for (const [node, w] of watts.entries()) {
        const job = new RecordJob({ name: `train-node-${node}`, location: 'DE', interval: '500ms', cpu: 'false' });
        jobs.push(job);
        writeFakeNvidiaSmi(job.bin, { models: ['NVIDIA H100 80GB HBM3'], averageW: w, drawW: w + 5 });
        expect((await job.main()).code).toBe(0);
        await waitForSamples(job, { gpu: `power-gpu-train-node-${node}.csv`, gpuRows: 2 });
        expect((await job.main({ stop: 'true' })).code).toBe(0);
        // actions/upload-artifact with `path: carbon/`: the folder's files at the artifact's root.
        const dir = path.join(job.workspace, 'carbon');
        const files = readdirSync(dir).sort();
        expect(files).toEqual(['carbon-manifest.yml', `power-gpu-train-node-${node}.csv`]);
        expectedKWh.push(constantPowerKWh(readFileSync(path.join(dir, files[1]), 'utf8'), w));
        gh.mounted.state.artifacts.push({
          id: 9100 + node,
          runId: 4242,
          name: `carbon-node-${node}`,
          zip: buildZip(files.map((f) => ({ name: f, data: readFileSync(path.join(dir, f)) })))
        });
      }

      // The gate job: a fresh checkout, without the training jobs' folders.
      const setup = prepareRunner({
        server: gh.server,
        payload: pullRequestEvent({ number: 512 }),
        inputs: { artifacts: 'carbon-node-*', budget: '10 kg', comment: 'off' }
      });
      gh.setups.push(setup);
      const { value: outcome } = await withRunnerEnv(setup.env, () => run());
      expect(outcome.exitCode).toBe(0);
      const report = JSON.parse(readFileSync(outcome.reportPath!, 'utf8')) as {
        inputValid: boolean;
        runs: { name: string; manifest: string; method: string; itEnergyKWh: number }[];
      };
      expect(report.inputValid).toBe(true);
      const runs = [...report.runs].sort((a, b) => a.name.localeCompare(b.name));
      expect(runs.map((r) => [r.name, r.manifest, r.method])).toEqual([
        ['train-node-0', 'artifact:carbon-node-0/carbon-manifest.yml', 'measured'],
        ['train-node-1', 'artifact:carbon-node-1/carbon-manifest.yml', 'measured']
      ]);
      for (const [i, r] of runs.entries()) expect(r.itEnergyKWh).toBeCloseTo(expectedKWh[i], 9);
    } finally {
      for (const job of jobs) job.cleanup();
    }
  });
});
