/**
 * The Hugging Face model-card `co2_eq_emissions` metadata block (hub-docs
 * `docs/hub/model-cards-co2.md`): emissions as a number in grams, plus where the figure comes
 * from, where the training ran and on what. Written with the `yaml` library so that any text from
 * a manifest is quoted correctly, and escaped first (control and invisible characters as visible
 * escapes) so that no value spans lines or drives the terminal it is printed on. Only a valid
 * report has a card: the CLI writes none for invalid input.
 */
import { stringify } from 'yaml';
import type { Report } from '../model.js';
import { escapeInline } from './escape.js';

/** Grams in a kilogram: the model card's unit is grams, the report's is kilograms. */
const G_PER_KG = 1000;

/** The `co2_eq_emissions` values carbon-gate computes (the Hub's `training_type` it cannot know). */
export interface Co2Metadata {
  /** Grams of CO2e. */
  emissions: number;
  source: string;
  geographical_location: string;
  hardware_used: string;
}

/**
 * The `co2_eq_emissions` metadata of a report, in the Hub's key order (hub-docs
 * `model-cards-co2.md`): the report's total in grams, rounded to a milligram so that binary noise
 * does not show, where the figure comes from, where the training ran and on what. Text is escaped
 * so that every value is one line. `training_type` is left out because a manifest does not say
 * whether a run is pre-training or fine-tuning.
 */
export function modelCardMetadata(report: Report): Co2Metadata {
  const grams = Math.round(report.totals.emissionsKg * G_PER_KG * 1000) / 1000;
  const methods = [...new Set(report.runs.map((r) => r.method))].sort();
  const methodText =
    methods.length === 0
      ? 'no runs'
      : methods
          .map((m) => (m === 'estimated' ? 'estimated from rated hardware power' : 'measured from power logs'))
          .join(' and ');
  return {
    emissions: grams,
    source: escapeInline(
      `${report.tool.name} ${report.tool.version} (${methodText}; facility energy = IT energy x PUE, emissions = energy x grid intensity)`
    ),
    geographical_location:
      escapeInline(unique(report.runs.map((r) => r.sources.intensity.label)).join('; ')) || 'unknown',
    hardware_used: escapeInline(unique(report.runs.map((r) => r.hardware)).join('; ')) || 'unknown'
  };
}

/** Renders the `co2_eq_emissions` block for a model card's YAML front matter (`--format model-card`). */
export function renderModelCard(report: Report): string {
  return stringify({ co2_eq_emissions: modelCardMetadata(report) }, { lineWidth: 0 });
}

/** Distinct values, first occurrence first. */
function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}
