/**
 * One gate run's context: everything the stages share, made once in stage 1 and handed to each
 * stage as one argument, so a stage's parameters are only its own data (the report, the PRs, the
 * waiver) and a new setting reaches every stage without changing a signature.
 */
import type { Diagnostic } from '../core/diagnostics.js';
import { readContext, type RunContext } from './context.js';
import { createClient, type GitHubClient } from './github.js';
import { readSettings, type Settings } from './inputs.js';
import { readTrigger, type Trigger } from './trigger.js';

/** What every stage of one run reads; nothing in it changes once the run has started. */
export interface GateRun {
  /** The process environment the run was started with (the runner's variables). */
  readonly env: NodeJS.ProcessEnv;
  /** The action's inputs, validated. */
  readonly settings: Settings;
  /** The workflow run: repository, event, folders, links. */
  readonly context: RunContext;
  /** What the event asks to judge, and where the answer goes. */
  readonly trigger: Trigger;
  /** The REST client; absent when the `github-token` input is empty (no API call is made then). */
  readonly client?: GitHubClient;
}

/** Stage 1's answer: the run's context, or every reason the gate cannot start. */
export type GateStart = { ok: true; gate: GateRun } | { ok: false; problems: Diagnostic[] };

/**
 * Stage 1: reads the inputs, the context and the trigger, and makes the client. Input and context
 * problems are reported together; the trigger is read only from valid ones.
 */
export function startGateRun(env: NodeJS.ProcessEnv): GateStart {
  const { settings, diagnostics: inputProblems } = readSettings(env);
  const { context, diagnostics: contextProblems } = readContext(env);
  if (!settings || !context) return { ok: false, problems: [...inputProblems, ...contextProblems] };
  const { trigger, diagnostics } = readTrigger(settings, context);
  if (!trigger) return { ok: false, problems: diagnostics };
  const client =
    settings.token === ''
      ? undefined
      : createClient({ token: settings.token, apiUrl: context.apiUrl, retryBaseDelayMs: settings.retryBaseDelayMs });
  return { ok: true, gate: { env, settings, context, trigger, client } };
}
