/**
 * Grid carbon intensity by location. A location is one of:
 *  - a preset: `strubell-2019`;
 *  - a cloud region, `provider:region` (case-insensitive): `gcp:` from Google's own 2024 figures,
 *    `aws:` and `azure:` through the grid zone the region sits in (cloud-regions.ts);
 *  - an explicit Electricity Maps zone, `zone:<key>` (e.g. `zone:DE`, `zone:US-CAL-CISO`);
 *  - a country: ISO 3166 alpha-3 (`DEU`), alpha-2 (`DE`) or English name (`Germany`), giving
 *    Ember's country average; or an Ember aggregate (`WORLD`, `EU`);
 *  - a sub-national grid zone by its Electricity Maps key (`US-CAL-CISO`, `SE-SE3`).
 *
 * A two-letter code that is both a country and an Electricity Maps zone (`DE`, `FR`, `US`)
 * resolves as the country, so `DE` and `DEU` always give the same number; write `zone:DE` for
 * the Electricity Maps value. A code Ember does not cover falls through to the zone.
 */
import type { IntensityValue } from '../model.js';
import { closestNames, normalizeName } from '../suggest.js';
import { AWS_REGION_ZONES, AZURE_REGION_ZONES, GCP_REGION_COUNTRIES, type RegionZone } from './cloud-regions.js';
import { ELECTRICITY_MAPS_ZONES } from './data/electricity-maps.generated.js';
import { EMBER_AGGREGATE_LABELS, EMBER_AVERAGE_INTENSITY } from './data/ember-countries.generated.js';
import { GCP_REGIONS } from './data/gcp-regions-2024.generated.js';
import { ISO_COUNTRIES } from './data/iso-countries.generated.js';
import { PRESETS, presetFor } from './presets.js';
import { ELECTRICITY_MAPS_SOURCE, EMBER_SOURCE, GCP_REGION_SOURCE } from './sources.js';
import type { Lookup } from './types.js';

interface Country {
  alpha2: string;
  alpha3: string;
  name: string;
}

interface LocationIndex {
  byAlpha2: Map<string, Country>;
  byAlpha3: Map<string, Country>;
  /** normalizeName(country name) -> country. */
  byName: Map<string, Country>;
  aws: Map<string, RegionZone>;
  azure: Map<string, RegionZone>;
}

let index: LocationIndex | undefined;

function getIndex(): LocationIndex {
  if (index) return index;
  const countries = ISO_COUNTRIES.map(([alpha2, alpha3, name]) => ({ alpha2, alpha3, name }));
  index = {
    byAlpha2: new Map(countries.map((c) => [c.alpha2, c])),
    byAlpha3: new Map(countries.map((c) => [c.alpha3, c])),
    byName: new Map(countries.map((c) => [normalizeName(c.name), c])),
    aws: new Map(AWS_REGION_ZONES.map((r) => [r.region, r])),
    azure: new Map(AZURE_REGION_ZONES.map((r) => [azureKey(r.region), r]))
  };
  return index;
}

/** Azure regions are written "East US 2", "eastus2" or "east-us-2"; all mean `eastus2`. */
function azureKey(region: string): string {
  return region.toLowerCase().replace(/[^a-z0-9]/g, '');
}

const hasOwn = (o: object, k: string): boolean => Object.hasOwn(o, k);

function emberCountry(country: Country): IntensityValue | undefined {
  if (!hasOwn(EMBER_AVERAGE_INTENSITY, country.alpha3)) return undefined;
  return {
    intensityGPerKWh: EMBER_AVERAGE_INTENSITY[country.alpha3],
    label: country.name,
    key: country.alpha3,
    source: EMBER_SOURCE
  };
}

function emberAggregate(key: string): IntensityValue | undefined {
  if (!hasOwn(EMBER_AGGREGATE_LABELS, key) || !hasOwn(EMBER_AVERAGE_INTENSITY, key)) return undefined;
  return {
    intensityGPerKWh: EMBER_AVERAGE_INTENSITY[key],
    label: EMBER_AGGREGATE_LABELS[key],
    key,
    source: EMBER_SOURCE
  };
}

/** An Electricity Maps zone; `key` is how to write it so that it resolves back to this zone. */
function zone(zoneKey: string, writtenKey: string): IntensityValue | undefined {
  if (!hasOwn(ELECTRICITY_MAPS_ZONES, zoneKey)) return undefined;
  const [intensityGPerKWh, label] = ELECTRICITY_MAPS_ZONES[zoneKey];
  return {
    intensityGPerKWh,
    label,
    key: writtenKey,
    source: { ...ELECTRICITY_MAPS_SOURCE, name: `${ELECTRICITY_MAPS_SOURCE.name}, zone ${zoneKey}` }
  };
}

/** A bare code resolves as a country first (see module comment), then as a zone. */
function resolveBare(raw: string): IntensityValue | undefined {
  const idx = getIndex();
  const upper = raw.toUpperCase();
  const country =
    (upper.length === 3 ? idx.byAlpha3.get(upper) : undefined) ??
    (upper.length === 2 ? idx.byAlpha2.get(upper) : undefined);
  if (country) {
    const value = emberCountry(country) ?? zone(country.alpha2, country.alpha2);
    if (value) return value;
  }
  const bareZone = zone(upper, upper);
  if (bareZone) return bareZone;
  const aggregate = emberAggregate(upper.replace(/\s+/g, ' '));
  if (aggregate) return aggregate;
  const named = idx.byName.get(normalizeName(raw));
  if (named) return emberCountry(named) ?? zone(named.alpha2, named.alpha2);
  return undefined;
}

