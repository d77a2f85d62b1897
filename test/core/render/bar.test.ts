import { describe, expect, it } from '@jest/globals';
import { textBar } from '../../../src/core/render/bar.js';

describe('textBar: 20 cells, the used fraction filled, clamped to the bar', () => {
  it.each([
    [0, '░░░░░░░░░░░░░░░░░░░░'],
    [0.2, '████░░░░░░░░░░░░░░░░'],
    [0.8, '████████████████░░░░'],
    [1, '████████████████████'],
    [3.5, '████████████████████'],
    [-0.5, '░░░░░░░░░░░░░░░░░░░░']
  ])('%p', (fraction, bar) => {
    expect(textBar(fraction)).toBe(bar);
  });

  it('takes another width', () => {
    expect(textBar(0.5, 4)).toBe('██░░');
  });
});
