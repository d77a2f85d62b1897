/**
 * Diagnostics and over-budget runs become annotations at their place: lines always, columns only
 * where the span starts and ends on one line (GitHub refuses columns across lines), and never a
 * place inside an artifact, which is not a file of the repository.
 */
import type { AnnotationProperties } from '@actions/core';
import { annotateDiagnostics, annotateRuns, type Annotator } from '../../src/action/annotations.js';
import { diagnostic, type Diagnostic, type Position } from '../../src/core/diagnostics.js';
import type { Report, RunResult } from '../../src/core/model.js';

/** An annotator that records each call as [level, message, properties]. */
function recorder(): { calls: [string, string, AnnotationProperties][]; out: Annotator } {
  const calls: [string, string, AnnotationProperties][] = [];
  const out: Annotator = {
    error: (message, properties) => calls.push(['error', message, properties]),
    warning: (message, properties) => calls.push(['warning', message, properties]),
    notice: (message, properties) => calls.push(['notice', message, properties])
  };
  return { calls, out };
}

function propertiesOf(d: Diagnostic): AnnotationProperties {
  const { calls, out } = recorder();
  annotateDiagnostics([d], out);
  expect(calls).toHaveLength(1);
  return calls[0][2];
}

describe('annotateDiagnostics', () => {
  test('a span on one line: start and end lines and columns', () => {
    const at = { file: 'carbon-manifest.yml', line: 8, column: 19, endLine: 8, endColumn: 32 };
    expect(propertiesOf(diagnostic('error', 'hardware/unknown-gpu', 'm', at))).toEqual({
      title: 'carbon-gate hardware/unknown-gpu',
      file: 'carbon-manifest.yml',
      startLine: 8,
      endLine: 8,
      startColumn: 19,
      endColumn: 32
    });
  });

  test('a span over several lines: lines only, no columns', () => {
    const at = { file: 'carbon-manifest.yml', line: 3, column: 3, endLine: 5, endColumn: 14 };
    expect(propertiesOf(diagnostic('error', 'manifest/bad-type', 'm', at))).toEqual({
      title: 'carbon-gate manifest/bad-type',
      file: 'carbon-manifest.yml',
      startLine: 3,
      endLine: 5
    });
  });

  test('a start without an end: the start line and column, as before', () => {
    const at = { file: 'logs/gpu.csv', line: 103, column: 1 };
    expect(propertiesOf(diagnostic('warning', 'traces/gap', 'm', at))).toEqual({
      title: 'carbon-gate traces/gap',
      file: 'logs/gpu.csv',
      startLine: 103,
      startColumn: 1
    });
  });

  test('a file alone, or no place at all', () => {
    expect(propertiesOf(diagnostic('error', 'io/not-found', 'm', { file: 'c.yml' }))).toEqual({
      title: 'carbon-gate io/not-found',
      file: 'c.yml'
    });
    expect(propertiesOf(diagnostic('error', 'budget/invalid', 'm'))).toEqual({ title: 'carbon-gate budget/invalid' });
  });

  test('a place inside an artifact goes into the message, not the properties', () => {
    const { calls, out } = recorder();
    const at = { file: 'artifact:carbon-node-a/gpu.csv', line: 4, column: 2, endLine: 4, endColumn: 9 };
    annotateDiagnostics([diagnostic('warning', 'traces/gap', 'A gap.', at)], out);
    expect(calls).toEqual([
      ['warning', 'artifact:carbon-node-a/gpu.csv:4:2: A gap.', { title: 'carbon-gate traces/gap' }]
    ]);
  });
});

describe('annotateRuns', () => {
  const position: Position = { file: 'carbon-manifest.yml', line: 3, column: 5, endLine: 3, endColumn: 8 };
  const run = { name: 'finetune', manifest: 'carbon-manifest.yml', position, emissionsKg: 10, energyKWh: 20 };
  const report = {
    status: 'fail',
    inputValid: true,
    budget: { emissionsKg: 5, warnAtFraction: 0.8, usedFraction: 2 },
    runs: [run as unknown as RunResult]
  } as unknown as Report;

  test("an over-budget run is annotated on its name, with the name's span", () => {
    const { calls, out } = recorder();
    annotateRuns(report, { waived: false }, out);
    expect(calls).toHaveLength(1);
    expect(calls[0][0]).toBe('error');
    expect(calls[0][2]).toEqual({
      title: 'carbon-gate: over budget',
      file: 'carbon-manifest.yml',
      startLine: 3,
      endLine: 3,
      startColumn: 5,
      endColumn: 8
    });
  });
});
