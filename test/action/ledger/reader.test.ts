/** Reading the ledger branch for a pull request: its shards at the tip, or why they cannot be read. */
import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { createClient } from '../../../src/action/github.js';
import type { GateRun } from '../../../src/action/gate-run.js';
import { readLedgerBranch } from '../../../src/action/ledger/stage.js';
import { GITHUB_ACTIONS_BOT, GitHubServer } from '../../support/github-server.js';
import { mountGitData, type GitData } from '../../support/github-git-data.js';

const TOKEN = 'ghs_ledgerReaderTOKEN0123456789';
let server: GitHubServer;
let git: GitData;

beforeAll(async () => {
  server = await GitHubServer.start();
  server.addToken(TOKEN, { account: GITHUB_ACTIONS_BOT, kind: 'installation', canWrite: false });
  git = mountGitData(server, 'octo', 'models');
});
afterAll(() => server.close());

/** The parts of a gate run the reader uses: the client and the repository. */
const gate = (withClient = true) =>
  ({
    client: withClient ? createClient({ token: TOKEN, apiUrl: server.url, retryBaseDelayMs: 1 }) : undefined,
    context: { owner: 'octo', repo: 'models' }
  }) as unknown as GateRun;

it('reads a branch not created yet as a ledger without shards (missing, not unreadable)', async () => {
  expect(await readLedgerBranch(gate())).toEqual({
    shards: [],
    source: 'branch carbon-ledger (not created yet: the first write creates it)'
  });
});

it('reads every shard at the tip, in month order, and names the commit it read', async () => {
  const tip = git.commitOnBranch('carbon-ledger', {
    'ledger/2026-02.jsonl': 'feb\n',
    'ledger/2026-01.jsonl': 'jan\n',
    'ledger/notes.md': 'not a shard',
    'index.html': '<p>dashboard</p>'
  });
  expect(await readLedgerBranch(gate())).toEqual({
    shards: [
      { file: 'ledger/2026-01.jsonl', text: 'jan\n' },
      { file: 'ledger/2026-02.jsonl', text: 'feb\n' }
    ],
    source: `branch carbon-ledger at ${tip.slice(0, 7)}`
  });
});

it('says why when the API fails or there is no token', async () => {
  server.inject({ method: 'GET', path: /\/git\/ref\//, times: 1, status: 404, body: { message: 'Not Found' } });
  expect(await readLedgerBranch(gate(), 'team-ledger')).toEqual({
    shards: [],
    source: 'branch team-ledger (not created yet: the first write creates it)'
  });
  server.inject({
    method: 'GET',
    path: /\/git\/trees\//,
    times: 1,
    status: 403,
    body: { message: 'Resource not accessible by integration' }
  });
  const failed = await readLedgerBranch(gate());
  expect(failed).toEqual({
    unreadable:
      'reading the ledger branch `carbon-ledger` failed: GitHub answered 403 "Resource not accessible by integration"'
  });
  expect(await readLedgerBranch(gate(false))).toEqual({
    unreadable: 'the `github-token` input is empty, so the ledger branch cannot be read'
  });
});
