/**
 * Masking secrets in everything that leaves the process. A pull request controls files the gate
 * reads, and a file that fails to parse is quoted in a diagnostic: a config that is really
 * `.git/config` would quote `AUTHORIZATION: basic ...`, the checkout's token. The adapters pass
 * every text they print, post or write through {@link redactSecrets} with the secrets they hold
 * (the action's `github-token`, the Electricity Maps token); it also masks anything shaped like a
 * GitHub token or a credential, whoever's it is.
 */

/** What a secret is replaced with: the GitHub runner's own mask. */
const SECRET_MASK = '***';

/** Secrets shorter than this are not searched for: masking `ab` everywhere would hide the report. */
const MIN_SECRET_CHARS = 4;

/**
 * GitHub's token prefixes (docs: "About authentication to GitHub", token formats): `ghp_` personal
 * access token (classic), `gho_` OAuth, `ghu_` user-to-server, `ghs_` server-to-server
 * (installation tokens, the default `GITHUB_TOKEN`), `ghr_` refresh, `github_pat_` fine-grained
 * personal access token. The classic forms are the prefix and 36 characters of `[A-Za-z0-9]`, a
 * fine-grained one `github_pat_`, 22, `_`, 59; installation tokens are becoming JWTs of about 520
 * characters with `.`, `_` and `-` (GitHub's changelog, 2026-05-15, recommends
 * `ghs_[A-Za-z0-9._]{36,}`). Any length from 20 is masked, so a token cut short by an excerpt is
 * still hidden.
 */
const GITHUB_TOKEN = /(?<![A-Za-z0-9_])(?:gh[pousr]_|github_pat_)[A-Za-z0-9_.-]{20,}/g;

/**
 * An `Authorization` header or setting, as `git config` stores the checkout's
 * (`extraheader = AUTHORIZATION: basic <base64>`): the value after the scheme is masked, whatever
 * its length.
 */
const AUTHORIZATION_VALUE = /(authorization\s*[:=]\s*)(?:(basic|bearer|token)(\s+))?([^\s"'<>,;]+)/gi;

/** A Basic or Bearer credential on its own: long, and with both letters and digits, unlike prose. */
const SCHEME_CREDENTIAL = /\b(basic|bearer)(\s+)([A-Za-z0-9+/_.~-]{16,}={0,2})/gi;

/** A password in a URL: `https://x-access-token:<token>@github.com/...`. */
const URL_PASSWORD = /([a-z][a-z0-9+.-]*:\/\/[^\s/?#@:]*:)([^\s/?#@]+)@/gi;

/**
 * Masks, in `text`, each of `secrets` (as it is, URI-encoded, base64-encoded, and as the base64
 * of `x-access-token:<secret>` that `actions/checkout` writes into `.git/config`), every string
 * shaped like a GitHub token, `Authorization` header values, Basic and Bearer credentials, and
 * passwords in URLs. Pure and idempotent: masked text is masked again unchanged.
 */
export function redactSecrets(text: string, secrets: readonly string[] = []): string {
  let out = text;
  for (const form of secretForms(secrets)) if (out.includes(form)) out = out.split(form).join(SECRET_MASK);
  return out
    .replace(GITHUB_TOKEN, (token) => {
      // `.` and `-` may end a sentence rather than the token: keep them visible.
      const tail = /[.-]+$/.exec(token)?.[0] ?? '';
      return `${SECRET_MASK}${tail}`;
    })
    .replace(AUTHORIZATION_VALUE, (_m, head: string, scheme?: string, gap?: string) =>
      scheme ? `${head}${scheme}${gap}${SECRET_MASK}` : `${head}${SECRET_MASK}`
    )
    .replace(SCHEME_CREDENTIAL, (m, scheme: string, gap: string, value: string) =>
      /[0-9]/.test(value) && /[A-Za-z]/.test(value) ? `${scheme}${gap}${SECRET_MASK}` : m
    )
    .replace(URL_PASSWORD, (_m, head: string) => `${head}${SECRET_MASK}@`);
}

/**
 * A copy of `value` (plain data: objects, arrays, strings, numbers; a Report, a diagnostic list)
 * with {@link redactSecrets} applied to every string in it, keys left as they are.
 */
export function redactDeep<T>(value: T, secrets: readonly string[] = []): T {
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return redactSecrets(v, secrets);
    if (Array.isArray(v)) return v.map(walk);
    if (v !== null && typeof v === 'object') {
      const out: Record<string, unknown> = {};
      for (const [k, inner] of Object.entries(v)) out[k] = walk(inner);
      return out;
    }
    return v;
  };
  return walk(value) as T;
}

/** Every form a secret may be printed in, longest first (so no shorter form cuts a longer one). */
function secretForms(secrets: readonly string[]): string[] {
  const forms = new Set<string>();
  for (const raw of secrets) {
    const secret = raw.trim();
    if (secret.length < MIN_SECRET_CHARS) continue;
    forms.add(secret);
    forms.add(encodeURIComponent(secret));
    const encoded = [base64(secret), base64(`x-access-token:${secret}`)];
    // With its padding where it ends the value, without where more text follows it.
    for (const e of encoded) if (e !== undefined) forms.add(e).add(e.replace(/=+$/, ''));
  }
  return [...forms].sort((a, b) => b.length - a.length);
}

/** Base64 of a Latin-1 string; undefined for other text (a token is ASCII). */
function base64(text: string): string | undefined {
  try {
    return btoa(text);
  } catch {
    return undefined;
  }
}
