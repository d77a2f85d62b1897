/**
 * Command-line parsing, as data: what each command line asks for, and the message each mistake
 * gets (all of them at once, with a suggestion where a name is close).
 */
import { parseCliArgs } from '../../src/cli/args.js';
import { useColor } from '../../src/cli/color.js';

const defaults = { files: [], noColor: false, format: 'text', failOn: 'over-budget' };

describe('parseCliArgs', () => {
  it.each([
    [['check'], { ...defaults }],
    [['check', 'a.yml', 'runs/**/m.yml', 'dir'], { ...defaults, files: ['a.yml', 'runs/**/m.yml', 'dir'] }],
    [
      [
        'check',
        '--config',
        'c.yml',
        '--budget',
        '500 kg',
        '--warn-at',
        '90%',
        '--location',
        'DE',
        '--timezone',
        '+02:00',
        '--format',
        'json',
        '--output',
        'r.json',
        '--no-color',
        '--fail-on',
        'never'
      ],
      {
        files: [],
        failOn: 'never',
        config: 'c.yml',
        budget: '500 kg',
        warnAt: '90%',
        location: 'DE',
        timezone: '+02:00',
        format: 'json',
        output: 'r.json',
        noColor: true
      }
    ],
    [
      [
        'check',
        '--intensity-series',
        'grid.csv',
        '--electricity-maps-token',
        'tok',
        '--electricity-maps-url',
        'http://127.0.0.1:9/v3'
      ],
      {
        ...defaults,
        intensitySeries: 'grid.csv',
        electricityMapsToken: 'tok',
        electricityMapsUrl: 'http://127.0.0.1:9/v3'
      }
    ],
    [
      ['check', '--budget=1.2 t', '-f', 'markdown', '-o', 'out.md', '-c', 'x.yml'],
      { ...defaults, budget: '1.2 t', format: 'markdown', output: 'out.md', config: 'x.yml' }
    ],
    [['check', '--fail-on', 'warning'], { ...defaults, failOn: 'warning' }],
    [['check', '--fail-on=over-budget'], { ...defaults }],
    [
      ['check', '--format', 'model-card', '--', '--odd-name.yml'],
      { ...defaults, format: 'model-card', files: ['--odd-name.yml'] }
    ]
  ])('%j', (argv, options) => {
    expect(parseCliArgs(argv)).toEqual({ kind: 'check', options });
  });

  it('model-card: the card first, then the manifests, with the options of check', () => {
    expect(parseCliArgs(['model-card', 'models/bert/README.md', 'runs/', '--location', 'DE', '-c', 'b.yml'])).toEqual({
      kind: 'model-card',
      card: 'models/bert/README.md',
      options: { ...defaults, files: ['runs/'], location: 'DE', config: 'b.yml' }
    });
    expect(parseCliArgs(['model-card', 'Card.MARKDOWN'])).toMatchObject({ kind: 'model-card', card: 'Card.MARKDOWN' });
  });

  it.each([
    [['--help'], 'help'],
    [['-h'], 'help'],
    [['help'], 'help'],
    [['check', '--help'], 'help'],
    [['check', '--bogus', '--help'], 'help'],
    [['--version'], 'version'],
    [['-v'], 'version']
  ])('%j asks for %s', (argv, kind) => {
    expect(parseCliArgs(argv).kind).toBe(kind);
  });

  it.each([
    [
      [],
      [
        "Missing command: expected 'carbon-gate check [FILES|GLOBS...]' or 'carbon-gate model-card README.md [FILES|GLOBS...]'."
      ]
    ],
    [
      ['chek'],
      [
        "Unknown command 'chek': expected one of 'check', 'model-card', 'ledger', 'record', 'help'. Did you mean \"check\"?"
      ]
    ],
    // One edit from europe-west4, two from europe-west1 and -west2 (insert "t", change the digit).
    [
      ['check', '--location', 'gcp:europe-wes4'],
      [
        'Option \'--location\': unknown location "gcp:europe-wes4"; expected a country (ISO 3166 code such as "DE" or "DEU"), a grid zone (such as "US-CAL-CISO"), a cloud region ("aws:us-east-1", "gcp:europe-west4", "azure:westeurope") or the preset "strubell-2019". Did you mean "gcp:europe-west4", "gcp:europe-west1" or "gcp:europe-west2"?'
      ]
    ],
    [
      ['check', '--electricity-maps-url', 'ftp://x', '--format', 'yml'],
      [
        'Option \'--electricity-maps-url\': "ftp://x" is not an http(s) URL; expected the API base, such as https://api.electricitymap.org/v3.',
        "Unknown format 'yml': expected one of text, markdown, json, model-card."
      ]
    ],
    [
      ['model-card'],
      ["Missing the model card: expected 'carbon-gate model-card README.md [FILES|GLOBS...]', the card's file first."]
    ],
    [
      ['model-card', 'carbon-manifest.yml'],
      [
        "The model card 'carbon-manifest.yml' is not a Markdown file: expected the model's README.md (the card the Hub reads) first, then the manifests, e.g. 'carbon-gate model-card README.md carbon-manifest.yml'."
      ]
    ],
    [
      ['model-card', 'README.md', '--format', 'json', '-o', 'x.md', '--fail-on', 'warn'],
      [
        "Option '--format' does not apply to 'carbon-gate model-card': it writes the card into its file, whatever the budget.",
        "Option '--output' does not apply to 'carbon-gate model-card': it writes the card into its file, whatever the budget.",
        "Option '--fail-on' does not apply to 'carbon-gate model-card': it writes the card into its file, whatever the budget."
      ]
    ],
    [['check', '--budgt', '5 kg'], ['Unknown option \'--budgt\'. Did you mean "--budget"?']],
    [['check', '-x'], ["Unknown option '-x'."]],
    [['check', '--format', 'yaml'], ["Unknown format 'yaml': expected one of text, markdown, json, model-card."]],
    [
      ['check', '--format', 'jsn'],
      ['Unknown format \'jsn\': expected one of text, markdown, json, model-card. Did you mean "json"?']
    ],
    [
      ['check', '--fail-on', 'warn'],
      ['Unknown fail-on \'warn\': expected one of over-budget, warning, never. Did you mean "warning"?']
    ],
    [['check', '--fail-on'], ["Option '--fail-on' needs a value, e.g. --fail-on warning."]],
    [['check', '--budget'], ['Option \'--budget\' needs a value, e.g. --budget "500 kg".']],
    [
      ['check', '--electricity-maps-token'],
      ['Option \'--electricity-maps-token\' needs a value, e.g. --electricity-maps-token "$ELECTRICITY_MAPS_TOKEN".']
    ],
    [
      ['check', '--intensity-series', '--format', 'json'],
      ["Option '--intensity-series' needs a value, e.g. --intensity-series data/grid-2024-06.csv."]
    ],
    [['check', '--output', '--format', 'json'], ["Option '--output' needs a value, e.g. --output report.md."]],
    [['check', '--config='], ["Option '--config' needs a non-empty value, e.g. --config .github/carbon-budget.yml."]],
    [['check', '--no-color=yes'], ["Option '--no-color' takes no value (got '--no-color=yes')."]],
    [
      ['check', '--colour', '--warn-at'],
      [
        'Unknown option \'--colour\'. Did you mean "--no-color"?',
        "Option '--warn-at' needs a value, e.g. --warn-at 80%."
      ]
    ]
  ])('%j is a usage error', (argv, errors) => {
    expect(parseCliArgs(argv)).toEqual({ kind: 'usage-error', errors });
  });
});

describe('useColor', () => {
  it.each([
    [{ toTerminal: true, noColorFlag: false, env: {} }, true],
    [{ toTerminal: false, noColorFlag: false, env: {} }, false],
    [{ toTerminal: true, noColorFlag: true, env: {} }, false],
    [{ toTerminal: true, noColorFlag: false, env: { NO_COLOR: '1' } }, false],
    [{ toTerminal: true, noColorFlag: false, env: { NO_COLOR: 'false' } }, false],
    // no-color.org: an empty NO_COLOR does not turn colour off.
    [{ toTerminal: true, noColorFlag: false, env: { NO_COLOR: '' } }, true],
    [{ toTerminal: true, noColorFlag: false, env: { TERM: 'dumb' } }, false],
    [{ toTerminal: true, noColorFlag: false, env: { TERM: 'xterm-256color' } }, true]
  ])('%j -> %s', (context, expected) => {
    expect(useColor(context)).toBe(expected);
  });
});
