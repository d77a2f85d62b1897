/** Which runs a gate run records as spent: a push's added and changed runs, a workflow_run's measured ones. */
import { describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { spentRecords, type SpendFacts } from '../../../src/action/ledger/records.js';
import type { Report, RunChange, RunResult } from '../../../src/core/model.js';

const sha256 = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');

/** A run with the fields records read; energy 10 kWh x 400 g/kWh = 4 kg. */
function runOf(name: string, method: 'estimated' | 'measured'): RunResult {
  return {
    manifest: 'm/carbon-manifest.yml',
    name,
    method,
    energyKWh: 10,
    emissionsKg: 4,
    intensityGPerKWh: 400,
    pue: 1.2,
    sources: {
      intensity: {
        intensityGPerKWh: 400,
        label: 'Germany (DEU)',
        key: 'DEU',
        source: { name: 'Ember', licence: 'CC BY 4.0' }
      }
    }
  } as unknown as RunResult;
}

const change = (run: string, kind: RunChange['kind']): RunChange =>
  ({ manifest: 'm/carbon-manifest.yml', run, kind, deltaEmissionsKg: 0, deltaEnergyKWh: 0 }) as RunChange;

const report = (runs: RunResult[], changes: RunChange[] | null): Report =>
  ({ tool: { name: 'carbon-gate', version: '9.9.9' }, runs, changes }) as unknown as Report;

const facts = (event: SpendFacts['event']): SpendFacts => ({
  event,
  repo: 'octo/models',
  commit: 'b'.repeat(40),
  workflowRun: { id: 77, attempt: 2 },
  pr: null,
  recordedAt: '2026-03-05T10:00:00Z'
});

describe('spentRecords', () => {
  const runs = [runOf('new', 'estimated'), runOf('same', 'estimated'), runOf('tuned', 'measured')];

  it('records the runs a push added or changed, not the unchanged ones', () => {
    const records = spentRecords(
      report(runs, [
        change('new', 'added'),
        change('same', 'unchanged'),
        change('tuned', 'changed'),
        change('gone', 'removed')
      ]),
      facts('push')
    );
    expect(records.map((r) => r.run)).toEqual(['new', 'tuned']);
    expect(records[0]).toEqual({
      v: 1,
      id: sha256(`octo/models\n${'b'.repeat(40)}\n77\nm/carbon-manifest.yml\nnew`),
      repo: 'octo/models',
      commit: 'b'.repeat(40),
      pr: null,
      workflowRun: { id: 77, attempt: 2 },
      event: 'push',
      manifest: 'm/carbon-manifest.yml',
      run: 'new',
      method: 'estimated',
      energyKWh: 10,
      emissionsKg: 4,
      intensityGPerKWh: 400,
      intensitySource: 'Germany (DEU) (Ember)',
      pue: 1.2,
      dataVersion: '9.9.9',
      spentAt: '2026-03-05T10:00:00Z',
      recordedAt: '2026-03-05T10:00:00Z',
      estimateOf: null
    });
  });

  it('records every run of a push without a base', () => {
    expect(spentRecords(report(runs, null), facts('push')).map((r) => r.run)).toEqual(['new', 'same', 'tuned']);
  });

  it('records only the measured runs of a workflow_run', () => {
    const records = spentRecords(report(runs, null), facts('workflow_run'));
    expect(records.map((r) => [r.run, r.event])).toEqual([['tuned', 'workflow_run']]);
  });

  it('records an artifact manifest that is a committed one under the committed name, in its id too', () => {
    const uploaded = {
      ...runOf('tuned', 'measured'),
      manifest: 'artifact:carbon-node-0/carbon-manifest.yml'
    } as RunResult;
    const other = {
      ...runOf('other', 'measured'),
      manifest: 'artifact:carbon-node-1/carbon-manifest.yml'
    } as RunResult;
    const records = spentRecords(report([uploaded, other], null), {
      ...facts('workflow_run'),
      committedAs: { 'artifact:carbon-node-0/carbon-manifest.yml': 'm/carbon-manifest.yml' }
    });
    expect(records.map((r) => [r.manifest, r.id])).toEqual([
      ['m/carbon-manifest.yml', sha256(`octo/models\n${'b'.repeat(40)}\n77\nm/carbon-manifest.yml\ntuned`)],
      [
        'artifact:carbon-node-1/carbon-manifest.yml',
        sha256(`octo/models\n${'b'.repeat(40)}\n77\nartifact:carbon-node-1/carbon-manifest.yml\nother`)
      ]
    ]);
  });

  it("dates a measured run's spend at its last power sample, an estimated one (or untimed traces) at recording", () => {
    const ended = '2026-02-28T23:59:30.000Z';
    const measured = { ...runOf('trained', 'measured'), measurement: { lastSampleAt: ended } } as RunResult;
    const untimed = { ...runOf('untimed', 'measured'), measurement: {} } as RunResult;
    const estimated = { ...runOf('planned', 'estimated'), measurement: { lastSampleAt: ended } } as RunResult;
    const records = spentRecords(report([measured, untimed, estimated], null), facts('push'));
    expect(records.map((r) => [r.run, r.spentAt, r.recordedAt])).toEqual([
      ['trained', ended, '2026-03-05T10:00:00Z'],
      ['untimed', '2026-03-05T10:00:00Z', '2026-03-05T10:00:00Z'],
      ['planned', '2026-03-05T10:00:00Z', '2026-03-05T10:00:00Z']
    ]);
  });
});
