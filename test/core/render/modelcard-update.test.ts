/**
 * updateModelCard: the `co2_eq_emissions` metadata written into a model card's front matter the
 * way the Hub reads it, on real-world front matters. Each expected card is written out by hand
 * from the input and the block below; every result is also read back with the Hub's own pattern
 * (huggingface_hub `repocard.py`, `REGEX_YAML_BLOCK`) and parsed, as the Hub would.
 */
import { describe, expect, test } from '@jest/globals';
import { parse } from 'yaml';
import { updateModelCard } from '../../../src/core/render/modelcard-update.js';
import type { Co2Metadata } from '../../../src/core/render/modelcard.js';

const META: Co2Metadata = {
  emissions: 1234.5,
  source: 'carbon-gate test',
  geographical_location: 'Germany',
  hardware_used: '8 x NVIDIA A100-SXM4-80GB'
};

/** The block as the Hub's documentation lays it out, for {@link META}. */
const BLOCK = [
  'co2_eq_emissions:',
  '  emissions: 1234.5',
  '  source: carbon-gate test',
  '  geographical_location: Germany',
  '  hardware_used: 8 x NVIDIA A100-SXM4-80GB',
  ''
].join('\n');

/** huggingface_hub's copy of the Hub's pattern ("exact same regex as in the Hub server"). */
const HUB_YAML_BLOCK = /^(\s*---[\r\n]+)([\S\s]*?)([\r\n]+---(\r\n|\n|$))/;

/** The metadata as the Hub reads it from a card. */
function hubMetadata(card: string): Record<string, unknown> | undefined {
  const match = HUB_YAML_BLOCK.exec(card);
  return match ? (parse(match[2]) as Record<string, unknown>) : undefined;
}

function updated(card: string): string {
  const result = updateModelCard(card, META, 'README.md');
  if (!result.ok) throw new Error(result.diagnostics.map((d) => d.message).join('\n'));
  return result.text;
}

/** A Hub-generated card's front matter: comments, lists in two styles, an anchor and its alias, nested maps. */
const REAL_FRONT_MATTER = `# For reference on model card metadata, see the spec: https://github.com/huggingface/hub-docs/blob/main/modelcard.md?plain=1
language:
- en
- de
license: apache-2.0   # SPDX id
tags: &tags
  - text-classification
  - "bert"
datasets: [imdb, sst2]
base_model: google-bert/bert-base-uncased
widget:
  - text: "I loved it --- really"
extra_tags: *tags
model-index:
- name: my-model
  results:
  - task:
      type: text-classification
    metrics:
    - type: accuracy
      value: 0.93
`;

const BODY = `
# My model

Some text.

---

key: value after a rule
---
`;

