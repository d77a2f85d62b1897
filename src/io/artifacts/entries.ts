/**
 * Judges one zip entry from its central-directory record, before any of its data is read: is its
 * name a safe relative path, and is it a plain file or folder (not a link, a device, or encrypted)?
 * Pure functions, so every hostile case is testable without a zip.
 */

/** The central-directory fields a decision needs (a subset of yauzl's Entry). */
export interface EntryRecord {
  /** File name as stored, decoded (UTF-8 or CP437), backslashes kept as they are. */
  name: string;
  /** High byte: host system (3 = Unix); low byte: zip spec version. */
  versionMadeBy: number;
  /** High 16 bits: Unix mode where the host is Unix; low byte: MS-DOS attributes. */
  externalFileAttributes: number;
  generalPurposeBitFlag: number;
}

/** Why an entry is refused; each maps to a diagnostic code `artifact/<reason>`. */
export type EntryProblem = 'unsafe-path' | 'link-entry' | 'special-entry' | 'encrypted-entry';

/** The verdict on one entry. */
export type EntryVerdict =
  { kind: 'file' | 'directory'; segments: string[] } | { kind: 'refused'; problem: EntryProblem; reason: string };

const S_IFMT = 0o170000;
const S_IFREG = 0o100000;
const S_IFDIR = 0o040000;
const S_IFLNK = 0o120000;
/** MS-DOS/NTFS attribute bits: a reparse point is how Windows stores links and junctions. */
const DOS_DIRECTORY = 0x10;
const DOS_REPARSE_POINT = 0x400;

/**
 * Decides whether an entry may be written and where (as path segments below the extraction
 * folder). Refuses, with a reason naming what was found:
 * - names that are empty, absolute (`/x`), carry a drive letter (`C:x`), contain `..` segments, a
 *   backslash (a path separator on Windows, so `..\\x` traverses there), a colon (an NTFS
 *   alternate data stream) or control characters. upload-artifact itself rejects `:` and
 *   control characters in file paths, so no honest artifact has them.
 * - symbolic links (Unix mode S_IFLNK or an NTFS reparse point): a link could later point a write
 *   or a read outside the folder;
 * - devices, FIFOs and sockets; encrypted entries.
 */
export function judgeEntry(entry: EntryRecord): EntryVerdict {
  const refuse = (problem: EntryProblem, reason: string): EntryVerdict => ({ kind: 'refused', problem, reason });
  const { name } = entry;

  if (name === '') return refuse('unsafe-path', 'its name is empty');
  if (name.includes('\\'))
    return refuse(
      'unsafe-path',
      'its name contains a backslash, which is a path separator on Windows and can climb out of the folder there'
    );
  if (name.startsWith('/')) return refuse('unsafe-path', 'it has an absolute path');
  if (/^[A-Za-z]:/.test(name)) return refuse('unsafe-path', 'its name starts with a drive letter');
  if (name.includes(':'))
    return refuse(
      'unsafe-path',
      'its name contains ":", which names an alternate data stream on Windows (upload-artifact never stores it)'
    );
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
  if (/[\u0000-\u001f\u007f]/.test(name)) return refuse('unsafe-path', 'its name contains control characters');
  const rawSegments = name.split('/');
  if (rawSegments.includes('..'))
    return refuse('unsafe-path', 'its path contains ".." and would leave the extraction folder');

  const host = entry.versionMadeBy >>> 8;
  const unixMode = (entry.externalFileAttributes >>> 16) & S_IFMT;
  const dosAttributes = entry.externalFileAttributes & 0xffff;
  if (unixMode === S_IFLNK) return refuse('link-entry', 'it is a symbolic link');
  // DOS attribute bits mean something only where no Unix mode was stored (zips made on Windows).
  if (host !== 3 && unixMode === 0 && (dosAttributes & DOS_REPARSE_POINT) !== 0) {
    return refuse('link-entry', 'it is a Windows reparse point (a link or junction)');
  }
  if (unixMode !== 0 && unixMode !== S_IFREG && unixMode !== S_IFDIR) {
    return refuse(
      'special-entry',
      `it is not a regular file or folder (Unix mode ${(unixMode >>> 12).toString(8)}xxxx: a device, FIFO or socket)`
    );
  }
  if ((entry.generalPurposeBitFlag & 0x1) !== 0) return refuse('encrypted-entry', 'it is encrypted');

  const segments = rawSegments.filter((s) => s !== '' && s !== '.');
  const isDirectory =
    name.endsWith('/') ||
    unixMode === S_IFDIR ||
    (unixMode === 0 && (dosAttributes & DOS_DIRECTORY) !== 0 && host !== 3);
  if (segments.length === 0) {
    // "./" or "/" alone: a folder entry for the root itself is harmless, a file there is not.
    return isDirectory ? { kind: 'directory', segments } : refuse('unsafe-path', 'its name does not name a file');
  }
  return { kind: isDirectory ? 'directory' : 'file', segments };
}
