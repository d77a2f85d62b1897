/** Budget globs: which are refused when the config is read, and which manifest paths they select. */
import { describe, expect, it } from '@jest/globals';
import { checkGlob, pathMatcher } from '../../../src/core/policy/paths.js';

describe('checkGlob', () => {
  it.each([
    ['experiments/llm/**', undefined],
    ['models/*/carbon-manifest.yml', undefined],
    ['{a,b}/**', undefined],
    ['models/[ab]*/**', undefined],
    ['.github/**', undefined],
    ['/experiments/**', 'no leading "/"'],
    ['C:/repo/**', 'no leading "/"'],
    ['models\\a\\**', 'no backslashes'],
    ['!models/**', 'negated'],
    ['models/../secret/**', 'no ".." folders'],
    ['..', 'no ".." folders'],
    ['models/[ab/**', 'closed'],
    ['models/{a,b/**', 'closed'],
    ['models/a]/**', 'closed'],
    ['{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}', 'at most 8'],
    ['a/'.repeat(300), 'at most 512 characters']
  ])('%s', (glob, problem) => {
    const found = checkGlob(glob);
    if (problem === undefined) expect(found).toBeUndefined();
    else expect(found).toContain(problem);
  });
});

describe('pathMatcher', () => {
  it.each([
    [['experiments/llm/**'], 'experiments/llm/carbon-manifest.yml', true],
    [['experiments/llm/**'], 'experiments/llm/deep/er/m.yml', true],
    [['experiments/llm/**'], './experiments/llm/m.yml', true],
    [['experiments/llm/**'], 'experiments/llm-other/m.yml', false],
    [['experiments/llm/**'], 'other/experiments/llm/m.yml', false],
    [['models/*/carbon-manifest.yml'], 'models/a/carbon-manifest.yml', true],
    [['models/*/carbon-manifest.yml'], 'models/a/b/carbon-manifest.yml', false],
    [['{models,experiments}/**'], 'experiments/x.yml', true],
    [['a/**', 'b/**'], 'b/m.yml', true],
    [['.hidden/**'], '.hidden/m.yml', true],
    [undefined, 'anything/at/all.yml', true]
  ])('%j selects %s: %s', (globs, path, selected) => {
    expect(pathMatcher(globs)(path)).toBe(selected);
  });
});
