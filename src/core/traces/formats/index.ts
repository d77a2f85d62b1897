/**
 * The registry of trace formats and content-based detection. Specific formats are tried in the
 * order listed; catch-all ones (`generic: true`: CSV, JSON Lines) only after every specific one.
 */
import { closestNames, didYouMean } from '../../suggest.js';
import type { TraceFormat } from '../types.js';
import { format as genericCsv } from './generic-csv.js';
import { format as jsonl } from './jsonl.js';
import { format as nvidiaSmiCsv } from './nvidia-smi-csv.js';
import { format as nvidiaSmiDmon } from './nvidia-smi-dmon.js';
import { format as codecarbon } from './codecarbon.js';
import { format as dcgmPrometheus } from './dcgm-prometheus.js';
import { format as prometheusRange } from './prometheus-range.js';
import { format as rapl } from './rapl.js';
// Further formats: one import line each here, and one entry in FORMATS below.

/** Every format carbon-gate reads, by id. */
export const FORMATS: readonly TraceFormat[] = [
  nvidiaSmiCsv,
  nvidiaSmiDmon,
  codecarbon,
  dcgmPrometheus,
  prometheusRange,
  rapl,
  genericCsv,
  jsonl
];

/**
 * The format whose `detect` accepts the decoded head of a file: specific formats first, in
 * FORMATS order, then generic ones. Undefined when none does.
 */
export function detectFormat(head: string, fileName: string): TraceFormat | undefined {
  const plainName = fileName.replace(/\.gz$/i, '');
  for (const generic of [false, true]) {
    for (const f of FORMATS) {
      if ((f.generic === true) !== generic) continue;
      try {
        if (f.detect(head, plainName)) return f;
      } catch {
        // A detector that trips on odd content simply does not recognise it.
      }
    }
  }
  return undefined;
}

/** The format with this id, or a message listing the ids with the closest ones suggested. */
export function formatById(id: string): { format: TraceFormat } | { error: string } {
  const f = FORMATS.find((x) => x.id === id.trim().toLowerCase());
  if (f) return { format: f };
  const ids = FORMATS.map((x) => x.id);
  return {
    error: `Unknown trace format "${id}": expected one of ${ids.join(', ')}.${didYouMean(closestNames(id, ids))}`
  };
}
