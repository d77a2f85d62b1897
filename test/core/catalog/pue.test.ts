import { defaultPue, DEFAULT_PUE, PRESETS } from '../../../src/core/catalog/index.js';
import { readCsvObjects } from './fixtures.js';

const CCF_URL = 'https://www.cloudcarbonfootprint.org/docs/methodology/#power-usage-effectiveness';

describe('defaultPue', () => {
  // Provider values as Cloud Carbon Footprint uses them; 1.58 from Strubell et al. 2019.
  const cases: [location: string | undefined, pue: number, licence: string, url: string][] = [
    ['gcp:europe-west4', 1.1, 'Apache-2.0', CCF_URL],
    ['GCP:us-central1', 1.1, 'Apache-2.0', CCF_URL],
    ['aws:us-east-1', 1.135, 'Apache-2.0', CCF_URL],
    [' AWS:eu-west-1', 1.135, 'Apache-2.0', CCF_URL],
    ['azure:westeurope', 1.185, 'Apache-2.0', CCF_URL],
    ['Azure:East US', 1.185, 'Apache-2.0', CCF_URL],
    ['strubell-2019', 1.58, 'CC BY 4.0', 'https://aclanthology.org/P19-1355/'],
    ['Strubell-2019', 1.58, 'CC BY 4.0', 'https://aclanthology.org/P19-1355/']
  ];
  test.each(cases)('%j -> %d', (location, pue, licence, url) => {
    expect(defaultPue(location)).toEqual({ pue, source: expect.objectContaining({ licence, url }) });
  });

  test.each([undefined, '', 'DEU', 'US-CAL-CISO', 'zone:DE', 'oracle:us-ashburn-1'])(
    '%j -> the documented default',
    (location) => {
      expect(defaultPue(location)).toBe(DEFAULT_PUE);
    }
  );

  test('the default is the Uptime Institute 2024 average of Green Algorithms defaults_PUE.csv ("Unknown" row)', () => {
    const unknown = readCsvObjects('green-algorithms-defaults_PUE.csv', 1).find((r) => r.provider === 'Unknown');
    expect(DEFAULT_PUE.pue).toBe(Number(unknown?.PUE));
    expect(DEFAULT_PUE.pue).toBe(1.56);
    expect(unknown?.source).toContain('2024');
    expect(DEFAULT_PUE.source).toEqual(expect.objectContaining({ licence: 'CC BY 4.0', year: 2024 }));
  });

  test('the preset PUE is the one PRESETS holds', () => {
    expect(defaultPue('strubell-2019')).toBe(PRESETS['strubell-2019'].pue);
  });
});
