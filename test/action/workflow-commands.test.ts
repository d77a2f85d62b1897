/**
 * src/action/log.ts writes the workflow commands itself rather than through `@actions/core` (whose
 * module loads an HTTP stack at start-up). What it writes must be what `@actions/core` writes for
 * the same text, byte for byte, so the runner reads it the same: checked here against the real
 * `@actions/core`, with text that exercises every escape (`%`, CR, LF, and `:` and `,` in
 * properties) and properties that are left out (empty, zero, absent).
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import * as core from '@actions/core';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { addSecret, exportVariable, log, resetSecrets, saveState } from '../../src/action/log.js';
import { withRunnerEnv } from './harness.js';

/** What `fn` writes to stdout, and the exit code it sets. */
async function captured(fn: () => void): Promise<{ stdout: string; exitCode: number | undefined }> {
  const { stdout, exitCode } = await withRunnerEnv({}, async () => fn());
  return { stdout, exitCode };
}

/** Text that log.ts leaves as it is (no control characters, nothing shaped like a token). */
const MESSAGE = '50% of 10 kg: budget, warn-at 80%';
const PLACES: core.AnnotationProperties[] = [
  {},
  { title: 'carbon-gate run/over-budget: a, b', file: 'ml/carbon-manifest.yml', startLine: 3, endLine: 4 },
  { title: '', file: 'a:b,c%d.yml', startLine: 0, startColumn: 2, endColumn: 9 },
  { file: 'x.yml', startLine: 7, startColumn: 1, endColumn: 1, endLine: 7 }
];

describe('log.ts writes the commands @actions/core writes', () => {
  for (const level of ['warning', 'error', 'notice'] as const) {
    it(`${level}: the same line for every place`, async () => {
      for (const place of PLACES) {
        const ours = await captured(() => log[level](MESSAGE, place));
        const theirs = await captured(() => core[level](MESSAGE, place));
        expect(ours.stdout).toBe(theirs.stdout);
      }
      const ours = await captured(() => log[level](MESSAGE));
      const theirs = await captured(() => core[level](MESSAGE));
      expect(ours.stdout).toBe(theirs.stdout);
    });
  }

  it('info: the text and a line end', async () => {
    expect((await captured(() => log.info(MESSAGE))).stdout).toBe((await captured(() => core.info(MESSAGE))).stdout);
  });

  it('fail: an error command and exit code 1', async () => {
    const ours = await captured(() => log.fail(MESSAGE));
    const theirs = await captured(() => core.setFailed(MESSAGE));
    expect(ours).toEqual(theirs);
    expect(ours.exitCode).toBe(1);
  });

  it('a secret: the add-mask command, escaped as @actions/core escapes it', async () => {
    resetSecrets();
    const secret = 'ghs_abc%def';
    const ours = await captured(() => addSecret(secret));
    const theirs = await captured(() => core.setSecret(secret));
    expect(ours.stdout).toBe(theirs.stdout);
    resetSecrets();
  });
});

describe('log.output', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'carbon-gate-output-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  /** The GITHUB_OUTPUT file after `fn`, with each random delimiter replaced by `DELIMITER`. */
  async function outputFile(fn: () => void): Promise<string> {
    const file = path.join(dir, 'output.txt');
    writeFileSync(file, '');
    await withRunnerEnv({ GITHUB_OUTPUT: file }, async () => fn());
    return readFileSync(file, 'utf8').replace(/ghadelimiter_[0-9a-f-]{36}/g, 'DELIMITER');
  }

  it('appends `name<<delimiter`, the value and the delimiter, as @actions/core does', async () => {
    const ours = await outputFile(() => log.output('status', 'pass'));
    const theirs = await outputFile(() => core.setOutput('status', 'pass'));
    expect(ours).toBe(theirs);
    expect(ours).toBe('status<<DELIMITER\npass\nDELIMITER\n');
  });

  it('uses a fresh delimiter for each output', async () => {
    const file = path.join(dir, 'output.txt');
    writeFileSync(file, '');
    await withRunnerEnv({ GITHUB_OUTPUT: file }, async () => {
      log.output('a', '1');
      log.output('b', '2');
    });
    const delimiters = readFileSync(file, 'utf8').match(/ghadelimiter_[0-9a-f-]{36}/g) ?? [];
    expect(delimiters).toHaveLength(4);
    expect(new Set(delimiters).size).toBe(2);
  });
});

describe('saveState and exportVariable (the record step)', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'carbon-gate-state-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  /** The file named by `fileEnv` after `fn`, with each random delimiter replaced by `DELIMITER`. */
  async function commandFile(fileEnv: string, fn: () => void): Promise<string> {
    const file = path.join(dir, `${fileEnv}.txt`);
    writeFileSync(file, '');
    await withRunnerEnv({ [fileEnv]: file }, async () => fn());
    return readFileSync(file, 'utf8').replace(/ghadelimiter_[0-9a-f-]{36}/g, 'DELIMITER');
  }

  const VALUE = '{"pids":[12,34],"out":"carbon/"}';

  it('saveState appends to GITHUB_STATE as core.saveState does', async () => {
    const ours = await commandFile('GITHUB_STATE', () => saveState('recording', VALUE));
    const theirs = await commandFile('GITHUB_STATE', () => core.saveState('recording', VALUE));
    expect(ours).toBe(theirs);
    expect(ours).toBe(`recording<<DELIMITER\n${VALUE}\nDELIMITER\n`);
  });

  it('exportVariable appends to GITHUB_ENV as core.exportVariable does, and sets it here', async () => {
    let seen: string | undefined;
    const ours = await commandFile('GITHUB_ENV', () => {
      exportVariable('CARBON_GATE_TEST_VAR', VALUE);
      seen = process.env.CARBON_GATE_TEST_VAR;
    });
    expect(seen).toBe(VALUE);
    delete process.env.CARBON_GATE_TEST_VAR;
    const theirs = await commandFile('GITHUB_ENV', () => core.exportVariable('CARBON_GATE_TEST_VAR', VALUE));
    delete process.env.CARBON_GATE_TEST_VAR;
    expect(ours).toBe(theirs);
  });

  it('without the files (an old runner): the same commands as @actions/core', async () => {
    const ours = await captured(() => {
      saveState('recording', VALUE);
      exportVariable('CARBON_GATE_TEST_VAR', VALUE);
    });
    const theirs = await captured(() => {
      core.saveState('recording', VALUE);
      core.exportVariable('CARBON_GATE_TEST_VAR', VALUE);
    });
    delete process.env.CARBON_GATE_TEST_VAR;
    expect(ours.stdout).toBe(theirs.stdout);
  });
});
