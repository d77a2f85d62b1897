/**
 * docs/images/comment.png shows the current comment: the Markdown it was drawn from is committed
 * beside it (docs/images/comment.md), and its SHA-256 is inside the PNG. This renders the same
 * sample again with the built CLI (scripts/comment-sample.mjs: `examples/`, a 500 kg budget) and
 * fails when the Markdown no longer matches what the renderer produces, or when the picture was not
 * drawn from that Markdown. To fix a failure, regenerate both (Chromium needed, not for the tests):
 *
 *   npm run bundle && node scripts/screenshot-comment.mjs
 */
import { describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { crc32 } from 'node:zlib';

const ROOT = process.cwd();
const PNG = path.join(ROOT, 'docs/images/comment.png');
const MARKDOWN = path.join(ROOT, 'docs/images/comment.md');
const REGENERATE = 'regenerate both: npm run bundle && node scripts/screenshot-comment.mjs';

/** The PNG's chunks, each CRC checked against node:zlib's CRC-32. */
function chunks(png: Buffer): { type: string; data: Buffer; crcOk: boolean }[] {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  const out: { type: string; data: Buffer; crcOk: boolean }[] = [];
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    const typeAndData = png.subarray(at + 4, at + 8 + length);
    out.push({
      type: typeAndData.subarray(0, 4).toString('latin1'),
      data: typeAndData.subarray(4),
      crcOk: crc32(typeAndData) === png.readUInt32BE(at + 8 + length)
    });
    at += 12 + length;
  }
  return out;
}

describe('docs/images/comment.png', () => {
  const committed = readFileSync(MARKDOWN, 'utf8');

  test('its Markdown is what the renderer produces for the sample today', () => {
    const result = spawnSync(process.execPath, [path.join(ROOT, 'scripts/comment-sample.mjs')], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '' }
    });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    // A mismatch: the comment changed and the picture shows an old one (the hint says how to fix it).
    expect({ comment: result.stdout, hint: REGENERATE }).toEqual({ comment: committed, hint: REGENERATE });
  });

  test('the picture was drawn from that Markdown (its SHA-256 is in the PNG)', () => {
    const text = chunks(readFileSync(PNG)).filter((c) => c.type === 'tEXt');
    const stamps = text
      .map((c) => c.data.toString('latin1').split('\0'))
      .filter(([key]) => key === 'carbon-gate:markdown-sha256');
    expect(stamps).toHaveLength(1);
    expect(text.every((c) => c.crcOk)).toBe(true);
    expect({ sha256: stamps[0][1], hint: REGENERATE }).toEqual({
      sha256: createHash('sha256').update(committed, 'utf8').digest('hex'),
      hint: REGENERATE
    });
  });
});
