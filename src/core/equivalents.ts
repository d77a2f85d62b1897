/**
 * Relatable comparisons for a report's total emissions, from Strubell, Ganesh & McCallum (2019),
 * "Energy and Policy Considerations for Deep Learning in NLP", ACL 2019, Table 1
 * (https://aclanthology.org/P19-1355/). The paper states them in lb CO2e; the ratio is taken in
 * pounds so that the paper's figures are used exactly as published.
 */
import type { Equivalent, SourceRef } from './model.js';
import { KG_PER_LB } from './units.js';

/** The citation for every figure in {@link TABLE1}. */
export const STRUBELL_2019_TABLE1: SourceRef = {
  name: 'Strubell, Ganesh & McCallum (2019), Energy and Policy Considerations for Deep Learning in NLP, Table 1',
  url: 'https://aclanthology.org/P19-1355/',
  licence: 'published figures (facts), quoted with citation; paper CC BY 4.0',
  year: 2019
};

/** One row of Table 1. */
export interface Table1Row {
  /** The paper's wording of the row. */
  consumption: string;
  /** Its emissions as published, lb CO2e. */
  co2eLb: number;
  /** Everyday consumption, or the cost of training a model. */
  kind: 'everyday' | 'training';
}

/**
 * Strubell et al. (2019), Table 1, every row as published (copied from
 * `shared/samples/strubell2019/table1_co2e_comparisons.csv`).
 */
export const TABLE1: readonly Table1Row[] = [
  { consumption: 'Air travel, 1 passenger, NY<->SF', co2eLb: 1984, kind: 'everyday' },
  { consumption: 'Human life, avg, 1 year', co2eLb: 11023, kind: 'everyday' },
  { consumption: 'American life, avg, 1 year', co2eLb: 36156, kind: 'everyday' },
  { consumption: 'Car, avg incl. fuel, 1 lifetime', co2eLb: 126000, kind: 'everyday' },
  { consumption: 'Training one model (GPU): NLP pipeline (parsing, SRL)', co2eLb: 39, kind: 'training' },
  {
    consumption: 'Training one model (GPU): NLP pipeline w/ tuning & experimentation',
    co2eLb: 78468,
    kind: 'training'
  },
  { consumption: 'Training one model (GPU): Transformer (big)', co2eLb: 192, kind: 'training' },
  {
    consumption: 'Training one model (GPU): Transformer (big) w/ neural architecture search',
    co2eLb: 626155,
    kind: 'training'
  }
];

/**
 * The report's equivalents: the total as a multiple of each everyday row of Table 1
 * (`ratio = total lb / reference lb`). The training rows are left out of the report because a
 * reader relates to a flight or a car more readily than to another model; they stay in
 * {@link TABLE1} for anyone who wants them.
 */
export function equivalents(totalEmissionsKg: number): Equivalent[] {
  const totalLb = totalEmissionsKg / KG_PER_LB;
  return TABLE1.filter((row) => row.kind === 'everyday').map((row) => ({
    label: row.consumption,
    referenceLb: row.co2eLb,
    ratio: totalLb / row.co2eLb
  }));
}
