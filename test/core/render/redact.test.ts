import { describe, expect, it } from '@jest/globals';
import { redactDeep, redactSecrets } from '../../../src/core/render/redact.js';

/** 36 characters of [A-Za-z0-9]: the classic token body (prefix + 30 random + 6 checksum). */
const BODY = 'aB3dE6gH9jK2mN5pQ8sT1vW4yZ7bC0eF3hI6';

describe('redactSecrets: GitHub token shapes', () => {
  it.each([
    [`ghp_${BODY}`],
    [`gho_${BODY}`],
    [`ghu_${BODY}`],
    [`ghs_${BODY}`],
    [`ghr_${BODY}`],
    // Fine-grained: github_pat_ + 22 + _ + 59.
    [`github_pat_${'A1b2C3d4E5f6G7h8I9j0K1'}_${'x'.repeat(30)}${'Y9'.repeat(14)}Z`],
    // An installation token in the JWT format: dots, dashes and underscores, ~520 characters.
    [`ghs_${'eyJhbGciOiJSUzI1NiJ9'}.${'eyJpc3MiOiIxMjMifQ-_'.repeat(20)}.${'c2lnbmF0dXJl'.repeat(10)}`],
    // Cut short by an excerpt, still at least 20 characters of it.
    [`ghs_${BODY.slice(0, 20)}`]
  ])('masks %s', (token) => {
    expect(redactSecrets(`token ${token} leaked`)).toBe('token *** leaked');
  });

  it('keeps the full stop that ends a sentence', () => {
    expect(redactSecrets(`it was ghp_${BODY}.`)).toBe('it was ***.');
  });

  it.each([['ghp_short'], ['my_ghp_'], ['xghp_' + BODY.slice(0, 10)], ['a graph_of_things']])(
    'leaves %p alone',
    (text) => {
      expect(redactSecrets(text)).toBe(text);
    }
  );
});

describe('redactSecrets: headers and URLs', () => {
  it.each([
    [
      '\textraheader = AUTHORIZATION: basic eC1hY2Nlc3MtdG9rZW46Z2hzX2Zvbw==',
      '\textraheader = AUTHORIZATION: basic ***'
    ],
    ['Authorization: Bearer abc.def', 'Authorization: Bearer ***'],
    ['authorization=token xyz', 'authorization=token ***'],
    ['Authorization: rawvalue123', 'Authorization: ***'],
    ['curl -H "Bearer Zm9vYmFyMTIzNDU2Nzg5MA"', 'curl -H "Bearer ***"'],
    ['https://x-access-token:s3cr3t@github.com/o/r.git', 'https://x-access-token:***@github.com/o/r.git']
  ])('%p -> %p', (text, expected) => {
    expect(redactSecrets(text)).toBe(expected);
  });

  it.each([
    ['a basic idea of the bearer of news'],
    ['the Authorization header was refused'],
    ['basic transformerexperiments'],
    ['https://github.com/o/r and user@example.com']
  ])('leaves prose alone: %p', (text) => {
    expect(redactSecrets(text)).toBe(text);
  });
});

describe('redactSecrets: known secrets', () => {
  const secret = 'em-token/with+chars';

  it('masks a secret as it is, URI-encoded and base64-encoded', () => {
    const b64 = Buffer.from(secret).toString('base64').replace(/=+$/, '');
    const text = `a ${secret} b ${encodeURIComponent(secret)} c ${b64}`;
    expect(redactSecrets(text, [secret])).toBe('a *** b *** c ***');
  });

  it('masks the base64 of x-access-token:<secret> that actions/checkout writes', () => {
    const header = Buffer.from(`x-access-token:${secret}`).toString('base64');
    expect(redactSecrets(`value ${header}`, [secret])).toBe('value ***');
  });

  it('ignores empty and very short secrets, which would mask ordinary text', () => {
    expect(redactSecrets('a b abc', ['', 'a', 'abc'])).toBe('a b abc');
  });

  it('is idempotent', () => {
    const once = redactSecrets(`x ${secret} ghp_${BODY} Authorization: basic abc`, [secret]);
    expect(redactSecrets(once, [secret])).toBe(once);
  });
});

describe('redactDeep', () => {
  it('masks every string in plain data and keeps the rest', () => {
    const value = { a: [`ghp_${BODY}`, 3, null], b: { c: 'safe', d: true, ghp_key: 'k' } };
    expect(redactDeep(value)).toEqual({ a: ['***', 3, null], b: { c: 'safe', d: true, ghp_key: 'k' } });
    expect(value.a[0]).toBe(`ghp_${BODY}`);
  });
});
