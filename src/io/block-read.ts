/**
 * Large synchronous block reads of a trace file into one reused buffer: at disk speed the cost of a
 * read is its call, not its bytes, so a few 4 MiB reads beat a stream's many 64 KiB chunks and
 * their promises. The same reader serves the main thread and the worker threads (./trace-pool.ts),
 * so both hand the parsers the same blocks.
 */
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';

/** Bytes per read: large enough that per-call overhead is negligible, small enough to stay flat in memory. */
export const TRACE_BLOCK_BYTES = 4 * 1024 * 1024;

/**
 * Opens a regular file read-only, without following a symbolic link in its last component (the
 * caller has checked the real path; a link swapped in since is refused, not followed). Throws the
 * file system's error (ELOOP for a link, ENOENT, EACCES ...); `io/not-a-file` is the caller's
 * to report from {@link isRegularFile}.
 */
export function openNoFollow(realPath: string): number {
  // O_NOFOLLOW is undefined on Windows, where the real-path check alone applies.
  return openSync(realPath, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0));
}

/** True when the open descriptor is a regular file (not a folder, a FIFO or a device). */
export function isRegularFile(fd: number): boolean {
  return fstatSync(fd).isFile();
}

/** The size in bytes of the open file now. */
export function fileSize(fd: number): number {
  return fstatSync(fd).size;
}

/** Closes a descriptor, ignoring a failure (it is being released after an error or at the end). */
export function closeQuietly(fd: number): void {
  try {
    closeSync(fd);
  } catch {
    // Nothing to do: the descriptor is released either way.
  }
}

/**
 * Reads `fd` from `start` up to `end` (the end of the file when `Infinity`) into `buffer`, and
 * yields a view of the bytes of each block. Every view aliases `buffer`: it is valid only until
 * the next block is requested, so a consumer that keeps bytes past that (a line cut by the block's
 * end) copies them. Each block but the last is full, so a consumer that peeks at the first bytes
 * never needs a second block for them.
 */
export function* readBlocks(fd: number, buffer: Uint8Array, start = 0, end = Infinity): Generator<Uint8Array> {
  let position = start;
  for (;;) {
    const want = Math.min(buffer.length, end - position);
    if (want <= 0) return;
    let got = 0;
    // A regular file's read returns fewer bytes than asked only at its end; loop anyway.
    while (got < want) {
      const n = readSync(fd, buffer, got, want - got, position + got);
      if (n === 0) break;
      got += n;
    }
    if (got === 0) return;
    position += got;
    yield buffer.subarray(0, got);
    if (got < want) return;
  }
}
