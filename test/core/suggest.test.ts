/**
 * "Did you mean" suggestions: the edit distance, the ranking of closestNames and the sentence
 * didYouMean writes. Expected distances are counted by hand in the comments.
 */
import { closestNames, didYouMean, editDistance, normalizeName } from '../../src/core/suggest.js';

describe('editDistance', () => {
  test.each([
    ['kitten', 'sitting', 3], // k->s, e->i, insert g (the textbook example)
    ['flaw', 'lawn', 2], // delete f, insert n
    ['', 'abc', 3],
    ['abc', '', 3],
    ['same', 'same', 0],
    ['ab', 'ba', 2] // no transposition: two substitutions
  ])('%j -> %j is %d', (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
    expect(editDistance(b, a)).toBe(distance);
  });
});

test.each([
  ['A100-SXM4', 'a100sxm4'],
  ['  Europe/Berlin ', 'europeberlin'],
  ['--out_dir', 'outdir']
])('normalizeName(%j) is %j', (input, normalized) => {
  expect(normalizeName(input)).toBe(normalized);
});

describe('closestNames', () => {
  test.each([
    // "check" is one insertion away; "help" three (delete c, k->l, insert p), beyond the limit of 2
    ['chek', ['check', 'help'], 3, ['check']],
    // containing the input ranks ahead of a mere edit-distance neighbour (gpu -> cpu is 1)
    ['gpu', ['cpu', 'gpus'], 3, ['gpus', 'cpu']],
    // case and punctuation are ignored: the exact match first, then the one containing it
    ['a100 sxm4', ['A100-SXM4-40GB', 'A100-SXM4'], 3, ['A100-SXM4', 'A100-SXM4-40GB']],
    // nothing within reach
    ['xyz', ['check', 'help'], 3, []],
    // ties keep alphabetical order; the limit cuts the list
    ['ab', ['abe', 'abd', 'abc', 'ab'], 2, ['ab', 'abc']],
    // a candidate listed twice is offered once; one that normalises to nothing never
    ['run', ['runs', 'runs', '---'], 3, ['runs']]
  ] as [string, string[], number, string[]][])('%j among %j (limit %d) -> %j', (input, candidates, limit, expected) => {
    expect(closestNames(input, candidates, limit)).toEqual(expected);
  });
});

describe('didYouMean', () => {
  test.each([
    [[], ''],
    [['a'], ' Did you mean "a"?'],
    [['a', 'b'], ' Did you mean "a" or "b"?'],
    [['a', 'b', 'c'], ' Did you mean "a", "b" or "c"?']
  ] as [string[], string][])('%j -> %j', (suggestions, sentence) => {
    expect(didYouMean(suggestions)).toBe(sentence);
  });
});
