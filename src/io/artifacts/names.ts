/**
 * Folder names for extracted artifacts. Artifact names are chosen by whoever wrote the uploading
 * workflow (for a fork PR, anyone), so they are reduced to a safe set of characters before they
 * name anything on disk.
 */

/** Longest folder name produced; file systems allow 255 bytes, paths beneath need room too. */
const MAX_FOLDER_CHARS = 100;

/**
 * A folder name for an artifact: letters, digits, `.`, `_` and `-` kept, anything else replaced by
 * `_`; no leading dot (no hidden folders, no `.` or `..`); at most 100 characters; never empty.
 */
export function sanitizeArtifactName(name: string): string {
  let safe = name.replace(/[^A-Za-z0-9._-]/g, '_').slice(0, MAX_FOLDER_CHARS);
  if (safe.startsWith('.')) safe = `_${safe.slice(1)}`;
  return safe === '' ? '_' : safe;
}

/**
 * Assigns each artifact a distinct folder: its sanitised name, or, where two names sanitise to the
 * same folder (compared case-insensitively, for macOS and Windows runners), the name with
 * `-<id>` (then `-<id>-2`, ...) appended.
 */
export function assignFolders(artifacts: readonly { id: number; name: string }[]): Map<number, string> {
  const used = new Set<string>();
  const folders = new Map<number, string>();
  for (const a of artifacts) {
    const base = sanitizeArtifactName(a.name);
    let folder = base;
    for (let n = 1; used.has(folder.toLowerCase()); n++) {
      const suffix = n === 1 ? `-${a.id}` : `-${a.id}-${n}`;
      folder = `${base.slice(0, MAX_FOLDER_CHARS - suffix.length)}${suffix}`;
    }
    used.add(folder.toLowerCase());
    folders.set(a.id, folder);
  }
  return folders;
}
