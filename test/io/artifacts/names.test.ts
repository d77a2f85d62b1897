/** Folder names for artifacts: safe characters only, no hidden or parent folders, distinct. */
import { assignFolders, sanitizeArtifactName } from '../../../src/io/artifacts/names.js';

describe('sanitizeArtifactName', () => {
  it.each([
    ['power-node-0', 'power-node-0'],
    ['traces_v1.2', 'traces_v1.2'],
    ['..', '_.'],
    ['.', '_'],
    ['.hidden', '_hidden'],
    ['../../etc', '_._.._etc'],
    ['C:\\evil', 'C__evil'],
    ['node 1 (a100)', 'node_1__a100_'],
    ['énergie', '_nergie'],
    ['', '_']
  ])('%p -> %p', (name, folder) => {
    expect(sanitizeArtifactName(name)).toBe(folder);
  });

  it('caps the length at 100 characters', () => {
    expect(sanitizeArtifactName('a'.repeat(300))).toBe('a'.repeat(100));
  });
});

describe('assignFolders', () => {
  it('keeps distinct names and disambiguates collisions (case-insensitively) with the id', () => {
    const folders = assignFolders([
      { id: 1, name: 'node a' },
      { id: 2, name: 'node_a' },
      { id: 3, name: 'NODE_A' },
      { id: 4, name: 'node_a-2' },
      { id: 5, name: 'node_a-2' }
    ]);
    expect([...folders.entries()]).toEqual([
      [1, 'node_a'],
      [2, 'node_a-2'],
      [3, 'NODE_A-3'],
      [4, 'node_a-2-4'],
      [5, 'node_a-2-5']
    ]);
  });
});
