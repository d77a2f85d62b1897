/**
 * The Electricity Maps zone of a resolved location, so that hourly intensities can be fetched for
 * the grid a run drew from. The resolved intensity's `key` says what the location was: a country
 * (alpha-3 for Ember's averages), a zone, or a cloud region (`aws:`, `azure:`, `gcp:`).
 *
 * AWS and Azure regions use the catalogue's region-to-zone tables. Google publishes its own
 * per-region intensity (used for the annual value) but no zone, so GCP regions are mapped here the
 * same way the catalogue maps AWS and Azure: by the place Google says the region is in
 * (https://cloud.google.com/about/locations; the city in Google's region-carbon-info CSV) and the
 * grid that supplies it. Presets, Ember aggregates (WORLD, EU) and explicit intensities have none.
 */
import { AWS_REGION_ZONES, AZURE_REGION_ZONES } from './catalog/index.js';
import { ELECTRICITY_MAPS_ZONES } from './catalog/data/electricity-maps.generated.js';
import { ISO_COUNTRIES } from './catalog/data/iso-countries.generated.js';

/**
 * Google Cloud regions -> Electricity Maps zones, by published location. US regions go to the
 * balancing authority of their site: Council Bluffs, Iowa (MISO); Oklahoma (SPP); Moncks Corner,
 * South Carolina (Santee Cooper); Georgia (Southern Company); Ashburn, Virginia and Columbus, Ohio
 * (PJM); Dallas (ERCOT); The Dalles, Oregon (Bonneville); Los Angeles (LADWP); Salt Lake City
 * (PacifiCorp East); Las Vegas (Nevada Power). Elsewhere the country, or the sub-zone Electricity
 * Maps splits it into (Tokyo, Kansai, Mumbai = West India, Delhi = North India, New South Wales,
 * Victoria, Stockholm = SE3, Milan and Turin = North Italy, Québec, Ontario, Central-South Brazil,
 * Chile's national system).
 */
export const GCP_REGION_ZONES: Readonly<Record<string, string>> = {
  'africa-south1': 'ZA',
  'asia-east1': 'TW',
  'asia-east2': 'HK',
  'asia-northeast1': 'JP-TK',
  'asia-northeast2': 'JP-KN',
  'asia-northeast3': 'KR',
  'asia-south1': 'IN-WE',
  'asia-south2': 'IN-NO',
  'asia-southeast1': 'SG',
  'asia-southeast2': 'ID',
  'australia-southeast1': 'AU-NSW',
  'australia-southeast2': 'AU-VIC',
  'europe-central2': 'PL',
  'europe-north1': 'FI',
  'europe-north2': 'SE-SE3',
  'europe-southwest1': 'ES',
  'europe-west1': 'BE',
  'europe-west2': 'GB',
  'europe-west3': 'DE',
  'europe-west4': 'NL',
  'europe-west6': 'CH',
  'europe-west8': 'IT-NO',
  'europe-west9': 'FR',
  'europe-west10': 'DE',
  'europe-west12': 'IT-NO',
  'me-central1': 'QA',
  'me-central2': 'SA',
  'me-west1': 'IL',
  'northamerica-northeast1': 'CA-QC',
  'northamerica-northeast2': 'CA-ON',
  'northamerica-south1': 'MX',
  'southamerica-east1': 'BR-CS',
  'southamerica-west1': 'CL-SEN',
  'us-central1': 'US-MIDW-MISO',
  'us-central2': 'US-CENT-SWPP',
  'us-east1': 'US-CAR-SC',
  'us-east2': 'US-SE-SOCO',
  'us-east4': 'US-MIDA-PJM',
  'us-east5': 'US-MIDA-PJM',
  'us-south1': 'US-TEX-ERCO',
  'us-west1': 'US-NW-BPAT',
  'us-west2': 'US-CAL-LDWP',
  'us-west3': 'US-NW-PACE',
  'us-west4': 'US-NW-NEVP'
};

const isZone = (key: string): boolean => Object.hasOwn(ELECTRICITY_MAPS_ZONES, key);

let alpha2ByAlpha3: Map<string, string> | undefined;

/**
 * The Electricity Maps zone for a resolved intensity key (`IntensityValue.key`), or undefined
 * where the location names no zone (a preset, an aggregate, an explicit intensity, or a country
 * Electricity Maps only publishes by sub-zone).
 */
export function electricityMapsZone(key: string): string | undefined {
  const colon = key.indexOf(':');
  if (colon > 0) {
    const prefix = key.slice(0, colon);
    const rest = key.slice(colon + 1);
    switch (prefix) {
      case 'zone':
        return isZone(rest) ? rest : undefined;
      case 'aws':
        return AWS_REGION_ZONES.find((r) => r.region === rest)?.zone;
      case 'azure':
        return AZURE_REGION_ZONES.find((r) => r.region === rest)?.zone;
      case 'gcp':
        return Object.hasOwn(GCP_REGION_ZONES, rest) ? GCP_REGION_ZONES[rest] : undefined;
      default:
        return undefined;
    }
  }
  if (isZone(key)) return key;
  alpha2ByAlpha3 ??= new Map(ISO_COUNTRIES.map(([alpha2, alpha3]) => [alpha3, alpha2]));
  const alpha2 = alpha2ByAlpha3.get(key);
  return alpha2 !== undefined && isZone(alpha2) ? alpha2 : undefined;
}
