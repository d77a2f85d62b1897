/**
 * The `paths:` of a budget: repository-relative globs on manifest paths, minimatch syntax (`*`
 * within a folder, `**` across folders, `{a,b}`, `[abc]`), dot-files matched. The globs are
 * checked when the config is read, so a glob that could never match a repository path (absolute,
 * `..`, backslashes, negated) is an error at its line rather than a budget that silently selects
 * nothing.
 */
import { Minimatch } from 'minimatch';

/** Longest glob accepted, in UTF-16 code units: longer is no path glob, and costs time to match. */
const MAX_GLOB_CHARS = 512;

/** Most `{` groups in one glob: each can multiply the patterns brace expansion makes. */
const MAX_BRACE_GROUPS = 8;

/**
 * Why `glob` is not a usable repository-relative glob (a phrase starting "expected ..."), or
 * undefined when it is.
 */
export function checkGlob(glob: string): string | undefined {
  const expected = 'expected a repository-relative glob such as "experiments/llm/**"';
  if (glob.length > MAX_GLOB_CHARS) return `${expected}, at most ${MAX_GLOB_CHARS} characters`;
  if (glob.startsWith('/') || /^[A-Za-z]:/.test(glob))
    return `${expected}, relative to the repository root (no leading "/")`;
  if (glob.includes('\\')) return `${expected}, with "/" between folders (no backslashes)`;
  if (glob.startsWith('!')) return `${expected}; negated globs ("!") are not supported: list what to select`;
  if (glob.split('/').some((part) => part === '..')) return `${expected}, inside the repository (no ".." folders)`;
  if (!balanced(glob, '[', ']') || !balanced(glob, '{', '}') || !balanced(glob, '(', ')'))
    return `${expected}, with every "[", "{" and "(" closed`;
  if ((glob.match(/\{/g) ?? []).length > MAX_BRACE_GROUPS)
    return `${expected}, with at most ${MAX_BRACE_GROUPS} "{...}" groups`;
  return undefined;
}

/** True when every `open` has its `close` after it, never closing one that is not open. */
function balanced(text: string, open: string, close: string): boolean {
  let depth = 0;
  for (const ch of text) {
    if (ch === open) depth++;
    else if (ch === close && --depth < 0) return false;
  }
  return depth === 0;
}

/** A manifest path as the globs see it: `/` separators, no leading `./`. */
export function normalizeManifestPath(path: string): string {
  let out = path.split('\\').join('/');
  while (out.startsWith('./')) out = out.slice(2);
  return out;
}

/**
 * The name a manifest goes by for budgets' `paths:` and the ledger: the committed manifest it is a
 * copy of, where `committedAs` (AnalyzeInput.committedAs) names one, else its own.
 */
export function committedName(manifest: string, committedAs: Readonly<Record<string, string>> = {}): string {
  return Object.hasOwn(committedAs, manifest) ? committedAs[manifest] : manifest;
}

/**
 * A matcher for a budget's `paths` (every path when there are none). Matchers are built once per
 * budget, not once per run.
 */
export function pathMatcher(globs: readonly string[] | undefined): (manifestPath: string) => boolean {
  if (globs === undefined || globs.length === 0) return () => true;
  const matchers = globs.map(
    (g) => new Minimatch(normalizeManifestPath(g), { dot: true, nonegate: true, nocomment: true })
  );
  return (manifestPath) => {
    const path = normalizeManifestPath(manifestPath);
    return matchers.some((m) => m.match(path));
  };
}
