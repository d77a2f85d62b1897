/**
 * Trusted waivers end to end: the built bundle (`dist/index.js`) spawned as GitHub runs it, against
 * the local API server, with a policy file whose `per-pr` budget is 5 kg and whose waivers need
 * `maintain`. Footprints are worked out here: one run at 1,000 W for `h` hours, PUE 1.5, 400 g/kWh
 * emits 1000 x h / 1000 x 1.5 x 400 / 1000 = 0.6 h kg.
 */
import { beforeAll, describe, expect, test } from '@jest/globals';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { markerFor } from '../../src/action/comment-body.js';
import { parseWaiverRecord } from '../../src/action/waiver-record.js';
import { GITHUB_ACTIONS_BOT, type Account } from '../support/github-server.js';
import {
  annotations,
  decodeCommand,
  OWNER,
  PR_AUTHOR,
  prepareRunner,
  pullRequestEvent,
  REPO,
  ROOT,
  runActionBundle,
  useArtifactApi
} from './harness.js';

const gh = useArtifactApi();

const LABEL = 'carbon-budget-approved';
const MAINTAINER: Account = { login: 'maintainer-mia', id: 601, type: 'User' };
const READER: Account = { login: 'reader-ray', id: 602, type: 'User' };
const AUTHOR: Account = { login: PR_AUTHOR, id: 9001, type: 'User' };

const SHA_1 = 'aaaaaaa'.padEnd(40, '1');
const SHA_2 = 'bbbbbbb'.padEnd(40, '2');

const kgFor = (hours: number): number => ((1000 * hours) / 1000) * 1.5 * (400 / 1000);

const POLICY = `version: 1
budgets:
  - name: per-pr
    scope: change
    emissions: 5 kg
waivers:
  label: ${LABEL}
  min-permission: maintain
`;

function manifest(hours: number): string {
  return `version: 1
runs:
  - name: finetune
    power: 1000 W
    duration: ${hours} h
    pue: 1.5
    intensity: 400 g/kWh
`;
}

beforeAll(() => {
  gh.server.setRole(OWNER, REPO, MAINTAINER, 'maintain');
  gh.server.setRole(OWNER, REPO, READER, 'read');
  gh.server.setRole(OWNER, REPO, AUTHOR, 'admin');
});

let prNumber = 700;

/** Spawns the bundle for PR `pr` at `sha` with `hours` of training; the summary and the step's errors. */
async function gate(pr: number, sha: string, hours: number) {
  const setup = prepareRunner({
    server: gh.server,
    payload: pullRequestEvent({ number: pr, headSha: sha }),
    files: { 'carbon-manifest.yml': manifest(hours), '.github/carbon-budget.yml': POLICY },
    inputs: { budget: '' }
  });
  gh.setups.push(setup);
  const r = await runActionBundle(setup);
  expect(r.stderr).toBe('');
  const errors = annotations(r.stdout, 'error').map(decodeCommand);
  const comment = gh.server.comments(OWNER, REPO, pr).find((c) => c.user.login === GITHUB_ACTIONS_BOT.login);
  return { code: r.code, errors, summary: setup.summary(), comment: comment?.body ?? '', stdout: r.stdout };
}

describe('dist/index.js: waivers', () => {
  test('the bundle is built', () => {
    expect(existsSync(path.join(ROOT, 'dist/index.js'))).toBe(true); // run `npm run bundle` first
  });

  test("a maintainer's waiver passes the check, with the audit line in the comment and the summary", async () => {
    const pr = ++prNumber;
    gh.server.addLabel(OWNER, REPO, pr, LABEL, MAINTAINER);
    const r = await gate(pr, SHA_1, 10);
    expect(r.code).toBe(0);
    expect(r.errors).toEqual([]);
    expect(r.comment.split('\n')[0]).toBe(markerFor('carbon-gate'));
    expect(parseWaiverRecord(r.comment)).toMatchObject({
      pr,
      by: MAINTAINER.login,
      sha: SHA_1,
      budgets: [{ name: 'per-pr', emissionsKg: kgFor(10) }]
    });
    for (const text of [r.comment, r.summary]) {
      expect(text).toContain('> **Over budget, waived.**');
      expect(text).toContain('has maintain permission on the repository (the policy asks for at least maintain)');
      expect(text).toContain(`per-pr: waived ${kgFor(10)} kg at aaaaaaa; now ${kgFor(10)} kg (covered).`);
    }
  });

  test("the author's own label is refused: the step fails and says why", async () => {
    const pr = ++prNumber;
    gh.server.addLabel(OWNER, REPO, pr, LABEL, AUTHOR);
    const r = await gate(pr, SHA_1, 10);
    expect(r.code).toBe(1);
    expect(r.errors.join('\n')).toContain(`the label was added by ${PR_AUTHOR}, the PR's author`);
    // The failing budget is named in the step's error, with what it uses.
    expect(r.errors.join('\n')).toContain(`carbon-gate: over budget: per-pr: ${kgFor(10)} kg CO2e of 5 kg.`);
    expect(r.comment).toContain('> **Waiver refused.**');
    expect(r.summary).toContain('> **Waiver refused.**');
    expect(parseWaiverRecord(r.comment)).toBeUndefined();
  });

  test('a labeller with read permission is refused', async () => {
    const pr = ++prNumber;
    gh.server.addLabel(OWNER, REPO, pr, LABEL, READER);
    const r = await gate(pr, SHA_1, 10);
    expect(r.code).toBe(1);
    expect(r.errors.join('\n')).toContain(
      `${READER.login}, who has read permission on the repository; the policy asks for at least maintain`
    );
  });

  test('a waiver outgrown by a later push fails, naming what was waived and what is used now', async () => {
    const pr = ++prNumber;
    gh.server.addLabel(OWNER, REPO, pr, LABEL, MAINTAINER);
    expect((await gate(pr, SHA_1, 10)).code).toBe(0);
    const r = await gate(pr, SHA_2, 15);
    expect(r.code).toBe(1);
    expect(r.errors.join('\n')).toContain(`per-pr: waived ${kgFor(10)} kg at aaaaaaa; now ${kgFor(15)} kg`);
    expect(r.comment).toContain('> **Waiver outgrown.**');
    expect(parseWaiverRecord(r.comment)).toMatchObject({ sha: SHA_1 });
  });

  test('a look-alike label does not waive', async () => {
    const pr = ++prNumber;
    gh.server.addLabel(OWNER, REPO, pr, 'Carbon-Budget-Approved', MAINTAINER);
    const lookups = () => gh.server.requestsTo('GET', /\/collaborators\/[^/]+\/permission$/).length;
    const before = lookups();
    const r = await gate(pr, SHA_1, 10);
    expect(r.code).toBe(1);
    expect(r.errors.join('\n')).toContain(`which looks like the waiver label "${LABEL}" but is not it`);
    expect(r.summary).toContain('> **Waiver refused.**');
    // Nobody's permission is looked up for a label that is not the waiver label.
    expect(lookups()).toBe(before);
  });
});
