/**
 * Numbers that no double holds: 1e300 W x 2^53 GPUs, or a run that is fine alone but not in the
 * sum of all runs. A result that is not finite would print as `Infinity` in Markdown and as `null`
 * in JSON (which has no Infinity), so such a run is not computed: an error names the manifest field
 * that made its numbers too large, at that field's line.
 */
import { diagnostic, type Diagnostic, type Position } from './diagnostics.js';
import type { ResolvedRun } from './estimate.js';
import type { RunResult } from './model.js';

/** Every diagnostic code of the overflow checks (documented in docs/diagnostics/report.md). */
export const OVERFLOW_CODES = ['run/overflow'] as const;

/** Where a plain number of a result is not finite, as a dotted path; undefined when all are. */
function firstNonFinite(value: unknown, path: string): string | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? undefined : path;
  if (value === null || typeof value !== 'object') return undefined;
  for (const [key, inner] of Object.entries(value)) {
    const found = firstNonFinite(inner, path ? `${path}.${key}` : key);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** The manifest field whose value makes a run's numbers overflow, and what overflowed. */
function culprit(run: ResolvedRun, result: RunResult): { field: string; what: string } {
  const { spec, power } = run;
  const components: [number, string][] = [
    [power.gpuW, 'gpu'],
    [power.cpuW, 'cpu'],
    [power.memoryW, 'memory'],
    [power.otherW, 'power']
  ];
  for (const [watts, field] of components) if (!Number.isFinite(watts)) return { field, what: 'power' };
  if (result.itPowerW !== undefined && !Number.isFinite(result.itPowerW)) {
    const largest = components.reduce((a, b) => (b[0] > a[0] ? b : a));
    return { field: largest[1], what: 'power' };
  }
  if (!Number.isFinite(result.itEnergyKWh))
    return { field: result.method === 'measured' ? 'traces' : 'duration', what: 'energy' };
  if (!Number.isFinite(result.itEnergyKWh * result.pue)) return { field: 'pue', what: 'energy' };
  if (!Number.isFinite(result.energyKWh) || firstNonFinite(result.components, '') !== undefined)
    return { field: 'repeats', what: 'energy' };
  if (result.estimate !== undefined && firstNonFinite(result.estimate, '') !== undefined)
    return { field: 'duration', what: 'estimated energy' };
  const intensityField =
    spec.intensityGPerKWh !== undefined
      ? 'intensity'
      : result.measurement?.timeResolvedEmissionsKg !== undefined && spec.intensitySeries !== undefined
        ? 'intensity-series'
        : 'location';
  return { field: intensityField, what: 'emissions' };
}

/** The position of a field of the run, the run's own where the field is not written. */
function fieldAt(run: ResolvedRun, field: string): Position {
  return run.spec.fieldPositions[field] ?? run.spec.position;
}

/**
 * An error when any number of a run's result is not finite, at the manifest field that made it
 * so; undefined when the result is sound.
 */
export function runOverflow(run: ResolvedRun, result: RunResult): Diagnostic | undefined {
  if (firstNonFinite(result, '') === undefined) return undefined;
  const { field, what } = culprit(run, result);
  return diagnostic(
    'error',
    'run/overflow',
    `Run "${run.spec.name}": computing its ${what} with this \`${field}\` gives a number beyond the largest there is (about 1.8e308); the run is not computed. Check the value and its unit.`,
    fieldAt(run, field)
  );
}

/**
 * The sums the report takes over all runs, kept as runs are added, so that a run which would make
 * one of them overflow is refused before the report is built.
 */
export class RunTotals {
  private itEnergyKWh = 0;
  private energyKWh = 0;
  private emissionsKg = 0;
  private readonly components = { gpuKWh: 0, cpuKWh: 0, memoryKWh: 0, otherKWh: 0, pueOverheadKWh: 0 };

  /**
   * Adds a run's numbers when every sum stays finite, and returns undefined; otherwise adds
   * nothing and returns the error, at the run.
   */
  add(result: RunResult): Diagnostic | undefined {
    const next = {
      itEnergyKWh: this.itEnergyKWh + result.itEnergyKWh * result.repeats,
      energyKWh: this.energyKWh + result.energyKWh,
      emissionsKg: this.emissionsKg + result.emissionsKg,
      gpuKWh: this.components.gpuKWh + result.components.gpuKWh,
      cpuKWh: this.components.cpuKWh + result.components.cpuKWh,
      memoryKWh: this.components.memoryKWh + result.components.memoryKWh,
      otherKWh: this.components.otherKWh + result.components.otherKWh,
      pueOverheadKWh: this.components.pueOverheadKWh + result.components.pueOverheadKWh
    };
    if (firstNonFinite(next, '') !== undefined) {
      return diagnostic(
        'error',
        'run/overflow',
        `Run "${result.name}": the total of the runs before it and this one is too large to compute (beyond the largest number there is, about 1.8e308); the run is not computed. Check the values and units of its fields.`,
        result.position
      );
    }
    ({ itEnergyKWh: this.itEnergyKWh, energyKWh: this.energyKWh, emissionsKg: this.emissionsKg } = next);
    for (const key of Object.keys(this.components) as (keyof typeof this.components)[])
      this.components[key] = next[key];
    return undefined;
  }
}
