/**
 * The keys manifest v1 allows, in one place: the parser checks against these lists (and suggests
 * the closest for a typo), and the schema test checks the JSON Schema names the same keys.
 */

/** Keys at the top of a manifest (plus any `x-*` key, kept free for YAML anchors). */
export const TOP_KEYS = ['version', 'name', 'defaults', 'runs', '$schema'] as const;

/** Keys of a run; `defaults` takes the same keys except `name`. */
export const RUN_KEYS = [
  'name',
  'gpu',
  'cpu',
  'memory',
  'power',
  'utilization',
  'duration',
  'repeats',
  'location',
  'intensity',
  'pue',
  'traces',
  'trace',
  'intensity-series'
] as const;

/** Keys a run may inherit from `defaults`. */
export const DEFAULT_KEYS = RUN_KEYS.filter((key) => key !== 'name');

/** Keys of `gpu:`. */
export const GPU_KEYS = ['model', 'watts', 'count'] as const;

/** Keys of `cpu:`. */
export const CPU_KEYS = ['model', 'watts', 'cores', 'count'] as const;

/** Keys of `trace:` (options for reading the run's power logs). */
export const TRACE_KEYS = ['format', 'columns', 'timezone', 'max-gap'] as const;

/** Hints for keys people plausibly write that mean something else here. */
export const RUN_KEY_HINTS: Record<string, string> = {
  hours: 'Write the time as `duration: 84 h`.',
  time: 'Write the time as `duration: 84 h`.',
  gpus: 'Write GPUs as `gpu: { model: A100-SXM4-40GB, count: 8 }`.',
  region: 'Write the place as `location: aws:us-east-1` (or a country, grid zone or preset).',
  country: 'Write the place as `location: DE` (or a grid zone, cloud region or preset).',
  ram: 'Write DRAM as `memory: 512 GB`.',
  tdp: 'Give rated power as `gpu: { watts: 400 W }`, or the measured machine draw as `power: 1515 W`.',
  trials: 'Write identical trainings as `repeats: 100`.',
  runs: '`runs` belongs at the top of the manifest, not inside a run.'
};
