/**
 * The record step's entry point (bundled to record/dist/index.js), which record/action.yml runs
 * three ways: as the main step, as the post step (told apart by the state the main step saves,
 * as actions/checkout does), and, started by the main step, as the detached RAPL sampler.
 */
import { fileURLToPath } from 'node:url';
import { log } from '../log.js';
import { runRecordMain } from './main.js';
import { runRecordPost } from './finish.js';
import { isSamplerProcess, runSampler } from './sampler.js';
import { isPostStep } from './state.js';

/** Runs the part this process was started for; an unexpected error is one plain message. */
async function start(): Promise<void> {
  if (isSamplerProcess()) {
    await runSampler();
    return;
  }
  try {
    if (isPostStep()) await runRecordPost();
    else await runRecordMain(fileURLToPath(import.meta.url));
  } catch (error) {
    log.fail(
      `carbon-gate record stopped on an unexpected error: ${error instanceof Error ? error.message : String(error)}`
    );
  }
}

void start();
