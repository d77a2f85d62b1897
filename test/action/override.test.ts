/**
 * The permission a collaborator has, read from the answers of
 * `GET /repos/{o}/{r}/collaborators/{user}/permission` as GitHub sends them, and the characters
 * that keep a label from ever matching.
 */
import { describe, expect, test } from '@jest/globals';
import { atLeast, hasInvisible, permissionFrom } from '../../src/action/override.js';

/** The answer's `user` part, with the effective permission booleans. */
const user = (p: { admin: boolean; maintain: boolean; push: boolean; triage: boolean; pull: boolean }) => ({
  login: 'someone',
  id: 1,
  type: 'User',
  permissions: p,
  role_name: 'ignored-here'
});
const NONE = { admin: false, maintain: false, push: false, triage: false, pull: false };

describe('permissionFrom', () => {
  test.each(['read', 'triage', 'write', 'maintain', 'admin'] as const)('role_name %s is that level', (role) => {
    expect(permissionFrom({ permission: 'read', role_name: role, user: user(NONE) })).toEqual({
      level: role,
      roleName: role
    });
  });

  test('a custom role takes the level its permission booleans grant, the strongest first', () => {
    const answer = (p: Partial<typeof NONE>) =>
      permissionFrom({ permission: 'write', role_name: 'release-manager', user: user({ ...NONE, ...p }) });
    expect(answer({ pull: true, triage: true, push: true, maintain: true })).toEqual({
      level: 'maintain',
      roleName: 'release-manager'
    });
    expect(answer({ pull: true, push: true })).toEqual({ level: 'write', roleName: 'release-manager' });
    expect(answer({ pull: true, triage: true })).toEqual({ level: 'triage', roleName: 'release-manager' });
    expect(answer({})).toEqual({ level: 'none', roleName: 'release-manager' });
  });

  test('without the booleans, the legacy permission, which understates (maintain reads as write)', () => {
    expect(permissionFrom({ permission: 'write', role_name: 'custom' })).toEqual({
      level: 'write',
      roleName: 'custom'
    });
    expect(permissionFrom({ permission: 'none' })).toEqual({ level: 'none' });
    expect(permissionFrom({ permission: 'owner' })).toEqual({ level: 'none' });
    expect(permissionFrom(null)).toEqual({ level: 'none' });
  });

  test('levels compare by rank; no access is below every level', () => {
    expect(atLeast('maintain', 'write')).toBe(true);
    expect(atLeast('write', 'write')).toBe(true);
    expect(atLeast('triage', 'write')).toBe(false);
    expect(atLeast('none', 'read')).toBe(false);
  });
});

describe('hasInvisible', () => {
  test.each([
    ['a zero-width space', 'a\u200bb'],
    ['a right-to-left override', '\u202eab'],
    ['a no-break space', 'a\u00a0b'],
    ['a tab', 'a\tb'],
    ['a byte-order mark', '\ufeffab']
  ])('%s makes a label unmatchable', (_what, name) => {
    expect(hasInvisible(name)).toBe(true);
  });

  test('plain names, spaces and accents are fine (they are matched exactly)', () => {
    for (const name of ['carbon-budget-approved', 'carbon budget ok', 'approuvé', '✅ ok'])
      expect(hasInvisible(name)).toBe(false);
  });
});
