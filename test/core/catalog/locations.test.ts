import { averageIntensity, electricityMaps } from '@tgwf/co2/data';
import {
  AWS_REGION_ZONES,
  AZURE_REGION_ZONES,
  findIntensity,
  knownLocations,
  PRESETS
} from '../../../src/core/catalog/index.js';
import { presetFor } from '../../../src/core/catalog/presets.js';
import { GCP_REGION_COUNTRIES } from '../../../src/core/catalog/cloud-regions.js';
import { readCsv } from './fixtures.js';

/**
 * Expected intensities come from the upstream data itself: the installed @tgwf/co2 package
 * (Ember averages, Electricity Maps yearly zones) and the fixture copy of Google's 2024 CSV.
 */
const ember = averageIntensity.data;
const emYears = Object.keys(electricityMaps)
  .map((k) => /^yearly(\d{4})$/.exec(k))
  .filter((m): m is RegExpExecArray => m !== null)
  .map((m) => Number(m[1]));
const latestYear = Math.max(...emYears);
const emZones = electricityMaps[`yearly${latestYear}`].data;
const emValue = (zone: string): number => emZones[zone].carbonIntensity.value;

const ok = (location: string) => {
  const r = findIntensity(location);
  if (!r.ok) throw new Error(`${location} did not resolve; suggestions ${r.suggestions.join(', ')}`);
  return r.value;
};

describe('countries: ISO alpha-3, alpha-2 and English name give the Ember average', () => {
  const cases: [input: string, alpha3: string, label: string][] = [
    ['DEU', 'DEU', 'Germany'],
    ['DE', 'DEU', 'Germany'],
    ['de', 'DEU', 'Germany'],
    ['Germany', 'DEU', 'Germany'],
    [' germany ', 'DEU', 'Germany'],
    ['USA', 'USA', 'United States'],
    ['US', 'USA', 'United States'],
    ['FR', 'FRA', 'France'],
    ['GB', 'GBR', 'United Kingdom'],
    ['IN', 'IND', 'India'],
    ['KR', 'KOR', 'South Korea'],
    ['TW', 'TWN', 'Taiwan']
  ];
  test.each(cases)('%s -> %s (%s)', (input, alpha3, label) => {
    const v = ok(input);
    expect(v).toEqual({
      intensityGPerKWh: ember[alpha3],
      label,
      key: alpha3,
      source: expect.objectContaining({ licence: 'CC BY-SA 4.0' })
    });
  });

  test('every country and aggregate in @tgwf/co2 averageIntensity resolves to its value', () => {
    const wrong = Object.entries(ember).filter(([key, value]) => {
      const r = findIntensity(key);
      return !(r.ok && r.value.intensityGPerKWh === value && r.value.key === key);
    });
    expect(Object.keys(ember).length).toBeGreaterThan(200);
    expect(wrong).toEqual([]);
  });

  test('alpha-2 codes (OWID table in the carbontracker fixture) give the same value as alpha-3', () => {
    const rows = readCsv('carbontracker-carbon-intensities.csv')
      .slice(1)
      .filter((r) => r[2] in ember);
    expect(rows.length).toBeGreaterThan(150);
    const wrong = rows.filter(([alpha2, , alpha3]) => {
      const r = findIntensity(alpha2);
      return !(r.ok && r.value.key === alpha3 && r.value.intensityGPerKWh === ember[alpha3]);
    });
    expect(wrong).toEqual([]);
  });

  test('aggregates: WORLD and EU', () => {
    expect(ok('world')).toEqual(
      expect.objectContaining({ intensityGPerKWh: ember.WORLD, label: 'World', key: 'WORLD' })
    );
    expect(ok('EU')).toEqual(
      expect.objectContaining({ intensityGPerKWh: ember.EU, label: 'European Union', key: 'EU' })
    );
  });

  test('a country Ember lacks falls through to its Electricity Maps zone (Timor-Leste)', () => {
    expect('TLS' in ember).toBe(false);
    for (const input of ['TL', 'TLS', 'Timor-Leste']) {
      expect(ok(input)).toEqual(
        expect.objectContaining({
          intensityGPerKWh: emValue('TL'),
          key: 'TL',
          source: expect.objectContaining({ licence: 'ODbL 1.0' })
        })
      );
    }
  });
});

