#!/usr/bin/env node
/**
 * The sample pull-request comment of docs/images/comment.png: the Markdown that the CLI bundle
 * renders for `examples/` with a 500 kg budget (the comment's renderer). Run directly, it prints
 * that Markdown; scripts/screenshot-comment.mjs draws it and writes it to docs/images/comment.md
 * beside the picture; test/docs/comment-image.test.ts renders it again and compares, so a change
 * to the renderer that leaves the picture behind fails the tests.
 *
 * Usage: node scripts/comment-sample.mjs   (build first: `npm run bundle`)
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The command line of the sample, run in the repository's root. */
export const SAMPLE_ARGS = ['check', 'examples', '--budget', '500 kg', '--format', 'markdown'];

/**
 * The sample's Markdown, from the built CLI. The environment is only PATH, so that no
 * ELECTRICITY_MAPS_TOKEN (or anything else) of the caller's shell changes the numbers.
 */
export function sampleMarkdown() {
  const cli = path.join(root, 'dist/cli/index.js');
  if (!existsSync(cli)) throw new Error('dist/cli/index.js is missing: run `npm run bundle` first.');
  const result = spawnSync(process.execPath, [cli, ...SAMPLE_ARGS], {
    cwd: root,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '' }
  });
  // Exit 1 (over budget) still prints the report; 2 (invalid input) is not a sample to show.
  if (result.status !== 0 && result.status !== 1)
    throw new Error(`the CLI exited with ${result.status}: ${result.stderr.split('\n')[0]}`);
  return result.stdout;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  process.stdout.write(sampleMarkdown());
}
