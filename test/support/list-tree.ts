/** Lists what a test wrote or extracted under a folder, to compare with an expected tree. */
import { readdir } from 'node:fs/promises';
import path from 'node:path';

/** Every file and folder under `dir`, relative with `/` separators, sorted; folders end with `/`. */
export async function listTree(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true, recursive: true })) {
    const rel = path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/');
    out.push(e.isDirectory() ? `${rel}/` : rel);
  }
  return out.sort();
}
