#!/usr/bin/env node
/**
 * Renders a sample PR comment to docs/images/comment.png: the Markdown the action posts, turned
 * into HTML by a GFM renderer (marked) with GitHub-like styles, screenshotted by headless Chromium.
 * The Markdown it drew is written beside the picture (docs/images/comment.md), and its SHA-256 into
 * the PNG (a `tEXt` chunk, {@link MARKDOWN_HASH_KEY}): test/docs/comment-image.test.ts renders the
 * sample again and fails when either no longer matches, so the picture cannot silently go stale.
 *
 * Usage:
 *   node scripts/screenshot-comment.mjs [--markdown FILE] [--out FILE] [--width PX]
 *
 * Without --markdown, the Markdown is the sample of scripts/comment-sample.mjs: the CLI bundle run
 * on examples/ with a 500 kg budget (the same renderer as the comment), so build first:
 * `npm run bundle`. Needs Chromium and fonts (Debian: `apt-get install -y chromium fonts-liberation
 * fonts-noto-color-emoji`; without Liberation, digits are drawn from the emoji font),
 * for regenerating only: the tests do not. Mermaid blocks stay as code: Mermaid is drawn by
 * GitHub's page scripts, not by Markdown renderers.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { marked } from 'marked';
import { sampleMarkdown } from './comment-sample.mjs';
import { CHROMIUM_FLAGS, findChromium, flag, withTextChunk } from './lib/screenshot.mjs';

/** The PNG text chunk's keyword that holds the SHA-256 (hex) of the Markdown drawn. */
const MARKDOWN_HASH_KEY = 'carbon-gate:markdown-sha256';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.resolve(flag('--out', path.join(root, 'docs/images/comment.png')));
const width = Number(flag('--width', '1080'));

function markdownToDraw() {
  const file = flag('--markdown', '');
  return file ? readFileSync(file, 'utf8') : sampleMarkdown();
}

/** GitHub's alert syntax (`> [!NOTE]`), which marked leaves as a quote, as GitHub styles it. */
function alerts(html) {
  return html.replace(
    /<blockquote>\s*<p>\[!(NOTE|TIP|IMPORTANT|WARNING|CAUTION)\]\s*/g,
    (_m, kind) =>
      `<blockquote class="alert alert-${kind.toLowerCase()}"><p class="alert-title">${kind[0]}${kind.slice(1).toLowerCase()}</p><p>`
  );
}

const CSS = `
  body { margin: 0; background: #ffffff; font-family: -apple-system, BlinkMacSystemFont, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif, "Noto Color Emoji";
         font-size: 14px; line-height: 1.5; color: #1f2328; }
  .page { padding: 16px; }
  .comment { border: 1px solid #d1d9e0; border-radius: 6px; }
  .header { display: flex; align-items: center; gap: 8px; background: #f6f8fa; border-bottom: 1px solid #d1d9e0;
            border-radius: 6px 6px 0 0; padding: 8px 16px; color: #59636e; }
  .avatar { width: 20px; height: 20px; border-radius: 50%; background: #2da44e; display: inline-block; }
  .header b { color: #1f2328; }
  .bot { border: 1px solid #d1d9e0; border-radius: 2em; padding: 0 6px; font-size: 12px; }
  .body { padding: 16px; }
  h1, h2, h3, h4 { margin: 24px 0 16px; font-weight: 600; line-height: 1.25; }
  .body > :first-child { margin-top: 0; }
  h3 { font-size: 1.25em; } h4 { font-size: 1em; }
  p, ul, ol, table, pre, blockquote, details { margin: 0 0 16px; }
  ul, ol { padding-left: 2em; }
  code { font-family: ui-monospace, SFMono-Regular, "DejaVu Sans Mono", Menlo, monospace; font-size: 85%;
         background: rgba(129,139,152,0.12); border-radius: 6px; padding: 0.2em 0.4em; }
  pre { background: #f6f8fa; border-radius: 6px; padding: 16px; overflow: auto; font-size: 85%; line-height: 1.45; }
  pre code { background: transparent; padding: 0; font-size: 100%; }
  table { border-collapse: collapse; display: block; width: max-content; max-width: 100%; overflow: auto; }
  th, td { border: 1px solid #d1d9e0; padding: 6px 13px; }
  th { font-weight: 600; } tr:nth-child(2n) { background: #f6f8fa; }
  blockquote { color: #59636e; border-left: 0.25em solid #d1d9e0; padding: 0 1em; }
  .alert { color: inherit; }
  .alert-title { font-weight: 500; margin-bottom: 4px; }
  .alert-note { border-left-color: #0969da; } .alert-note .alert-title { color: #0969da; }
  .alert-important { border-left-color: #8250df; } .alert-important .alert-title { color: #8250df; }
  .alert-warning { border-left-color: #9a6700; } .alert-warning .alert-title { color: #9a6700; }
  a { color: #0969da; text-decoration: none; }
  sub, sup { font-size: 75%; }
  hr { border: 0; height: 0.25em; background: #d1d9e0; margin: 24px 0; }
  details summary { cursor: pointer; }
`;

function page(markdown) {
  const body = alerts(marked.parse(markdown, { gfm: true, breaks: false }));
  return `<!doctype html><html><head><meta charset="utf-8"><style>${CSS}</style></head><body><div class="page">
  <div class="comment">
    <div class="header"><span class="avatar"></span><b>github-actions</b><span class="bot">bot</span> commented</div>
    <div class="body">${body}</div>
  </div></div>
  <script>document.title = 'height=' + Math.ceil(document.documentElement.scrollHeight);</script>
  </body></html>`;
}

const chromium = findChromium();
const flags = CHROMIUM_FLAGS;
const dir = mkdtempSync(path.join(tmpdir(), 'carbon-gate-shot-'));
try {
  const markdown = markdownToDraw();
  const html = path.join(dir, 'comment.html');
  writeFileSync(html, page(markdown));
  const url = `file://${html}`;
  // First pass: let the page measure itself, then screenshot exactly that tall.
  const dom = execFileSync(
    chromium,
    [...flags, `--window-size=${width},800`, '--virtual-time-budget=2000', '--dump-dom', url],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }
  );
  const height = Number(dom.match(/<title>height=(\d+)<\/title>/)?.[1] ?? 2000);
  const shot = path.join(dir, 'comment.png');
  execFileSync(chromium, [...flags, `--window-size=${width},${height}`, `--screenshot=${shot}`, url], {
    stdio: ['ignore', 'ignore', 'ignore']
  });
  const hash = createHash('sha256').update(markdown, 'utf8').digest('hex');
  writeFileSync(out, withTextChunk(readFileSync(shot), MARKDOWN_HASH_KEY, hash));
  const source = out.replace(/\.png$/i, '') + '.md';
  writeFileSync(source, markdown);
  console.log(`wrote ${path.relative(root, out)} (${width} x ${height}) and ${path.relative(root, source)}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