describe('updateModelCard: where the block goes', () => {
  test('a card without front matter gets one at the top; the body is untouched', () => {
    const card = '# My model\n\nText.\n';
    expect(updated(card)).toBe(`---\n${BLOCK}---\n${card}`);
    expect(updateModelCard(card, META, 'README.md')).toMatchObject({ change: 'created' });
  });

  test('an empty file gets a front matter alone', () => {
    expect(updated('')).toBe(`---\n${BLOCK}---\n`);
  });

  test('a real front matter gets the block at its end, every other line kept as written', () => {
    const card = `---\n${REAL_FRONT_MATTER}---\n${BODY}`;
    expect(updated(card)).toBe(`---\n${REAL_FRONT_MATTER}${BLOCK}---\n${BODY}`);
    const meta = hubMetadata(updated(card));
    expect(meta?.co2_eq_emissions).toEqual(META);
    expect(meta?.extra_tags).toEqual(['text-classification', 'bert']);
    expect(meta?.license).toBe('apache-2.0');
  });

  test('an existing co2_eq_emissions is replaced in place; its training_type and the comment above it stay', () => {
    const card = [
      '---',
      'license: mit',
      '# emissions, from the last training',
      'co2_eq_emissions:',
      '  emissions: 10   # old',
      '  source: "CodeCarbon"',
      '  training_type: fine-tuning',
      '  geographical_location: Quebec, Canada',
      '  hardware_used: 1 x T4',
      'pipeline_tag: text-generation',
      '---',
      'body',
      ''
    ].join('\n');
    const expected = [
      '---',
      'license: mit',
      '# emissions, from the last training',
      'co2_eq_emissions:',
      '  emissions: 1234.5',
      '  source: carbon-gate test',
      '  training_type: fine-tuning',
      '  geographical_location: Germany',
      '  hardware_used: 8 x NVIDIA A100-SXM4-80GB',
      'pipeline_tag: text-generation',
      '---',
      'body',
      ''
    ].join('\n');
    expect(updateModelCard(card, META, 'README.md')).toEqual({ ok: true, change: 'replaced', text: expected });
  });

  test('a bare number or a flow mapping under co2_eq_emissions is replaced whole', () => {
    expect(updated('---\nco2_eq_emissions: 42\nlicense: mit\n---\n')).toBe(`---\n${BLOCK}license: mit\n---\n`);
    expect(updated('---\nlicense: mit\nco2_eq_emissions: {emissions: 1, source: x}\n---\n')).toBe(
      `---\nlicense: mit\n${BLOCK}---\n`
    );
  });

  test('an empty co2_eq_emissions, one with a comment on its last line, and an indented front matter', () => {
    expect(updated('---\nco2_eq_emissions:\nlicense: mit\n---\n')).toBe(`---\n${BLOCK}license: mit\n---\n`);
    expect(updated('---\nco2_eq_emissions:\n  emissions: 5 # grams\nlicense: mit\n---\n')).toBe(
      `---\n${BLOCK}license: mit\n---\n`
    );
    const indented = BLOCK.replace(/^(?=.)/gm, '  ');
    expect(updated('---\n  license: mit\n---\n')).toBe(`---\n  license: mit\n${indented}---\n`);
  });

  test('writing twice gives what writing once gives', () => {
    const once = updated(`---\n${REAL_FRONT_MATTER}---\n${BODY}`);
    expect(updateModelCard(once, META, 'README.md')).toEqual({ ok: true, change: 'replaced', text: once });
  });

  test('CRLF cards get CRLF lines, and the body keeps its own bytes', () => {
    const crlf = (text: string) => text.replace(/\n/g, '\r\n');
    const card = crlf('---\nlicense: mit\n---\n# T\n\ntext\n');
    expect(updated(card)).toBe(crlf(`---\nlicense: mit\n${BLOCK}---\n# T\n\ntext\n`));
    expect(updated(crlf('# T\n'))).toBe(crlf(`---\n${BLOCK}---\n# T\n`));
    expect(hubMetadata(updated(card))?.co2_eq_emissions).toEqual(META);
  });

  test('a card with no final line break keeps it that way', () => {
    expect(updated('---\nlicense: mit\n---')).toBe(`---\nlicense: mit\n${BLOCK}---`);
    expect(updated('---\nlicense: mit\n---\n# T')).toBe(`---\nlicense: mit\n${BLOCK}---\n# T`);
  });

  test('a `---` rule in a body without front matter is body, not front matter', () => {
    const card = '# Title\n\n---\n\nfoo: bar\n---\n';
    expect(updated(card)).toBe(`---\n${BLOCK}---\n${card}`);
  });

  test('an empty front matter, and one after blank lines (the Hub allows them), are filled', () => {
    expect(updated('---\n---\n# T\n')).toBe(`---\n${BLOCK}---\n# T\n`);
    expect(updated('\n\n---\nlicense: mit\n---\n')).toBe(`\n\n---\nlicense: mit\n${BLOCK}---\n`);
  });

  test('a byte-order mark stays first', () => {
    expect(updated('\uFEFF---\nlicense: mit\n---\n')).toBe(`\uFEFF---\nlicense: mit\n${BLOCK}---\n`);
  });

  test('values are quoted where YAML needs it, and read back as written', () => {
    const meta = { ...META, hardware_used: 'yes: no # not a comment', source: '- a list? no' };
    const result = updateModelCard('# T\n', meta, 'README.md');
    expect(result.ok && hubMetadata(result.text)?.co2_eq_emissions).toEqual(meta);
  });
});

describe('updateModelCard: cards it does not edit', () => {
  test.each([
    ['an opening `---` without a closing one', '---\nlicense: mit\n# T\n', 'modelcard/unclosed-front-matter', 1],
    ['a lone `---`', '---', 'modelcard/unclosed-front-matter', 1],
    ['invalid YAML', '---\nlicense: mit\ntags: [a, b\n---\n', 'modelcard/bad-front-matter', 3],
    ['a list', '---\n- a\n- b\n---\n', 'modelcard/bad-front-matter', 2],
    ['a flow mapping', '---\n{license: mit}\n---\n', 'modelcard/bad-front-matter', 2],
    ['a duplicate key', '---\nlicense: mit\nlicense: apache-2.0\n---\n', 'modelcard/bad-front-matter', 3],
    [
      'an anchor inside co2_eq_emissions used elsewhere',
      '---\nco2_eq_emissions: &co2\n  emissions: 5\ncopy: *co2\n---\n',
      'modelcard/bad-front-matter',
      2
    ]
  ])('%s: an error, and no text to write', (_what, card, code, line) => {
    const result = updateModelCard(card, META, 'README.md');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.diagnostics).toHaveLength(1);
    expect(result.diagnostics[0]).toMatchObject({ severity: 'error', code, file: 'README.md', line });
    expect(result.diagnostics[0].message).toMatch(/Nothing was written\.$/);
    // Lines are the file's: yaml's own count, from the front matter's first line, is left out.
    expect(result.diagnostics[0].message).not.toMatch(/at line \d/);
  });
});
