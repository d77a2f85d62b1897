/**
 * The README's and docs' relative links lead somewhere: every `[text](path)` and `[text](path#anchor)`
 * that is not a URL names a file that exists, and an anchor into a Markdown file names one of its
 * headings (as GitHub makes anchors from headings). And the two documents issue 11 added are
 * reachable: the README links docs/policy.md and docs/waivers.md, policy.md links waivers.md, and
 * policy.md names the policy file's JSON Schema by a path that exists.
 */
import { describe, expect, test } from '@jest/globals';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** README.md and every Markdown file under docs/, relative to the root. */
function documents(): string[] {
  const out = ['README.md'];
  const walk = (dir: string): void => {
    for (const name of readdirSync(path.join(ROOT, dir)).sort()) {
      const rel = `${dir}/${name}`;
      if (statSync(path.join(ROOT, rel)).isDirectory()) walk(rel);
      else if (name.endsWith('.md')) out.push(rel);
    }
  };
  walk('docs');
  return out;
}

/** The text outside fenced code blocks (a link inside an example is not a link). */
function prose(markdown: string): string {
  return markdown.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '');
}

/** Relative link targets: `[text](target)`, without URLs, mail links and page-local anchors. */
function relativeLinks(markdown: string): string[] {
  const targets: string[] = [];
  for (const m of prose(markdown).matchAll(/\]\(([^()\s]+)(?:\s+"[^"]*")?\)/g)) {
    const target = m[1];
    if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue;
    targets.push(target);
  }
  return targets;
}

/** GitHub's anchor of a heading: lower case, punctuation dropped, spaces to hyphens. */
function slug(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

/** Every anchor a Markdown file's headings give (a repeated heading gets `-1`, `-2`, ...). */
function anchorsOf(markdown: string): Set<string> {
  const seen = new Map<string, number>();
  const anchors = new Set<string>();
  for (const m of prose(markdown).matchAll(/^#{1,6}\s+(.+?)\s*#*\s*$/gm)) {
    const base = slug(m[1]);
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    anchors.add(n === 0 ? base : `${base}-${n}`);
  }
  return anchors;
}

describe('relative links in the README and docs', () => {
  test.each(documents())('%s: every relative link names a file (and heading) that exists', (doc) => {
    const text = readFileSync(path.join(ROOT, doc), 'utf8');
    const broken: string[] = [];
    for (const target of relativeLinks(text)) {
      const [file, anchor] = target.split('#', 2);
      const resolved = file === '' ? path.join(ROOT, doc) : path.resolve(path.dirname(path.join(ROOT, doc)), decodeURI(file));
      if (!existsSync(resolved)) {
        broken.push(`${target}: no such file`);
        continue;
      }
      if (anchor !== undefined && anchor !== '' && resolved.endsWith('.md')) {
        if (!anchorsOf(readFileSync(resolved, 'utf8')).has(anchor)) broken.push(`${target}: no such heading`);
      }
    }
    expect(broken).toEqual([]);
  });
});

describe("issue 11's documents are reachable", () => {
  const read = (rel: string): string => readFileSync(path.join(ROOT, rel), 'utf8');

  test('the README links docs/policy.md and docs/waivers.md', () => {
    const links = relativeLinks(read('README.md')).map((t) => t.split('#')[0]);
    expect(links).toContain('docs/policy.md');
    expect(links).toContain('docs/waivers.md');
  });

  test("docs/policy.md's waivers section links docs/waivers.md", () => {
    const policy = read('docs/policy.md');
    const section = policy.slice(policy.indexOf('\n## Waivers\n'), policy.indexOf('\n## In the report\n'));
    expect(section.length).toBeGreaterThan(0);
    expect(relativeLinks(section).map((t) => t.split('#')[0])).toContain('waivers.md');
  });

  test('docs/policy.md names the JSON Schema by a path that exists', () => {
    const schemaLinks = relativeLinks(read('docs/policy.md')).filter((t) => t.endsWith('carbon-budget.schema.json'));
    expect(schemaLinks).toEqual(['../schema/carbon-budget.schema.json']);
    expect(existsSync(path.resolve(ROOT, 'docs', schemaLinks[0]))).toBe(true);
    const schema = JSON.parse(read('schema/carbon-budget.schema.json')) as { $schema?: string };
    expect(typeof schema.$schema).toBe('string');
  });
});
