/**
 * Option values checked when they are read, once for both adapters: locations against the
 * catalogue, time zones as the trace readers read them, the Electricity Maps URL; each problem
 * named in the adapter's own spelling of the option.
 */
import { describe, expect, test } from '@jest/globals';
import { checkOptionValues, optionProblemText } from '../../src/io/validate.js';

describe('checkOptionValues', () => {
  test.each([
    ['location', 'DE'],
    ['location', 'usa'],
    ['location', 'US-CAL-CISO'],
    ['location', 'gcp:europe-west4'],
    ['location', 'aws:us-east-1'],
    ['location', 'strubell-2019'],
    ['timezone', 'Europe/Berlin'],
    ['timezone', '+05:30'],
    ['timezone', 'UTC'],
    ['electricity-maps-url', 'https://api.electricitymap.org/v3'],
    ['electricity-maps-url', 'http://127.0.0.1:8080/v3']
  ] as const)('%s %s is accepted', (option, value) => {
    expect(checkOptionValues({ [option]: value })).toEqual([]);
  });

  test('an unknown location is refused with the closest known one', () => {
    const [problem, ...rest] = checkOptionValues({ location: 'gcp:europe-wes4' });
    expect(rest).toEqual([]);
    expect(problem.option).toBe('location');
    expect(problem.message).toMatch(/^unknown location "gcp:europe-wes4"; expected a country/);
    expect(problem.message).toMatch(/Did you mean "gcp:europe-west4"/);
    expect(checkOptionValues({ location: 'Mars' })[0].message).toMatch(/^unknown location "Mars"/);
  });

  test('an unknown time zone is refused with the closest IANA name; an offset past 18 hours is no offset', () => {
    const [problem] = checkOptionValues({ timezone: 'Europe/Berln' });
    expect(problem).toMatchObject({ option: 'timezone' });
    expect(problem.message).toMatch(/^unknown time zone "Europe\/Berln": expected UTC, an offset/);
    expect(problem.message).toMatch(/Did you mean "Europe\/Berlin"/);
    expect(checkOptionValues({ timezone: '+19:00' })).toHaveLength(1);
  });

  test('a URL that is not http(s) is refused', () => {
    for (const url of ['ftp://example.org/v3', 'api.electricitymap.org/v3', 'file:///etc/passwd'])
      expect(checkOptionValues({ 'electricity-maps-url': url })).toEqual([
        {
          option: 'electricity-maps-url',
          message: `"${url}" is not an http(s) URL; expected the API base, such as https://api.electricitymap.org/v3.`
        }
      ]);
  });

  test('every problem is reported at once, in the order given; empty values are not set', () => {
    const problems = checkOptionValues({ location: 'Mars', timezone: 'Mars/Base', 'electricity-maps-url': 'x' });
    expect(problems.map((p) => p.option)).toEqual(['location', 'timezone', 'electricity-maps-url']);
    expect(checkOptionValues({ location: '', timezone: '  ', 'electricity-maps-url': undefined })).toEqual([]);
  });
});

describe('optionProblemText', () => {
  test('names the flag for the CLI and the input for the action', () => {
    const problem = { option: 'location' as const, message: 'unknown location "Mars".' };
    expect(optionProblemText(problem, 'cli')).toBe(`Option '--location': unknown location "Mars".`);
    expect(optionProblemText(problem, 'action')).toBe('Input `location`: unknown location "Mars".');
  });
});
