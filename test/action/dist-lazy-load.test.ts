/**
 * What the built action loads. A run that asks the API nothing (a push with no manifest: the step
 * reports `io/no-manifests` and fails) must compile dist/index.js alone: Octokit and its HTTP stack
 * and the artifact reader are chunk files loaded on the first API request or artifact read. A pull
 * request's run, which comments, loads the Octokit chunk and still works (dist.test.ts covers the
 * comment itself). A module hook (node:module register) records every file Node loads.
 */
import { expect, test } from '@jest/globals';
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { useLoadLog } from '../support/load-log.js';
import { MANIFEST } from './fixtures.js';
import { prepareRunner, pullRequestEvent, pushEvent, useArtifactApi, type RunnerSetup } from './harness.js';

const gh = useArtifactApi();
const dist = path.join(process.cwd(), 'dist');
const loads = useLoadLog();

/** Runs dist/index.js as the runner does, with the hook; the exit code, stdout and dist/ files loaded. */
function runLogged(setup: RunnerSetup): Promise<{ code: number | null; stdout: string; loaded: string[] }> {
  const { log, env: logEnv } = loads.start();
  const env: Record<string, string> = { PATH: process.env.PATH ?? '', ...logEnv, ...setup.env };
  return new Promise((resolve, reject) => {
    // Never spawnSync: the local API server shares this process's event loop.
    const child = spawn(process.execPath, [...loads.nodeArgs(), path.join(dist, 'index.js')], {
      cwd: setup.workspace,
      env,
      stdio: ['ignore', 'pipe', 'pipe']
    });
    let stdout = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => {
      resolve({ code, stdout, loaded: loads.loadedIn(log, dist) });
    });
  });
}

/** The one chunk of dist/ whose text holds `marker` (ncc's `CONCATENATED MODULE: ./path` comments). */
function chunkHolding(marker: string): string {
  const found = readdirSync(dist).filter(
    (n) => /^\d+\.index\.js$/.test(n) && readFileSync(path.join(dist, n), 'utf8').includes(marker)
  );
  expect(found).toHaveLength(1);
  return found[0]!;
}

test('a push with nothing to read loads dist/index.js alone, and fails on the missing manifest', async () => {
  const setup = prepareRunner({ server: gh.server, eventName: 'push', payload: pushEvent() });
  gh.setups.push(setup);
  const r = await runLogged(setup);
  expect(r.code).toBe(1);
  expect(r.stdout).toContain('io/no-manifests');
  expect(setup.outputs().status).toBe('invalid');
  expect(r.loaded).toEqual(['index.js']);
});

test('a pull request run loads the Octokit chunk for its comment', async () => {
  const setup = prepareRunner({
    server: gh.server,
    files: { 'carbon-manifest.yml': MANIFEST },
    payload: pullRequestEvent(),
    inputs: { budget: '10 kg' }
  });
  gh.setups.push(setup);
  const r = await runLogged(setup);
  expect(r.code).toBe(0);
  expect(setup.outputs().status).toBe('pass');
  expect(setup.outputs()['comment-id']).not.toBe('');
  expect(r.loaded).toContain(chunkHolding('CONCATENATED MODULE: ./node_modules/@octokit/core/'));
  // The artifact reader stays unloaded: this run reads no artifacts.
  expect(r.loaded).not.toContain(chunkHolding('CONCATENATED MODULE: ./src/io/artifacts/extract.ts'));
});
