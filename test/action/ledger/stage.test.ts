/** Which events write the ledger: a fork's or a pull request's training run never does. */
import { expect, it } from '@jest/globals';
import type { GateRun } from '../../../src/action/gate-run.js';
import { keepLedger } from '../../../src/action/ledger/stage.js';
import type { Report } from '../../../src/core/model.js';

const workflowRunGate = (run: Record<string, unknown>) =>
  ({
    env: {},
    settings: { ledger: 'write', retryBaseDelayMs: 1 },
    context: {
      eventName: 'workflow_run',
      owner: 'octo',
      repo: 'models',
      payload: {
        repository: { full_name: 'octo/models', default_branch: 'main' },
        workflow_run: { id: 9, run_attempt: 1, head_branch: 'main', head_sha: 'c'.repeat(40), ...run }
      }
    }
  }) as unknown as GateRun;

const report = { inputValid: true, runs: [], changes: null } as unknown as Report;

it("does not write a fork's run from a branch it called main", async () => {
  const outcome = await keepLedger(
    workflowRunGate({ event: 'push', head_repository: { full_name: 'mallory/models' } }),
    report
  );
  expect(outcome).toEqual({ skipped: 'the training run built a commit from another repository (a fork)' });
});

it("does not write a pull request's run", async () => {
  const outcome = await keepLedger(
    workflowRunGate({ event: 'pull_request', head_repository: { full_name: 'octo/models' } }),
    report
  );
  expect(outcome).toEqual({ skipped: 'the training run was for a pull request, not the default branch' });
});

it('gets as far as the runs for a push run of this repository on the default branch', async () => {
  const outcome = await keepLedger(
    workflowRunGate({ event: 'push', head_repository: { full_name: 'octo/models' } }),
    report
  );
  // No client in this gate: the write would need the token.
  expect(outcome.failure).toContain('needs the `github-token` input');
});
