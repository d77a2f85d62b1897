/**
 * Safe extraction of one artifact zip into a fresh folder. Artifact content is untrusted (a fork's
 * pull request may have produced it), so:
 *
 * 1. Every entry of the central directory is judged before any data is read (names, links,
 *    special files, encryption, the sizes the headers claim), and all problems are reported
 *    together.
 * 2. Data is streamed entry by entry through a byte meter that counts what the decompressor really
 *    produces, and stops at the first limit crossed; yauzl also checks each entry's real size
 *    against its header.
 * 3. Files are created with `wx` (never overwriting, never following an existing link) at paths
 *    checked to lie inside the destination; on any refusal the destination is removed, so a
 *    refused artifact leaves nothing half-extracted.
 */
import { createWriteStream } from 'node:fs';
import { mkdir, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import yauzl from 'yauzl';
import { diagnostic, type Diagnostic } from '../../core/diagnostics.js';
import { judgeEntry, type EntryProblem } from './entries.js';
import { formatBytes } from '../../core/format.js';
import {
  createByteMeter,
  LimitExceededError,
  resolveExtractLimits,
  type ExtractLimits,
  type LimitKind
} from './limits.js';

/** Options for {@link extractZip}. */
export interface ExtractOptions {
  /** The artifact's name, for messages. */
  artifactName: string;
  /** Limits; unset ones take {@link DEFAULT_EXTRACT_LIMITS}. */
  limits?: Partial<ExtractLimits>;
  /**
   * What is left of the run's limit on all artifacts' unpacked bytes (`run-total`), when the
   * caller keeps one; crossing it refuses this artifact (`artifact/limit-run-total`).
   */
  runBytesLeft?: number;
  /** The run's whole limit, for the message; default `runBytesLeft`. */
  runTotalBytes?: number;
}

/** What an extraction produced. */
export interface ExtractResult {
  /** True when every entry was extracted; false when the artifact was refused (and removed). */
  ok: boolean;
  /** Files written, relative to the destination with `/` separators, in zip order. */
  files: string[];
  /** Bytes written in total. */
  bytes: number;
  diagnostics: Diagnostic[];
}

/** At most this many entries are named in one refusal; the rest are counted. */
const MAX_NAMED_PROBLEMS = 20;

/**
 * Extracts `zipPath` into `destDir`, which must not exist or be empty (it is created with mode
 * 0700). Never throws for a bad or hostile zip: returns `ok: false` with diagnostics naming the
 * artifact and the entry, and removes `destDir`.
 *
 * Diagnostic codes (all errors): `artifact/unsafe-path`, `artifact/link-entry`,
 * `artifact/special-entry`, `artifact/encrypted-entry`, `artifact/duplicate-entry`,
 * `artifact/limit-total-bytes`, `artifact/limit-entries`, `artifact/limit-compression-ratio`,
 * `artifact/entry-size-mismatch`, `artifact/bad-zip`, `artifact/destination-not-empty`,
 * `artifact/write-failed`, `artifact/limit-run-total` (with `runBytesLeft`); `artifact/bad-limit`
 * (a warning) for a limit that is not a positive whole number.
 */
export async function extractZip(zipPath: string, destDir: string, options: ExtractOptions): Promise<ExtractResult> {
  const { artifactName } = options;
  const { limits, problems } = resolveExtractLimits(options.limits);
  const diagnostics: Diagnostic[] = problems.map((p) =>
    diagnostic('warning', 'artifact/bad-limit', `Extraction limit: ${p}.`)
  );
  const dest = path.resolve(destDir);
  const refused = async (more: Diagnostic[]): Promise<ExtractResult> => {
    await rm(dest, { recursive: true, force: true });
    return { ok: false, files: [], bytes: 0, diagnostics: [...diagnostics, ...more] };
  };

  await mkdir(dest, { recursive: true, mode: 0o700 });
  if ((await readdir(dest)).length > 0) {
    // Never delete what we did not create: report and leave the folder alone.
    return {
      ok: false,
      files: [],
      bytes: 0,
      diagnostics: [
        ...diagnostics,
        diagnostic(
          'error',
          'artifact/destination-not-empty',
          `Artifact "${artifactName}" was not extracted: the folder ${dest} already holds files; expected a fresh folder.`
        )
      ]
    };
  }

  let zip: yauzl.ZipFile;
  try {
    zip = await yauzl.openPromise(zipPath, {
      lazyEntries: true,
      autoClose: false,
      decodeStrings: false,
      validateEntrySizes: true,
      strictFileNames: true
    });
  } catch (err) {
    return refused([badZip(artifactName, err)]);
  }

  try {
    if (zip.entryCount > limits.maxEntries) {
      return await refused([
        limitDiagnostic(
          artifactName,
          undefined,
          'entries',
          `it has ${zip.entryCount} entries; the limit is ${limits.maxEntries}`
        )
      ]);
    }
    const plan = await planEntries(zip, artifactName, limits, runLimit(options));
    if (plan.problems.length > 0) return await refused(plan.problems);

    const files: string[] = [];
    const tally = { bytes: 0 };
    // This artifact's share of the run's limit: counted apart, so a refused artifact leaves no trace in it.
    const runTally = { bytes: 0 };
    for (const item of plan.items) {
      const target = path.join(dest, ...item.segments);
      if (!isStrictlyInside(dest, target)) {
        // judgeEntry already refused "..", absolute paths and drive letters; this is the backstop.
        return await refused([
          entryDiagnostic(artifactName, item.name, 'unsafe-path', 'its path resolves outside the extraction folder')
        ]);
      }
      try {
        if (item.kind === 'directory') {
          await mkdir(target, { recursive: true, mode: 0o700 });
          continue;
        }
        await mkdir(path.dirname(target), { recursive: true, mode: 0o700 });
        const source = await zip.openReadStreamPromise(item.entry);
        const meter = createByteMeter({
          tally,
          maxTotalBytes: limits.maxTotalBytes,
          compressedBytes: item.entry.compressedSize,
          maxCompressionRatio: limits.maxCompressionRatio,
          ratioFloorBytes: limits.ratioFloorBytes
        });
        const run = options.runBytesLeft;
        await (run === undefined
          ? pipeline(source, meter, createWriteStream(target, { flags: 'wx', mode: 0o600 }))
          : pipeline(
              source,
              meter,
              createByteMeter({ tally: runTally, maxTotalBytes: run, totalKind: 'run-total' }),
              createWriteStream(target, { flags: 'wx', mode: 0o600 })
            ));
        files.push(item.segments.join('/'));
      } catch (err) {
        return await refused([streamFailure(artifactName, item.name, err, runLimit(options))]);
      }
    }
    return { ok: true, files, bytes: tally.bytes, diagnostics };
  } catch (err) {
    return await refused([badZip(artifactName, err)]);
  } finally {
    zip.close();
  }
}

interface PlannedEntry {
  name: string;
  kind: 'file' | 'directory';
  segments: string[];
  entry: yauzl.Entry;
}

/**
 * Reads the whole central directory (no file data) and judges every entry, so that one refusal
 * lists every hostile entry, not just the first. Header sizes are checked here as an early
 * refusal; the byte meter checks the real sizes later.
 */
async function planEntries(
  zip: yauzl.ZipFile,
  artifactName: string,
  limits: ExtractLimits,
  run: RunLimit | undefined
): Promise<{ items: PlannedEntry[]; problems: Diagnostic[] }> {
  const items: PlannedEntry[] = [];
  const problems: Diagnostic[] = [];
  let problemCount = 0;
  const report = (d: Diagnostic): void => {
    problemCount++;
    if (problems.length < MAX_NAMED_PROBLEMS) problems.push(d);
  };
  const seenFiles = new Set<string>();
  let claimedBytes = 0;

  for await (const entry of zip.eachEntry()) {
    const name = yauzl.getFileNameLowLevel(entry.generalPurposeBitFlag, entry.fileNameRaw, entry.extraFields, true);
    const verdict = judgeEntry({
      name,
      versionMadeBy: entry.versionMadeBy,
      externalFileAttributes: entry.externalFileAttributes,
      generalPurposeBitFlag: entry.generalPurposeBitFlag
    });
    if (verdict.kind === 'refused') {
      report(entryDiagnostic(artifactName, name, verdict.problem, verdict.reason));
      continue;
    }
    if (verdict.kind === 'file') {
      const key = verdict.segments.join('/');
      if (seenFiles.has(key)) {
        report(
          entryDiagnostic(
            artifactName,
            name,
            'duplicate-entry',
            'another entry has the same path, and one would overwrite the other'
          )
        );
        continue;
      }
      seenFiles.add(key);
      claimedBytes += entry.uncompressedSize;
      if (
        entry.uncompressedSize > limits.ratioFloorBytes &&
        entry.uncompressedSize / Math.max(entry.compressedSize, 1) > limits.maxCompressionRatio
      ) {
        report(
          limitDiagnostic(
            artifactName,
            name,
            'compression-ratio',
            `its header claims ${formatBytes(entry.uncompressedSize)} from ${formatBytes(entry.compressedSize)} (ratio above ${limits.maxCompressionRatio}), which looks like a zip bomb`
          )
        );
        continue;
      }
    }
    items.push({ name, kind: verdict.kind, segments: verdict.segments, entry });
  }
  if (claimedBytes > limits.maxTotalBytes) {
    report(
      limitDiagnostic(
        artifactName,
        undefined,
        'total-bytes',
        `its entries claim ${formatBytes(claimedBytes)} in total; the limit is ${formatBytes(limits.maxTotalBytes)}`
      )
    );
  }
  if (run !== undefined && claimedBytes > run.leftBytes && claimedBytes <= limits.maxTotalBytes) {
    report(runTotalDiagnostic(artifactName, `its entries claim ${formatBytes(claimedBytes)} in total`, run));
  }
  if (problemCount > problems.length) {
    problems.push(
      diagnostic(
        'error',
        'artifact/more-problems',
        `Artifact "${artifactName}": ${problemCount - problems.length} more refused entries are not listed.`
      )
    );
  }
  return { items, problems };
}

/** The run's limit on all artifacts' unpacked bytes, as one extraction sees it. */
interface RunLimit {
  /** What is left of it for this artifact. */
  leftBytes: number;
  /** The whole limit. */
  totalBytes: number;
}

function runLimit(options: ExtractOptions): RunLimit | undefined {
  if (options.runBytesLeft === undefined) return undefined;
  return { leftBytes: options.runBytesLeft, totalBytes: options.runTotalBytes ?? options.runBytesLeft };
}

/** `artifact/limit-run-total`: this artifact would take the run's artifacts past their limit together. */
export function runTotalDiagnostic(artifactName: string, what: string, run: RunLimit): Diagnostic {
  const used = run.totalBytes - run.leftBytes;
  return diagnostic(
    'error',
    'artifact/limit-run-total',
    `Artifact "${artifactName}" was not read: ${what}, the run's artifacts before it unpacked ${formatBytes(used)}, and all artifacts of one run may unpack to at most ${formatBytes(run.totalBytes)} (\`run-total\` in \`artifact-limits\`). Raise the limit only if the artifacts are trusted and really this large.`
  );
}

function isStrictlyInside(root: string, candidate: string): boolean {
  const rel = path.relative(root, candidate);
  return rel !== '' && !path.isAbsolute(rel) && rel !== '..' && !rel.startsWith('..' + path.sep);
}

const REFUSED = 'The artifact was refused and nothing from it was kept.';

function entryDiagnostic(
  artifactName: string,
  entryName: string,
  problem: EntryProblem | 'duplicate-entry' | 'entry-size-mismatch',
  reason: string
): Diagnostic {
  return diagnostic(
    'error',
    `artifact/${problem}`,
    `Artifact "${artifactName}": entry ${JSON.stringify(entryName)} was refused because ${reason}. ${REFUSED}`
  );
}

function limitDiagnostic(
  artifactName: string,
  entryName: string | undefined,
  kind: LimitKind,
  reason: string
): Diagnostic {
  const what = entryName === undefined ? '' : `entry ${JSON.stringify(entryName)}: `;
  // The zip's own size is checked while downloading, as `artifact/too-large`; unpacking has the other limits.
  return diagnostic(
    'error',
    kind === 'zip-bytes' ? 'artifact/too-large' : `artifact/limit-${kind}`,
    `Artifact "${artifactName}": ${what}${reason}. ${REFUSED} Raise the limit only if the artifact is trusted and really this large.`
  );
}

function badZip(artifactName: string, err: unknown): Diagnostic {
  return diagnostic(
    'error',
    'artifact/bad-zip',
    `Artifact "${artifactName}" is not a readable zip file (${errorText(err)}). ${REFUSED}`
  );
}

/** Maps an error from streaming one entry to the diagnostic that says what happened. */
function streamFailure(artifactName: string, entryName: string, err: unknown, run: RunLimit | undefined): Diagnostic {
  if (err instanceof LimitExceededError && err.kind === 'run-total' && run !== undefined)
    return runTotalDiagnostic(artifactName, `it unpacks to more than the ${formatBytes(run.leftBytes)} left`, run);
  if (err instanceof LimitExceededError) return limitDiagnostic(artifactName, entryName, err.kind, err.message);
  const text = errorText(err);
  // yauzl's validateEntrySizes: the data is longer or shorter than the central directory says.
  if (/too many bytes in the stream|not enough bytes in the stream/.test(text)) {
    return entryDiagnostic(
      artifactName,
      entryName,
      'entry-size-mismatch',
      `its data does not match the size its header declares (${text})`
    );
  }
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'EEXIST')
    return entryDiagnostic(artifactName, entryName, 'duplicate-entry', 'a file or folder already exists at its path');
  if (code === 'ENOTDIR' || code === 'EISDIR')
    return entryDiagnostic(
      artifactName,
      entryName,
      'duplicate-entry',
      'its path is used both as a file and as a folder'
    );
  if (code !== undefined && code.startsWith('Z_'))
    return diagnostic(
      'error',
      'artifact/bad-zip',
      `Artifact "${artifactName}": entry ${JSON.stringify(entryName)} has corrupt compressed data (${text}). ${REFUSED}`
    );
  if (code !== undefined)
    return diagnostic(
      'error',
      'artifact/write-failed',
      `Artifact "${artifactName}": entry ${JSON.stringify(entryName)} could not be written (${code}). ${REFUSED}`
    );
  return badZip(artifactName, err);
}

function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
