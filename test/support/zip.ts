/**
 * A tiny zip writer for tests: builds real zip files (stored or deflated with node:zlib) entry by
 * entry, including the hostile ones no honest tool writes: `../` names, absolute paths, backslash
 * names, symbolic links, devices, encrypted flags, bombs, and headers that lie about sizes.
 *
 * Layout (APPNOTE 6.3.x): for each entry a local file header and its data, then the central
 * directory, then the end-of-central-directory record. No zip64, no data descriptors.
 */
import { writeFile } from 'node:fs/promises';
import { crc32, deflateRawSync } from 'node:zlib';

/** One entry of a test zip. */
export interface ZipEntrySpec {
  /** Stored name; a Buffer is written byte for byte. */
  name: string | Buffer;
  /** Content (default empty). For a symbolic link, the link target. */
  data?: Buffer | string;
  /** `deflate` (default) or `store`. */
  method?: 'store' | 'deflate';
  /** Unix mode, stored in the high 16 bits of the external attributes with host = Unix. */
  unixMode?: number;
  /** Raw external attributes; replaces `unixMode` (e.g. MS-DOS attribute bits). */
  externalAttributes?: number;
  /** Version made by (default 0x031e: Unix, spec 3.0). High byte 0 means MS-DOS. */
  versionMadeBy?: number;
  /** General-purpose flag bits to set (bit 0 = encrypted). Bit 11 (UTF-8) is always set. */
  flags?: number;
  /** A lie: the uncompressed size written into both headers instead of the real one. */
  declaredUncompressedSize?: number;
  /** A lie: the compressed size written into the central directory (local header keeps the truth). */
  declaredCompressedSize?: number;
}

/** Common Unix modes for {@link ZipEntrySpec.unixMode}. */
export const MODE = {
  file: 0o100644,
  dir: 0o040755,
  symlink: 0o120777,
  fifo: 0o010644,
  charDevice: 0o020644
} as const;

/** Builds a zip archive in memory (test data is small, except bombs, which deflate to little). */
export function buildZip(entries: readonly ZipEntrySpec[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  // 2026-01-01 12:00:00 in MS-DOS format; a fixed date keeps the bytes deterministic.
  const dosTime = (12 << 11) | (0 << 5) | 0;
  const dosDate = ((2026 - 1980) << 9) | (1 << 5) | 1;

  for (const spec of entries) {
    const name = typeof spec.name === 'string' ? Buffer.from(spec.name, 'utf8') : spec.name;
    const raw =
      spec.data === undefined
        ? Buffer.alloc(0)
        : Buffer.isBuffer(spec.data)
          ? spec.data
          : Buffer.from(spec.data, 'utf8');
    const method = spec.method ?? 'deflate';
    const stored = method === 'store' ? raw : deflateRawSync(raw);
    const methodCode = method === 'store' ? 0 : 8;
    const crc = crc32(raw);
    const flags = (spec.flags ?? 0) | 0x800;
    const uncompressed = spec.declaredUncompressedSize ?? raw.length;
    const external =
      spec.externalAttributes ?? (spec.unixMode !== undefined ? (spec.unixMode << 16) >>> 0 : (MODE.file << 16) >>> 0);
    const versionMadeBy = spec.versionMadeBy ?? 0x031e;

    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(methodCode, 8);
    local.writeUInt16LE(dosTime, 10);
    local.writeUInt16LE(dosDate, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(stored.length, 18);
    local.writeUInt32LE(uncompressed, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    locals.push(local, name, stored);

    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(versionMadeBy, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(flags, 8);
    central.writeUInt16LE(methodCode, 10);
    central.writeUInt16LE(dosTime, 12);
    central.writeUInt16LE(dosDate, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(spec.declaredCompressedSize ?? stored.length, 20);
    central.writeUInt32LE(uncompressed, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt16LE(0, 30); // extra field length
    central.writeUInt16LE(0, 32); // comment length
    central.writeUInt16LE(0, 34); // disk number start
    central.writeUInt16LE(0, 36); // internal attributes
    central.writeUInt32LE(external, 38);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);

    offset += local.length + name.length + stored.length;
  }

  const centralDirectory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(0, 4);
  end.writeUInt16LE(0, 6);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralDirectory.length, 12);
  end.writeUInt32LE(offset, 16);
  end.writeUInt16LE(0, 20);
  return Buffer.concat([...locals, centralDirectory, end]);
}

/** Builds a zip and writes it to `file`. */
export async function writeZip(file: string, entries: readonly ZipEntrySpec[]): Promise<void> {
  await writeFile(file, buildZip(entries));
}

/** A zip-bomb entry: `sizeBytes` of zeros, which deflate about 1000:1. */
export function bombEntry(name: string, sizeBytes: number): ZipEntrySpec {
  return { name, data: Buffer.alloc(sizeBytes), method: 'deflate' };
}
