/**
 * Named presets: an intensity and a PUE that belong together because a published study used them.
 */
import type { IntensityValue, PueValue } from '../model.js';
import { KG_PER_LB } from '../units.js';
import { STRUBELL_2019_SOURCE } from './sources.js';

/** Strubell et al. 2019: the EPA US average, 0.954 lb CO2e per kWh, and PUE 1.58. */
const STRUBELL_LB_PER_KWH = 0.954;

/** Presets by lower-case name: `strubell-2019` reproduces the paper's method. */
export const PRESETS: Readonly<Record<string, { intensity: IntensityValue; pue: PueValue }>> = Object.freeze({
  'strubell-2019': {
    intensity: {
      intensityGPerKWh: STRUBELL_LB_PER_KWH * KG_PER_LB * 1000, // lb/kWh x kg/lb x g/kg
      label: 'Strubell et al. 2019 (US average, 0.954 lb/kWh)',
      key: 'strubell-2019',
      source: STRUBELL_2019_SOURCE
    },
    pue: { pue: 1.58, source: STRUBELL_2019_SOURCE }
  }
});

/** The preset `location` names (case-insensitive, surrounding spaces ignored), or undefined. */
export function presetFor(location: string): { intensity: IntensityValue; pue: PueValue } | undefined {
  const key = location.trim().toLowerCase();
  return Object.hasOwn(PRESETS, key) ? PRESETS[key] : undefined;
}
