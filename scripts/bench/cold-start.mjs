/**
 * The cold-start half of `npm run bench`: how long the built bundles take to answer when there is
 * (almost) nothing to do, measured from spawning `node` to the first byte on stdout and to the
 * process's exit.
 *
 * - `carbon-gate --version`: `node dist/cli/index.js --version`.
 * - The action with nothing to read: `node dist/index.js` in an empty workspace, every input at
 *   action.yml's default as the runner sets it (`INPUT_<NAME>`, dashes kept), a token as the
 *   runner's `${{ github.token }}` gives, and a `push` event: no manifest is found, so the step
 *   writes its report, outputs and summary and fails on `io/no-manifests`, and asks the API
 *   nothing (a `pull_request` event would post a comment: a network round trip, not a start-up).
 * - `node -e 0`, the floor: what Node itself costs on this machine under its present load.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';

/** Times one command: milliseconds to the first stdout byte and to the exit. */
function timeOnce({ args, cwd, env }) {
  return new Promise((resolve, reject) => {
    const t0 = process.hrtime.bigint();
    const ms = () => Number(process.hrtime.bigint() - t0) / 1e6;
    let firstByteMs;
    const child = spawn(process.execPath, args, { cwd, env, stdio: ['ignore', 'pipe', 'ignore'] });
    child.stdout.on('data', () => (firstByteMs ??= ms()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ firstByteMs: firstByteMs ?? ms(), exitMs: ms(), code }));
  });
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Runs `command` `runs` times (after one unmeasured run that warms the file cache). */
async function timeCommand(command, runs) {
  const first = await timeOnce(command);
  if (first.code !== command.expectCode)
    throw new Error(`${command.label} exited with ${first.code}, expected ${command.expectCode}`);
  const results = [];
  for (let i = 0; i < runs; i++) results.push(await timeOnce(command));
  return {
    label: command.label,
    firstByteMs: {
      median: median(results.map((r) => r.firstByteMs)),
      min: Math.min(...results.map((r) => r.firstByteMs))
    },
    exitMs: { median: median(results.map((r) => r.exitMs)), min: Math.min(...results.map((r) => r.exitMs)) }
  };
}

/** The runner's environment for an action run in an empty workspace below `dir`. */
function emptyActionEnv(root, dir) {
  const workspace = path.join(dir, 'workspace');
  const temp = path.join(dir, 'runner-temp');
  mkdirSync(workspace, { recursive: true });
  mkdirSync(temp, { recursive: true });
  const sha = 'c0ffee'.padEnd(40, '0');
  const eventPath = path.join(dir, 'event.json');
  writeFileSync(
    eventPath,
    JSON.stringify({
      ref: 'refs/heads/main',
      after: sha,
      repository: { full_name: 'bench/bench', name: 'bench', owner: { login: 'bench' } }
    })
  );
  writeFileSync(path.join(dir, 'output.txt'), '');
  writeFileSync(path.join(dir, 'summary.md'), '');
  const env = {
    PATH: process.env.PATH ?? '',
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_EVENT_NAME: 'push',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REF: 'refs/heads/main',
    GITHUB_REPOSITORY: 'bench/bench',
    GITHUB_WORKSPACE: workspace,
    GITHUB_SHA: sha,
    GITHUB_RUN_ID: '1',
    GITHUB_SERVER_URL: 'https://github.com',
    // Never asked: nothing in this run needs the API. A closed port, should that change.
    GITHUB_API_URL: 'http://127.0.0.1:9',
    GITHUB_OUTPUT: path.join(dir, 'output.txt'),
    GITHUB_STEP_SUMMARY: path.join(dir, 'summary.md'),
    RUNNER_TEMP: temp
  };
  const inputs = parse(readFileSync(path.join(root, 'action.yml'), 'utf8')).inputs;
  for (const [name, spec] of Object.entries(inputs)) {
    const value = String(spec.default ?? '');
    if (!value.includes('${{')) env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  }
  env['INPUT_GITHUB-TOKEN'] = 'ghs_benchTOKEN0000000000000000000000';
  return { env, workspace };
}

/**
 * Times `node -e 0`, `carbon-gate --version` and the empty action run, `runs` times each.
 * Returns one result per command: medians and minima, in milliseconds.
 */
export async function measureColdStart(root, runs) {
  const dir = mkdtempSync(path.join(tmpdir(), 'carbon-gate-bench-'));
  try {
    const action = emptyActionEnv(root, dir);
    const commands = [
      {
        label: '`node -e 0` (the floor)',
        args: ['-e', 'process.stdout.write("x")'],
        cwd: root,
        env: process.env,
        expectCode: 0
      },
      {
        label: '`carbon-gate --version`',
        args: [path.join(root, 'dist/cli/index.js'), '--version'],
        cwd: root,
        env: process.env,
        expectCode: 0
      },
      {
        label: 'action, nothing to read',
        args: [path.join(root, 'dist/index.js')],
        cwd: action.workspace,
        env: action.env,
        // No manifest is invalid input: the step fails, as it must.
        expectCode: 1
      }
    ];
    const results = [];
    for (const command of commands) results.push(await timeCommand(command, runs));
    return results;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
