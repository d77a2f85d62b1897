/**
 * docs/images/dashboard.png shows the current dashboard: the SHA-256 of the HTML it was drawn from
 * is inside the PNG, and this renders the same sample again (test/fixtures/dashboard/) and fails
 * when the page changed and the picture was not redrawn. To fix a failure (Chromium needed):
 *
 *   node scripts/screenshot-dashboard.mjs
 */
import { describe, expect, test } from '@jest/globals';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { crc32 } from 'node:zlib';
import { renderDashboard } from '../../src/core/render/dashboard/index.js';

const ROOT = process.cwd();
const FIXTURES = path.join(ROOT, 'test/fixtures/dashboard');
const REGENERATE = 'redraw it: node scripts/screenshot-dashboard.mjs';

/** The PNG's tEXt chunks as [keyword, text], each CRC checked against node:zlib's CRC-32. */
function textChunks(png: Buffer): string[][] {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  const out: string[][] = [];
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    const typeAndData = png.subarray(at + 4, at + 8 + length);
    if (typeAndData.subarray(0, 4).toString('latin1') === 'tEXt') {
      expect(crc32(typeAndData)).toBe(png.readUInt32BE(at + 8 + length));
      out.push(typeAndData.subarray(4).toString('latin1').split('\0'));
    }
    at += 12 + length;
  }
  return out;
}

describe('docs/images/dashboard.png', () => {
  test('was drawn from the page the renderer builds for the sample today', () => {
    const records = JSON.parse(readFileSync(path.join(FIXTURES, 'sample-records.json'), 'utf8'));
    const options = JSON.parse(readFileSync(path.join(FIXTURES, 'sample-options.json'), 'utf8'));
    const html = renderDashboard(records, options);
    const stamps = textChunks(readFileSync(path.join(ROOT, 'docs/images/dashboard.png'))).filter(
      ([key]) => key === 'carbon-gate:html-sha256'
    );
    expect(stamps).toHaveLength(1);
    expect({ sha256: stamps[0][1], hint: REGENERATE }).toEqual({
      sha256: createHash('sha256').update(html, 'utf8').digest('hex'),
      hint: REGENERATE
    });
  });
});
