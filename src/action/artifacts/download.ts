/**
 * Downloads one artifact's zip to disk, streamed. GitHub answers the download endpoint with a 302
 * to a short-lived blob-storage URL; we take that redirect by hand (so the token is never sent to
 * the storage host) and stream the body through a byte meter into a new file, never holding it in
 * memory. Where GitHub gives the artifact's digest, the bytes are checked against it.
 */
import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { diagnostic, type Diagnostic, type DiagnosticCode, type Severity } from '../../core/diagnostics.js';
import { formatBytes } from '../../core/format.js';
import { createByteMeter, DEFAULT_EXTRACT_LIMITS, LimitExceededError } from '../../io/artifacts/limits.js';
import { describeFailure, errorStatus, type GitHubClient } from '../github.js';

/** Options for {@link downloadArtifact}. */
export interface DownloadArtifactOptions {
  owner: string;
  repo: string;
  artifactId: number;
  /** For messages (default `#<id>`). */
  artifactName?: string;
  /** Largest zip accepted (default {@link DEFAULT_EXTRACT_LIMITS}.maxZipBytes). */
  maxZipBytes?: number;
  /** `sha256:<hex>` as the artifacts API reports it; when set, the download must match. */
  expectedDigest?: string;
  /** Severity of "gone" (410 expired, 404 deleted); default `error`. Other failures are errors. */
  missingSeverity?: Severity;
  /** fetch used for the storage URL (default the global one); tests may pass their own. */
  fetch?: typeof fetch;
}

/** The outcome of a download. */
export interface DownloadResult {
  ok: boolean;
  /** Bytes written (0 when not ok; a failed download leaves no file). */
  bytes: number;
  diagnostics: Diagnostic[];
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/**
 * Downloads `GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/zip` into `destZipPath`
 * (created with `wx`: an existing file is an error, never overwritten). Never throws.
 *
 * Diagnostics: `artifact/expired` (410), `artifact/not-found` (404), `artifact/too-large`,
 * `artifact/digest-mismatch`, `artifact/download-failed`.
 */
export async function downloadArtifact(
  octokit: GitHubClient,
  options: DownloadArtifactOptions,
  destZipPath: string
): Promise<DownloadResult> {
  const { owner, repo, artifactId } = options;
  const name = options.artifactName ?? `#${artifactId}`;
  const maxZipBytes = options.maxZipBytes ?? DEFAULT_EXTRACT_LIMITS.maxZipBytes;
  const fail = (code: DiagnosticCode, message: string, severity: Severity = 'error'): DownloadResult => ({
    ok: false,
    bytes: 0,
    diagnostics: [diagnostic(severity, code, `Artifact "${name}": ${message}`)]
  });

  let response: { status: number; url: string; headers: Record<string, string | number | undefined>; data: unknown };
  try {
    response = (await octokit.rest.actions.downloadArtifact({
      owner,
      repo,
      artifact_id: artifactId,
      archive_format: 'zip',
      request: { redirect: 'manual', parseSuccessResponseBody: false }
    })) as unknown as typeof response;
  } catch (error) {
    const status = errorStatus(error);
    if (status === 410)
      return fail(
        'artifact/expired',
        "it has expired and can no longer be downloaded (GitHub answered 410 Gone); re-run the training workflow, or keep artifacts longer (upload-artifact's `retention-days`).",
        options.missingSeverity
      );
    if (status === 404)
      return fail(
        'artifact/not-found',
        'GitHub does not know it (404); it may have been deleted, or the token lacks `actions: read`.',
        options.missingSeverity
      );
    return fail('artifact/download-failed', `the download failed: ${describeFailure(error)}.`);
  }

  let body: WebReadableStream | null;
  let declaredBytes: number | undefined;
  if (REDIRECTS.has(response.status)) {
    await cancelBody(response.data);
    const location = response.headers.location;
    let target: URL;
    try {
      target = new URL(String(location), response.url);
    } catch {
      return fail(
        'artifact/download-failed',
        `GitHub redirected the download to an invalid location (${JSON.stringify(location)}).`
      );
    }
    if (target.protocol !== 'https:' && target.protocol !== 'http:') {
      return fail(
        'artifact/download-failed',
        `GitHub redirected the download to an unsupported URL scheme (${target.protocol}).`
      );
    }
    // The storage URL is pre-signed: it needs no credentials, and must never receive the token.
    let storage: Response;
    try {
      storage = await (options.fetch ?? fetch)(target, { redirect: 'follow' });
    } catch (error) {
      return fail(
        'artifact/download-failed',
        `the storage host ${target.host} could not be reached (${error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : String(error)}).`
      );
    }
    if (!storage.ok) {
      await storage.body?.cancel();
      return fail(
        'artifact/download-failed',
        `the storage host ${target.host} answered ${storage.status}; the download link may have expired, re-run the job.`
      );
    }
    body = storage.body as WebReadableStream | null;
    declaredBytes = numberOrUndefined(storage.headers.get('content-length'));
  } else if (response.status === 200) {
    // Some servers (GitHub Enterprise, proxies) answer with the zip itself; it is streamed too.
    body = response.data as WebReadableStream | null;
    declaredBytes = numberOrUndefined(response.headers['content-length']);
  } else {
    await cancelBody(response.data);
    return fail(
      'artifact/download-failed',
      `GitHub answered ${response.status} where a redirect to the zip was expected.`
    );
  }
  if (body === null) return fail('artifact/download-failed', 'the download had no body.');
  if (declaredBytes !== undefined && declaredBytes > maxZipBytes) {
    await body.cancel();
    return fail(
      'artifact/too-large',
      `its zip is ${formatBytes(declaredBytes)}, above the ${formatBytes(maxZipBytes)} limit; it was not downloaded.`
    );
  }

  const tally = { bytes: 0 };
  const hash = createHash('sha256');
  const hasher = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      hash.update(chunk);
      callback(null, chunk);
    }
  });
  try {
    await mkdir(path.dirname(destZipPath), { recursive: true, mode: 0o700 });
    await pipeline(
      Readable.fromWeb(body),
      createByteMeter({ tally, maxTotalBytes: maxZipBytes, totalKind: 'zip-bytes' }),
      hasher,
      createWriteStream(destZipPath, { flags: 'wx', mode: 0o600 })
    );
  } catch (error) {
    // Only remove the file if this call created it: an EEXIST means someone else's file is there.
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') await rm(destZipPath, { force: true });
    if (error instanceof LimitExceededError)
      return fail(
        'artifact/too-large',
        `its zip is larger than the ${formatBytes(maxZipBytes)} limit; the download was stopped.`
      );
    return fail(
      'artifact/download-failed',
      `the download could not be written to ${destZipPath} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}).`
    );
  }

  if (options.expectedDigest) {
    const [algorithm, expected] = options.expectedDigest.split(':');
    const actual = hash.digest('hex');
    if (algorithm === 'sha256' && expected && expected.toLowerCase() !== actual) {
      await rm(destZipPath, { force: true });
      return fail(
        'artifact/digest-mismatch',
        `the downloaded zip's SHA-256 (${actual}) does not match the digest GitHub recorded at upload (${expected}); it was discarded.`
      );
    }
  }
  return { ok: true, bytes: tally.bytes, diagnostics: [] };
}

async function cancelBody(data: unknown): Promise<void> {
  if (data && typeof (data as WebReadableStream).cancel === 'function') {
    await (data as WebReadableStream).cancel().catch(() => undefined);
  }
}

function numberOrUndefined(value: unknown): number | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const n = Number(value);
  return Number.isFinite(n) && n >= 0 ? n : undefined;
}