function cloudRegion(provider: 'aws' | 'azure', region: string): IntensityValue | undefined {
  const idx = getIndex();
  const entry = provider === 'aws' ? idx.aws.get(region.toLowerCase()) : idx.azure.get(azureKey(region));
  if (!entry) return undefined;
  const grid = zone(entry.zone, entry.zone);
  if (!grid) return undefined;
  const providerName = provider === 'aws' ? 'AWS' : 'Azure';
  return {
    intensityGPerKWh: grid.intensityGPerKWh,
    label: `${providerName} ${entry.region} (${entry.location}; Electricity Maps zone ${entry.zone})`,
    key: `${provider}:${entry.region}`,
    source: {
      ...grid.source,
      name: `${grid.source.name}; ${providerName} region mapped to the zone by its published location (carbon-gate)`
    }
  };
}

function gcpRegion(region: string): IntensityValue | undefined {
  const key = region.toLowerCase();
  if (!hasOwn(GCP_REGIONS, key)) return undefined;
  const [location, intensityGPerKWh] = GCP_REGIONS[key];
  const country = hasOwn(GCP_REGION_COUNTRIES, key) ? GCP_REGION_COUNTRIES[key] : undefined;
  const where = country && country !== location ? `${location}, ${country}` : location;
  return { intensityGPerKWh, label: `GCP ${key} (${where})`, key: `gcp:${key}`, source: GCP_REGION_SOURCE };
}

function resolvePrefixed(provider: string, rest: string): IntensityValue | undefined {
  switch (provider) {
    case 'gcp':
      return gcpRegion(rest);
    case 'aws':
    case 'azure':
      return cloudRegion(provider, rest);
    case 'zone': {
      const zoneKey = rest.toUpperCase();
      // Write the bare key where it already means this zone, `zone:` where a country shadows it.
      const bare = resolveBare(zoneKey);
      const shadowed = bare === undefined || bare.key !== zoneKey;
      return zone(zoneKey, shadowed ? `zone:${zoneKey}` : zoneKey);
    }
    default:
      return undefined;
  }
}

/**
 * Resolves a manifest location to a grid intensity with its label, normalised key and source
 * (name, URL, licence and, where the data gives it, the year). Unknown locations return up to
 * three closest known locations as `suggestions`.
 */
export function findIntensity(location: string): Lookup<IntensityValue> {
  const raw = location.trim();
  if (raw === '') return { ok: false, suggestions: [] };
  const preset = presetFor(raw);
  if (preset) return { ok: true, value: preset.intensity };
  const colon = raw.indexOf(':');
  const value =
    colon > 0
      ? resolvePrefixed(raw.slice(0, colon).trim().toLowerCase(), raw.slice(colon + 1).trim())
      : resolveBare(raw);
  if (value) return { ok: true, value };
  return { ok: false, suggestions: locationSuggestions(raw) };
}

/**
 * Up to three known locations closest to `raw`. A `provider:` input is compared with that
 * provider's regions only; candidates under half the input's length are left out, because
 * closestNames ranks any candidate contained in the input first ("Germny" contains "ER").
 */
function locationSuggestions(raw: string): string[] {
  const colon = raw.indexOf(':');
  const prefix = colon > 0 ? `${raw.slice(0, colon).trim().toLowerCase()}:` : '';
  const all = suggestionCandidates();
  const sameProvider = prefix ? all.filter((c) => c.startsWith(prefix)) : [];
  const minLength = Math.ceil(normalizeName(raw).length / 2);
  const pool = (sameProvider.length > 0 ? sameProvider : all).filter((c) => normalizeName(c).length >= minLength);
  return closestNames(raw, pool, 3);
}

let known: string[] | undefined;

/**
 * Every location key the catalogue resolves, sorted: presets, ISO alpha-3 and alpha-2 codes,
 * Ember aggregates, Electricity Maps zones, `zone:` keys for zones a country code shadows, and
 * `gcp:`, `aws:` and `azure:` regions. For suggestions and documentation.
 */
export function knownLocations(): string[] {
  if (known) return [...known];
  const idx = getIndex();
  const keys = new Set<string>(Object.keys(PRESETS));
  for (const c of idx.byAlpha3.values()) {
    if (hasOwn(EMBER_AVERAGE_INTENSITY, c.alpha3) || hasOwn(ELECTRICITY_MAPS_ZONES, c.alpha2)) {
      keys.add(c.alpha3);
      keys.add(c.alpha2);
    }
  }
  for (const k of Object.keys(EMBER_AGGREGATE_LABELS)) if (hasOwn(EMBER_AVERAGE_INTENSITY, k)) keys.add(k);
  for (const k of Object.keys(ELECTRICITY_MAPS_ZONES)) {
    const country = idx.byAlpha2.get(k);
    keys.add(country && hasOwn(EMBER_AVERAGE_INTENSITY, country.alpha3) ? `zone:${k}` : k);
  }
  for (const k of Object.keys(GCP_REGIONS)) keys.add(`gcp:${k}`);
  for (const r of AWS_REGION_ZONES) keys.add(`aws:${r.region}`);
  for (const r of AZURE_REGION_ZONES) keys.add(`azure:${r.region}`);
  known = [...keys].sort();
  return [...known];
}

let candidates: string[] | undefined;

/** Known keys plus English country names, so "Germny" suggests "Germany". */
function suggestionCandidates(): string[] {
  candidates ??= [...knownLocations(), ...[...getIndex().byAlpha3.values()].map((c) => c.name)];
  return candidates;
}
