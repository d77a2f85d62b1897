/**
 * Default PUE for a location: the provider's published fleet average for cloud regions, the
 * preset's own PUE for a preset, otherwise the Uptime Institute 2024 industry average.
 */
import type { PueValue } from '../model.js';
import { presetFor } from './presets.js';
import { CLOUD_CARBON_FOOTPRINT_PUE_SOURCE, UPTIME_2024_PUE_SOURCE } from './sources.js';

/** Provider fleet PUEs as Cloud Carbon Footprint uses them (Apache-2.0). */
export const PROVIDER_PUE: Readonly<Record<'gcp' | 'aws' | 'azure', PueValue>> = Object.freeze({
  gcp: {
    pue: 1.1,
    source: {
      ...CLOUD_CARBON_FOOTPRINT_PUE_SOURCE,
      name: `${CLOUD_CARBON_FOOTPRINT_PUE_SOURCE.name}: Google Cloud 1.1`
    }
  },
  aws: {
    pue: 1.135,
    source: { ...CLOUD_CARBON_FOOTPRINT_PUE_SOURCE, name: `${CLOUD_CARBON_FOOTPRINT_PUE_SOURCE.name}: AWS 1.135` }
  },
  // CCF's code uses 1.185 (Microsoft's trailing-12-month average); its doc also quotes 1.125 for newest designs.
  azure: {
    pue: 1.185,
    source: { ...CLOUD_CARBON_FOOTPRINT_PUE_SOURCE, name: `${CLOUD_CARBON_FOOTPRINT_PUE_SOURCE.name}: Azure 1.185` }
  }
});

/** PUE for a location that is not a cloud region or preset (and for no location at all). */
export const DEFAULT_PUE: PueValue = Object.freeze({ pue: 1.56, source: UPTIME_2024_PUE_SOURCE });

/**
 * The default PUE for a manifest location: `gcp:` 1.1, `aws:` 1.135, `azure:` 1.185, a preset's
 * own PUE (`strubell-2019`: 1.58), otherwise 1.56. An explicit `pue:` in the manifest wins over
 * this; the caller applies that.
 */
export function defaultPue(location: string | undefined): PueValue {
  if (location === undefined || location.trim() === '') return DEFAULT_PUE;
  const preset = presetFor(location);
  if (preset) return preset.pue;
  const colon = location.indexOf(':');
  const provider = colon > 0 ? location.slice(0, colon).trim().toLowerCase() : '';
  if (provider === 'gcp' || provider === 'aws' || provider === 'azure') return PROVIDER_PUE[provider];
  return DEFAULT_PUE;
}
