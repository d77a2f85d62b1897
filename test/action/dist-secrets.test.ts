/**
 * The attack of issue 9 against the built action (`node dist/index.js`, every action.yml default
 * set, a local API server): a pull request replaces the budget config by a symbolic link to
 * `../.git/config`, where actions/checkout (up to v5) keeps the job's token in an
 * `AUTHORIZATION: basic ...` header. The link is refused by name, and the token reaches neither
 * the PR comment, nor the job summary, nor an annotation, nor an output. A committed copy of the
 * file (not a link) fails to parse, and every message quotes at most a short excerpt of the line.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { EXCERPT_MAX_CHARS } from '../../src/core/excerpt.js';
import { GITHUB_ACTIONS_BOT, GitHubServer } from '../support/github-server.js';
import { MANIFEST } from './fixtures.js';
import {
  annotations,
  decodeCommand,
  OWNER,
  PR_NUMBER,
  prepareRunner,
  pullRequestEvent,
  REPO,
  TOKENS,
  type RunnerSetup,
  runActionBundle
} from './harness.js';

const CHECKOUT_TOKEN = `ghs_${'Zt3QpL8vN2xR6mK1wY9cB4hJ7dF0sAeGuUoI'}`;
const BASIC = Buffer.from(`x-access-token:${CHECKOUT_TOKEN}`).toString('base64');
const AUTH_LINE = `\textraheader = AUTHORIZATION: basic ${BASIC}`;
const GIT_CONFIG = `[core]\n\trepositoryformatversion = 0\n[http "https://github.com/"]\n${AUTH_LINE}\n`;

let github: GitHubServer;
const setups: RunnerSetup[] = [];
beforeAll(async () => {
  github = await GitHubServer.start();
  github.addToken(TOKENS.installation, { account: GITHUB_ACTIONS_BOT, kind: 'installation', canWrite: true });
});
afterAll(async () => {
  for (const s of setups) s.cleanup();
  await github.close();
});

/** Everything the run let out: stdout (annotations, logs), stderr, the comment, the summary, the outputs. */
function everything(setup: RunnerSetup, r: { stdout: string; stderr: string }): string {
  const comments = github.comments(OWNER, REPO, PR_NUMBER).map((c) => c.body);
  return [decodeCommand(r.stdout), r.stderr, ...comments, setup.summary(), JSON.stringify(setup.outputs())].join('\n');
}

/** No run of more than EXCERPT_MAX_CHARS characters of the header line, nor the token, in `text`. */
function expectNoLeak(text: string): void {
  const plain = text.replace(/\\"/g, '"').replace(/\\t/g, '\t');
  expect(plain).not.toContain(CHECKOUT_TOKEN);
  expect(plain).not.toContain(BASIC);
  const leaks: string[] = [];
  for (let i = 0; i + EXCERPT_MAX_CHARS < AUTH_LINE.length; i++) {
    const run = AUTH_LINE.slice(i, i + EXCERPT_MAX_CHARS + 1);
    if (plain.includes(run)) leaks.push(run);
  }
  expect(leaks).toEqual([]);
}

function checkout(config: (workspace: string) => void): RunnerSetup {
  const setup = prepareRunner({
    server: github,
    payload: pullRequestEvent(),
    files: { 'carbon-manifest.yml': MANIFEST, '.git/config': GIT_CONFIG }
  });
  setups.push(setup);
  mkdirSync(path.join(setup.workspace, '.github'), { recursive: true });
  config(setup.workspace);
  return setup;
}

describe('dist/index.js and a budget config that would quote the checkout token', () => {
  test('a config that is a symbolic link to ../.git/config is refused by name; the token goes nowhere', async () => {
    const setup = checkout((ws) => symlinkSync('../.git/config', path.join(ws, '.github/carbon-budget.yml')));
    const r = await runActionBundle(setup);
    expect(r.code).toBe(1); // invalid input fails the check
    const errors = annotations(r.stdout, 'error').map(decodeCommand);
    expect(errors.some((e) => e.includes('file=.github/carbon-budget.yml') && e.includes('symbolic link'))).toBe(true);
    const comment = github
      .comments(OWNER, REPO, PR_NUMBER)
      .map((c) => c.body)
      .join('\n');
    expect(comment).toContain('io/symbolic-link');
    expect(setup.summary()).toContain('io/symbolic-link');
    expect(comment).not.toContain('yaml-syntax');
    expectNoLeak(everything(setup, r));
  });

  test('a committed copy of .git/config as the config fails to parse, quoting at most an excerpt of the line', async () => {
    const setup = checkout((ws) => writeFileSync(path.join(ws, '.github/carbon-budget.yml'), GIT_CONFIG));
    const r = await runActionBundle(setup);
    expect(r.code).toBe(1);
    expect(
      annotations(r.stdout, 'error').some((e) => e.includes('config/yaml-syntax') || e.includes('not valid YAML'))
    ).toBe(true);
    expectNoLeak(everything(setup, r));
  });
});