describe('grid zones: Electricity Maps, latest year shipped by @tgwf/co2', () => {
  test.each([
    ['US-CAL-CISO', 'US-CAL-CISO', 'California ISO (USA)'],
    ['us-cal-ciso', 'US-CAL-CISO', 'California ISO (USA)'],
    ['SE-SE3', 'SE-SE3', 'South Central Sweden (Sweden)'],
    ['US-MIDA-PJM', 'US-MIDA-PJM', 'PJM Interconnection (USA)'],
    ['zone:us-cal-ciso', 'US-CAL-CISO', 'California ISO (USA)']
  ])('%s -> zone %s', (input, zoneKey, label) => {
    expect(ok(input)).toEqual({
      intensityGPerKWh: emValue(zoneKey),
      label,
      key: zoneKey,
      source: expect.objectContaining({
        licence: 'ODbL 1.0',
        year: latestYear,
        url: expect.stringMatching(/^https:\/\//)
      })
    });
  });

  test('a two-letter code that is also a zone resolves as the country; zone: selects the zone', () => {
    expect(ok('DE')).toEqual(expect.objectContaining({ key: 'DEU', intensityGPerKWh: ember.DEU }));
    expect(ok('zone:DE')).toEqual(
      expect.objectContaining({
        key: 'zone:DE',
        intensityGPerKWh: emValue('DE'),
        source: expect.objectContaining({ year: latestYear })
      })
    );
  });

  test('every zone of the latest year resolves through zone:<key> to its value', () => {
    const keys = Object.keys(emZones);
    expect(keys.length).toBeGreaterThan(300);
    const wrong = keys.filter((k) => {
      const r = findIntensity(`zone:${k}`);
      return !(r.ok && r.value.intensityGPerKWh === emValue(k) && r.value.source.year === latestYear);
    });
    expect(wrong).toEqual([]);
  });
});

describe('cloud regions', () => {
  const gcpRows = readCsv('gcp-region-carbon-info-2024.csv');

  test("every gcp: region of Google's 2024 CSV resolves to its grid intensity", () => {
    expect(gcpRows[0]).toEqual([
      'Google Cloud Region',
      'Location',
      'Google CFE',
      'Grid carbon intensity (gCO2eq / kWh)'
    ]);
    const rows = gcpRows.slice(1);
    expect(rows.length).toBe(44);
    for (const [region, location, , intensity] of rows) {
      expect([region, ok(`gcp:${region}`)]).toEqual([
        region,
        {
          intensityGPerKWh: Number(intensity),
          label: expect.stringContaining(`GCP ${region} (${location}`),
          key: `gcp:${region}`,
          source: expect.objectContaining({
            licence: 'Apache-2.0',
            year: 2024,
            url: expect.stringMatching(/^https:\/\//)
          })
        }
      ]);
    }
  });

  test.each([
    ['gcp:europe-west4', 208.81, 'GCP europe-west4 (Eemshaven, Netherlands)'],
    ['GCP:Europe-West4', 208.81, 'GCP europe-west4 (Eemshaven, Netherlands)'],
    ['gcp:us-central1', 412.72, 'GCP us-central1 (Iowa, United States)'],
    ['gcp:asia-east1', 439.29, 'GCP asia-east1 (Taiwan)']
  ])('%s -> %d g/kWh, "%s"', (input, expected, label) => {
    expect(ok(input)).toEqual(expect.objectContaining({ intensityGPerKWh: expected, label }));
  });

  test.each([
    ['aws:us-east-1', 'aws:us-east-1', 'US-MIDA-PJM'],
    ['AWS:US-EAST-1', 'aws:us-east-1', 'US-MIDA-PJM'],
    ['aws:us-east-2', 'aws:us-east-2', 'US-MIDA-PJM'],
    ['aws:us-west-1', 'aws:us-west-1', 'US-CAL-CISO'],
    ['aws:us-west-2', 'aws:us-west-2', 'US-NW-BPAT'],
    ['aws:eu-central-1', 'aws:eu-central-1', 'DE'],
    ['aws:eu-west-1', 'aws:eu-west-1', 'IE'],
    ['aws:eu-north-1', 'aws:eu-north-1', 'SE-SE3'],
    ['aws:ap-south-1', 'aws:ap-south-1', 'IN-WE'],
    ['azure:eastus', 'azure:eastus', 'US-MIDA-PJM'],
    ['azure:East US 2', 'azure:eastus2', 'US-MIDA-PJM'],
    ['azure:westeurope', 'azure:westeurope', 'NL'],
    ['azure:West Europe', 'azure:westeurope', 'NL'],
    ['azure:southcentralus', 'azure:southcentralus', 'US-TEX-ERCO'],
    ['azure:swedencentral', 'azure:swedencentral', 'SE-SE3']
  ])('%s -> %s via Electricity Maps zone %s', (input, key, zoneKey) => {
    expect(ok(input)).toEqual({
      intensityGPerKWh: emValue(zoneKey),
      label: expect.stringContaining(`Electricity Maps zone ${zoneKey}`),
      key,
      source: expect.objectContaining({ licence: 'ODbL 1.0', year: latestYear })
    });
  });

  test('every GCP region in the CSV has a country for its label', () => {
    const missing = gcpRows
      .slice(1)
      .map((r) => r[0])
      .filter((region) => !Object.hasOwn(GCP_REGION_COUNTRIES, region));
    expect(missing).toEqual([]);
  });

  test('every AWS and Azure mapping names a zone the data has', () => {
    const missing = [...AWS_REGION_ZONES, ...AZURE_REGION_ZONES]
      .filter((r) => !(r.zone in emZones))
      .map((r) => `${r.region} -> ${r.zone}`);
    expect(missing).toEqual([]);
  });
});

describe('presets', () => {
  test('strubell-2019: 0.954 lb/kWh in g/kWh, PUE 1.58, Strubell et al. 2019 (CC BY 4.0)', () => {
    const gramsPerPound = 453.59237; // international avoirdupois pound, exact
    const expectedGPerKWh = 0.954 * gramsPerPound; // 432.727... g/kWh; the paper rounds to 432.7
    const v = ok('strubell-2019');
    expect(v.intensityGPerKWh).toBe(expectedGPerKWh);
    expect(v.intensityGPerKWh).toBeCloseTo(432.7, 1);
    expect(v.key).toBe('strubell-2019');
    expect(v.source).toEqual(
      expect.objectContaining({ licence: 'CC BY 4.0', year: 2019, url: expect.stringContaining('aclanthology.org') })
    );
    expect(PRESETS['strubell-2019'].pue.pue).toBe(1.58);
    expect(ok('Strubell-2019')).toEqual(v);
  });

  test.each([
    ['strubell-2019', true],
    [' STRUBELL-2019 ', true],
    ['DEU', false],
    ['constructor', false],
    ['toString', false]
  ])('presetFor(%j) finds a preset: %s', (input, expected) => {
    expect(presetFor(input) !== undefined).toBe(expected);
  });
});

describe('unknown locations', () => {
  test.each([
    ['Germny', 'Germany'],
    ['DEUU', 'DEU'],
    ['US-CAL-CISOO', 'US-CAL-CISO'],
    ['gcp/europe-west4', 'gcp:europe-west4'],
    ['gcp:europe-west44', 'gcp:europe-west4'],
    ['aws:us-east-7', 'aws:us-east-1'],
    ['azure:eastus9', 'azure:eastus'],
    ['strubel-2019', 'strubell-2019']
  ])('%s is not found; suggestions include %s', (input, expected) => {
    const r = findIntensity(input);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.suggestions).toContain(expected);
    expect(!r.ok && r.suggestions.length).toBeLessThanOrEqual(3);
  });

  test.each([
    '',
    '  ',
    'Atlantis-North-7',
    'oracle:us-ashburn-1',
    'zone:XX-NOPE',
    'gcp:',
    'constructor',
    '__proto__',
    'zone:__proto__'
  ])('%j is not found', (input) => {
    expect(findIntensity(input)).toEqual({ ok: false, suggestions: expect.any(Array) });
  });
});

describe('knownLocations', () => {
  test('includes each kind of key, sorted and unique', () => {
    const keys = knownLocations();
    for (const k of [
      'strubell-2019',
      'DEU',
      'DE',
      'WORLD',
      'US-CAL-CISO',
      'zone:DE',
      'gcp:europe-west4',
      'aws:us-east-1',
      'azure:westeurope'
    ])
      expect(keys).toContain(k);
    expect([...keys].sort()).toEqual(keys);
    expect(new Set(keys).size).toBe(keys.length);
  });

  test('every known location resolves, and its normalised key resolves to the same value', () => {
    const broken = knownLocations().filter((k) => {
      const r = findIntensity(k);
      if (!r.ok) return true;
      const again = findIntensity(r.value.key);
      return !(
        again.ok &&
        again.value.intensityGPerKWh === r.value.intensityGPerKWh &&
        again.value.label === r.value.label
      );
    });
    expect(broken).toEqual([]);
  });

  test('every resolved location names a source with a licence and an https URL', () => {
    const bad = knownLocations().filter((k) => {
      const r = findIntensity(k);
      return !(
        r.ok &&
        r.value.source.licence !== '' &&
        /^https:\/\//.test(r.value.source.url ?? '') &&
        r.value.source.name !== ''
      );
    });
    expect(bad).toEqual([]);
  });
});
