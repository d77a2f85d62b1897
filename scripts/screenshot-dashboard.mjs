#!/usr/bin/env node
/**
 * Renders the sample ledger dashboard to docs/images/dashboard.png: the page builder
 * (src/core/render/dashboard) compiled from the sources with ncc, run on the sample records
 * (test/fixtures/dashboard/sample-records.json) and options (sample-options.json), and
 * screenshotted by headless Chromium after its charts are drawn. The SHA-256 of the HTML drawn goes
 * into the PNG (a `tEXt` chunk, `carbon-gate:html-sha256`): test/docs/dashboard-image.test.ts
 * renders the sample again and fails when the page changed and the picture was not redrawn.
 *
 * Usage: node scripts/screenshot-dashboard.mjs [--out FILE] [--width PX]
 * Needs Chromium (Debian: apt-get install -y chromium).
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ncc from '@vercel/ncc';
import { CHROMIUM_FLAGS, findChromium, flag, withTextChunk } from './lib/screenshot.mjs';

/** The PNG text chunk's keyword that holds the SHA-256 (hex) of the HTML drawn. */
const HTML_HASH_KEY = 'carbon-gate:html-sha256';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.resolve(flag('--out', path.join(root, 'docs/images/dashboard.png')));
const width = Number(flag('--width', '1200'));

const flags = [
  ...CHROMIUM_FLAGS,
  // Lets the page's script draw the charts before the DOM is dumped or the picture taken.
  '--virtual-time-budget=5000'
];

const dir = mkdtempSync(path.join(tmpdir(), 'carbon-gate-dashboard-shot-'));
try {
  const { code } = await ncc(path.join(root, 'src/core/render/dashboard/index.ts'), {
    cache: false,
    minify: false,
    sourceMap: false,
    quiet: true
  });
  const module = path.join(dir, 'dashboard.mjs');
  writeFileSync(module, code);
  const { renderDashboard } = await import(pathToFileURL(module).href);
  const records = JSON.parse(readFileSync(path.join(root, 'test/fixtures/dashboard/sample-records.json'), 'utf8'));
  const options = JSON.parse(readFileSync(path.join(root, 'test/fixtures/dashboard/sample-options.json'), 'utf8'));
  const html = renderDashboard(records, options);
  // The page measures itself for the first pass; the measuring script is not part of the hash.
  const file = path.join(dir, 'index.html');
  writeFileSync(
    file,
    html.replace(
      '</body>',
      '<script>document.title = "height=" + Math.ceil(document.documentElement.scrollHeight);</script></body>'
    )
  );
  const url = pathToFileURL(file).href;
  const chromium = findChromium();
  const dom = execFileSync(chromium, [...flags, `--window-size=${width},900`, '--dump-dom', url], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
    maxBuffer: 64 * 1024 * 1024
  });
  if (!/data-charts="drawn"/.test(dom)) throw new Error('the page did not draw its charts');
  const height = Number(dom.match(/<title>height=(\d+)<\/title>/)?.[1] ?? 2000);
  const shot = path.join(dir, 'dashboard.png');
  execFileSync(chromium, [...flags, `--window-size=${width},${height}`, `--screenshot=${shot}`, url], {
    stdio: ['ignore', 'ignore', 'ignore']
  });
  const hash = createHash('sha256').update(html, 'utf8').digest('hex');
  writeFileSync(out, withTextChunk(readFileSync(shot), HTML_HASH_KEY, hash));
  console.log(`wrote ${path.relative(root, out)} (${width} x ${height})`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
