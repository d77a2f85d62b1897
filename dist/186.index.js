export const id = 186;
export const ids = [186];
export const modules = {

/***/ 2186:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  loadArtifactSources: () => (/* binding */ loadArtifactSources)
});

// EXTERNAL MODULE: ./src/io/artifacts/trace-roots.ts
var trace_roots = __webpack_require__(5433);
// EXTERNAL MODULE: ./src/action/workflow-run.ts
var workflow_run = __webpack_require__(8545);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/diagnostics.ts
var core_diagnostics = __webpack_require__(7135);
// EXTERNAL MODULE: ./src/core/format.ts
var format = __webpack_require__(6228);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(6466);
// EXTERNAL MODULE: ./node_modules/yauzl/index.js
var yauzl = __webpack_require__(663);
;// CONCATENATED MODULE: ./src/io/artifacts/entries.ts
/**
 * Judges one zip entry from its central-directory record, before any of its data is read: is its
 * name a safe relative path, and is it a plain file or folder (not a link, a device, or encrypted)?
 * Pure functions, so every hostile case is testable without a zip.
 */
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
function judgeEntry(entry) {
    const refuse = (problem, reason) => ({ kind: 'refused', problem, reason });
    const { name } = entry;
    if (name === '')
        return refuse('unsafe-path', 'its name is empty');
    if (name.includes('\\'))
        return refuse('unsafe-path', 'its name contains a backslash, which is a path separator on Windows and can climb out of the folder there');
    if (name.startsWith('/'))
        return refuse('unsafe-path', 'it has an absolute path');
    if (/^[A-Za-z]:/.test(name))
        return refuse('unsafe-path', 'its name starts with a drive letter');
    if (name.includes(':'))
        return refuse('unsafe-path', 'its name contains ":", which names an alternate data stream on Windows (upload-artifact never stores it)');
    // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
    if (/[\u0000-\u001f\u007f]/.test(name))
        return refuse('unsafe-path', 'its name contains control characters');
    const rawSegments = name.split('/');
    if (rawSegments.includes('..'))
        return refuse('unsafe-path', 'its path contains ".." and would leave the extraction folder');
    const host = entry.versionMadeBy >>> 8;
    const unixMode = (entry.externalFileAttributes >>> 16) & S_IFMT;
    const dosAttributes = entry.externalFileAttributes & 0xffff;
    if (unixMode === S_IFLNK)
        return refuse('link-entry', 'it is a symbolic link');
    // DOS attribute bits mean something only where no Unix mode was stored (zips made on Windows).
    if (host !== 3 && unixMode === 0 && (dosAttributes & DOS_REPARSE_POINT) !== 0) {
        return refuse('link-entry', 'it is a Windows reparse point (a link or junction)');
    }
    if (unixMode !== 0 && unixMode !== S_IFREG && unixMode !== S_IFDIR) {
        return refuse('special-entry', `it is not a regular file or folder (Unix mode ${(unixMode >>> 12).toString(8)}xxxx: a device, FIFO or socket)`);
    }
    if ((entry.generalPurposeBitFlag & 0x1) !== 0)
        return refuse('encrypted-entry', 'it is encrypted');
    const segments = rawSegments.filter((s) => s !== '' && s !== '.');
    const isDirectory = name.endsWith('/') ||
        unixMode === S_IFDIR ||
        (unixMode === 0 && (dosAttributes & DOS_DIRECTORY) !== 0 && host !== 3);
    if (segments.length === 0) {
        // "./" or "/" alone: a folder entry for the root itself is harmless, a file there is not.
        return isDirectory ? { kind: 'directory', segments } : refuse('unsafe-path', 'its name does not name a file');
    }
    return { kind: isDirectory ? 'directory' : 'file', segments };
}

// EXTERNAL MODULE: ./src/io/artifacts/limits.ts
var artifacts_limits = __webpack_require__(8358);
;// CONCATENATED MODULE: ./src/io/artifacts/extract.ts
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
async function extractZip(zipPath, destDir, options) {
    const { artifactName } = options;
    const { limits, problems } = (0,artifacts_limits/* resolveExtractLimits */.K6)(options.limits);
    const diagnostics = problems.map((p) => (0,core_diagnostics/* diagnostic */.YK)('warning', 'artifact/bad-limit', `Extraction limit: ${p}.`));
    const dest = external_node_path_default().resolve(destDir);
    const refused = async (more) => {
        await (0,promises_.rm)(dest, { recursive: true, force: true });
        return { ok: false, files: [], bytes: 0, diagnostics: [...diagnostics, ...more] };
    };
    await (0,promises_.mkdir)(dest, { recursive: true, mode: 0o700 });
    if ((await (0,promises_.readdir)(dest)).length > 0) {
        // Never delete what we did not create: report and leave the folder alone.
        return {
            ok: false,
            files: [],
            bytes: 0,
            diagnostics: [
                ...diagnostics,
                (0,core_diagnostics/* diagnostic */.YK)('error', 'artifact/destination-not-empty', `Artifact "${artifactName}" was not extracted: the folder ${dest} already holds files; expected a fresh folder.`)
            ]
        };
    }
    let zip;
    try {
        zip = await yauzl.openPromise(zipPath, {
            lazyEntries: true,
            autoClose: false,
            decodeStrings: false,
            validateEntrySizes: true,
            strictFileNames: true
        });
    }
    catch (err) {
        return refused([badZip(artifactName, err)]);
    }
    try {
        if (zip.entryCount > limits.maxEntries) {
            return await refused([
                limitDiagnostic(artifactName, undefined, 'entries', `it has ${zip.entryCount} entries; the limit is ${limits.maxEntries}`)
            ]);
        }
        const plan = await planEntries(zip, artifactName, limits, runLimit(options));
        if (plan.problems.length > 0)
            return await refused(plan.problems);
        const files = [];
        const tally = { bytes: 0 };
        // This artifact's share of the run's limit: counted apart, so a refused artifact leaves no trace in it.
        const runTally = { bytes: 0 };
        for (const item of plan.items) {
            const target = external_node_path_default().join(dest, ...item.segments);
            if (!isStrictlyInside(dest, target)) {
                // judgeEntry already refused "..", absolute paths and drive letters; this is the backstop.
                return await refused([
                    entryDiagnostic(artifactName, item.name, 'unsafe-path', 'its path resolves outside the extraction folder')
                ]);
            }
            try {
                if (item.kind === 'directory') {
                    await (0,promises_.mkdir)(target, { recursive: true, mode: 0o700 });
                    continue;
                }
                await (0,promises_.mkdir)(external_node_path_default().dirname(target), { recursive: true, mode: 0o700 });
                const source = await zip.openReadStreamPromise(item.entry);
                const meter = (0,artifacts_limits/* createByteMeter */.Oo)({
                    tally,
                    maxTotalBytes: limits.maxTotalBytes,
                    compressedBytes: item.entry.compressedSize,
                    maxCompressionRatio: limits.maxCompressionRatio,
                    ratioFloorBytes: limits.ratioFloorBytes
                });
                const run = options.runBytesLeft;
                await (run === undefined
                    ? (0,external_node_stream_promises_.pipeline)(source, meter, (0,external_node_fs_.createWriteStream)(target, { flags: 'wx', mode: 0o600 }))
                    : (0,external_node_stream_promises_.pipeline)(source, meter, (0,artifacts_limits/* createByteMeter */.Oo)({ tally: runTally, maxTotalBytes: run, totalKind: 'run-total' }), (0,external_node_fs_.createWriteStream)(target, { flags: 'wx', mode: 0o600 })));
                files.push(item.segments.join('/'));
            }
            catch (err) {
                return await refused([streamFailure(artifactName, item.name, err, runLimit(options))]);
            }
        }
        return { ok: true, files, bytes: tally.bytes, diagnostics };
    }
    catch (err) {
        return await refused([badZip(artifactName, err)]);
    }
    finally {
        zip.close();
    }
}
/**
 * Reads the whole central directory (no file data) and judges every entry, so that one refusal
 * lists every hostile entry, not just the first. Header sizes are checked here as an early
 * refusal; the byte meter checks the real sizes later.
 */
async function planEntries(zip, artifactName, limits, run) {
    const items = [];
    const problems = [];
    let problemCount = 0;
    const report = (d) => {
        problemCount++;
        if (problems.length < MAX_NAMED_PROBLEMS)
            problems.push(d);
    };
    const seenFiles = new Set();
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
                report(entryDiagnostic(artifactName, name, 'duplicate-entry', 'another entry has the same path, and one would overwrite the other'));
                continue;
            }
            seenFiles.add(key);
            claimedBytes += entry.uncompressedSize;
            if (entry.uncompressedSize > limits.ratioFloorBytes &&
                entry.uncompressedSize / Math.max(entry.compressedSize, 1) > limits.maxCompressionRatio) {
                report(limitDiagnostic(artifactName, name, 'compression-ratio', `its header claims ${(0,format/* formatBytes */.z3)(entry.uncompressedSize)} from ${(0,format/* formatBytes */.z3)(entry.compressedSize)} (ratio above ${limits.maxCompressionRatio}), which looks like a zip bomb`));
                continue;
            }
        }
        items.push({ name, kind: verdict.kind, segments: verdict.segments, entry });
    }
    if (claimedBytes > limits.maxTotalBytes) {
        report(limitDiagnostic(artifactName, undefined, 'total-bytes', `its entries claim ${(0,format/* formatBytes */.z3)(claimedBytes)} in total; the limit is ${(0,format/* formatBytes */.z3)(limits.maxTotalBytes)}`));
    }
    if (run !== undefined && claimedBytes > run.leftBytes && claimedBytes <= limits.maxTotalBytes) {
        report(runTotalDiagnostic(artifactName, `its entries claim ${(0,format/* formatBytes */.z3)(claimedBytes)} in total`, run));
    }
    if (problemCount > problems.length) {
        problems.push((0,core_diagnostics/* diagnostic */.YK)('error', 'artifact/more-problems', `Artifact "${artifactName}": ${problemCount - problems.length} more refused entries are not listed.`));
    }
    return { items, problems };
}
function runLimit(options) {
    if (options.runBytesLeft === undefined)
        return undefined;
    return { leftBytes: options.runBytesLeft, totalBytes: options.runTotalBytes ?? options.runBytesLeft };
}
/** `artifact/limit-run-total`: this artifact would take the run's artifacts past their limit together. */
function runTotalDiagnostic(artifactName, what, run) {
    const used = run.totalBytes - run.leftBytes;
    return (0,core_diagnostics/* diagnostic */.YK)('error', 'artifact/limit-run-total', `Artifact "${artifactName}" was not read: ${what}, the run's artifacts before it unpacked ${(0,format/* formatBytes */.z3)(used)}, and all artifacts of one run may unpack to at most ${(0,format/* formatBytes */.z3)(run.totalBytes)} (\`run-total\` in \`artifact-limits\`). Raise the limit only if the artifacts are trusted and really this large.`);
}
function isStrictlyInside(root, candidate) {
    const rel = external_node_path_default().relative(root, candidate);
    return rel !== '' && !external_node_path_default().isAbsolute(rel) && rel !== '..' && !rel.startsWith('..' + (external_node_path_default()).sep);
}
const REFUSED = 'The artifact was refused and nothing from it was kept.';
function entryDiagnostic(artifactName, entryName, problem, reason) {
    return (0,core_diagnostics/* diagnostic */.YK)('error', `artifact/${problem}`, `Artifact "${artifactName}": entry ${JSON.stringify(entryName)} was refused because ${reason}. ${REFUSED}`);
}
function limitDiagnostic(artifactName, entryName, kind, reason) {
    const what = entryName === undefined ? '' : `entry ${JSON.stringify(entryName)}: `;
    // The zip's own size is checked while downloading, as `artifact/too-large`; unpacking has the other limits.
    return (0,core_diagnostics/* diagnostic */.YK)('error', kind === 'zip-bytes' ? 'artifact/too-large' : `artifact/limit-${kind}`, `Artifact "${artifactName}": ${what}${reason}. ${REFUSED} Raise the limit only if the artifact is trusted and really this large.`);
}
function badZip(artifactName, err) {
    return (0,core_diagnostics/* diagnostic */.YK)('error', 'artifact/bad-zip', `Artifact "${artifactName}" is not a readable zip file (${errorText(err)}). ${REFUSED}`);
}
/** Maps an error from streaming one entry to the diagnostic that says what happened. */
function streamFailure(artifactName, entryName, err, run) {
    if (err instanceof artifacts_limits/* LimitExceededError */.lo && err.kind === 'run-total' && run !== undefined)
        return runTotalDiagnostic(artifactName, `it unpacks to more than the ${(0,format/* formatBytes */.z3)(run.leftBytes)} left`, run);
    if (err instanceof artifacts_limits/* LimitExceededError */.lo)
        return limitDiagnostic(artifactName, entryName, err.kind, err.message);
    const text = errorText(err);
    // yauzl's validateEntrySizes: the data is longer or shorter than the central directory says.
    if (/too many bytes in the stream|not enough bytes in the stream/.test(text)) {
        return entryDiagnostic(artifactName, entryName, 'entry-size-mismatch', `its data does not match the size its header declares (${text})`);
    }
    const code = err?.code;
    if (code === 'EEXIST')
        return entryDiagnostic(artifactName, entryName, 'duplicate-entry', 'a file or folder already exists at its path');
    if (code === 'ENOTDIR' || code === 'EISDIR')
        return entryDiagnostic(artifactName, entryName, 'duplicate-entry', 'its path is used both as a file and as a folder');
    if (code !== undefined && code.startsWith('Z_'))
        return (0,core_diagnostics/* diagnostic */.YK)('error', 'artifact/bad-zip', `Artifact "${artifactName}": entry ${JSON.stringify(entryName)} has corrupt compressed data (${text}). ${REFUSED}`);
    if (code !== undefined)
        return (0,core_diagnostics/* diagnostic */.YK)('error', 'artifact/write-failed', `Artifact "${artifactName}": entry ${JSON.stringify(entryName)} could not be written (${code}). ${REFUSED}`);
    return badZip(artifactName, err);
}
function errorText(err) {
    return err instanceof Error ? err.message : String(err);
}

;// CONCATENATED MODULE: ./src/io/artifacts/names.ts
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
function sanitizeArtifactName(name) {
    let safe = name.replace(/[^A-Za-z0-9._-]/g, '_').slice(0, MAX_FOLDER_CHARS);
    if (safe.startsWith('.'))
        safe = `_${safe.slice(1)}`;
    return safe === '' ? '_' : safe;
}
/**
 * Assigns each artifact a distinct folder: its sanitised name, or, where two names sanitise to the
 * same folder (compared case-insensitively, for macOS and Windows runners), the name with
 * `-<id>` (then `-<id>-2`, ...) appended.
 */
function assignFolders(artifacts) {
    const used = new Set();
    const folders = new Map();
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

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: ./src/action/github.ts
var github = __webpack_require__(6339);
;// CONCATENATED MODULE: ./src/action/artifacts/download.ts
/**
 * Downloads one artifact's zip to disk, streamed. GitHub answers the download endpoint with a 302
 * to a short-lived blob-storage URL; we take that redirect by hand (so the token is never sent to
 * the storage host) and stream the body through a byte meter into a new file, never holding it in
 * memory. Where GitHub gives the artifact's digest, the bytes are checked against it.
 */










const REDIRECTS = new Set([301, 302, 303, 307, 308]);
/**
 * Downloads `GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/zip` into `destZipPath`
 * (created with `wx`: an existing file is an error, never overwritten). Never throws.
 *
 * Diagnostics: `artifact/expired` (410), `artifact/not-found` (404), `artifact/too-large`,
 * `artifact/digest-mismatch`, `artifact/download-failed`.
 */
async function downloadArtifact(octokit, options, destZipPath) {
    const { owner, repo, artifactId } = options;
    const name = options.artifactName ?? `#${artifactId}`;
    const maxZipBytes = options.maxZipBytes ?? artifacts_limits/* DEFAULT_EXTRACT_LIMITS */.xq.maxZipBytes;
    const fail = (code, message, severity = 'error') => ({
        ok: false,
        bytes: 0,
        diagnostics: [(0,core_diagnostics/* diagnostic */.YK)(severity, code, `Artifact "${name}": ${message}`)]
    });
    let response;
    try {
        response = (await octokit.rest.actions.downloadArtifact({
            owner,
            repo,
            artifact_id: artifactId,
            archive_format: 'zip',
            request: { redirect: 'manual', parseSuccessResponseBody: false }
        }));
    }
    catch (error) {
        const status = (0,github/* errorStatus */.PO)(error);
        if (status === 410)
            return fail('artifact/expired', "it has expired and can no longer be downloaded (GitHub answered 410 Gone); re-run the training workflow, or keep artifacts longer (upload-artifact's `retention-days`).", options.missingSeverity);
        if (status === 404)
            return fail('artifact/not-found', 'GitHub does not know it (404); it may have been deleted, or the token lacks `actions: read`.', options.missingSeverity);
        return fail('artifact/download-failed', `the download failed: ${(0,github/* describeFailure */.Ic)(error)}.`);
    }
    let body;
    let declaredBytes;
    if (REDIRECTS.has(response.status)) {
        await cancelBody(response.data);
        const location = response.headers.location;
        let target;
        try {
            target = new URL(String(location), response.url);
        }
        catch {
            return fail('artifact/download-failed', `GitHub redirected the download to an invalid location (${JSON.stringify(location)}).`);
        }
        if (target.protocol !== 'https:' && target.protocol !== 'http:') {
            return fail('artifact/download-failed', `GitHub redirected the download to an unsupported URL scheme (${target.protocol}).`);
        }
        // The storage URL is pre-signed: it needs no credentials, and must never receive the token.
        let storage;
        try {
            storage = await (options.fetch ?? fetch)(target, { redirect: 'follow' });
        }
        catch (error) {
            return fail('artifact/download-failed', `the storage host ${target.host} could not be reached (${error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : String(error)}).`);
        }
        if (!storage.ok) {
            await storage.body?.cancel();
            return fail('artifact/download-failed', `the storage host ${target.host} answered ${storage.status}; the download link may have expired, re-run the job.`);
        }
        body = storage.body;
        declaredBytes = numberOrUndefined(storage.headers.get('content-length'));
    }
    else if (response.status === 200) {
        // Some servers (GitHub Enterprise, proxies) answer with the zip itself; it is streamed too.
        body = response.data;
        declaredBytes = numberOrUndefined(response.headers['content-length']);
    }
    else {
        await cancelBody(response.data);
        return fail('artifact/download-failed', `GitHub answered ${response.status} where a redirect to the zip was expected.`);
    }
    if (body === null)
        return fail('artifact/download-failed', 'the download had no body.');
    if (declaredBytes !== undefined && declaredBytes > maxZipBytes) {
        await body.cancel();
        return fail('artifact/too-large', `its zip is ${(0,format/* formatBytes */.z3)(declaredBytes)}, above the ${(0,format/* formatBytes */.z3)(maxZipBytes)} limit; it was not downloaded.`);
    }
    const tally = { bytes: 0 };
    const hash = (0,external_node_crypto_.createHash)('sha256');
    const hasher = new external_node_stream_.Transform({
        transform(chunk, _encoding, callback) {
            hash.update(chunk);
            callback(null, chunk);
        }
    });
    try {
        await (0,promises_.mkdir)(external_node_path_default().dirname(destZipPath), { recursive: true, mode: 0o700 });
        await (0,external_node_stream_promises_.pipeline)(external_node_stream_.Readable.fromWeb(body), (0,artifacts_limits/* createByteMeter */.Oo)({ tally, maxTotalBytes: maxZipBytes, totalKind: 'zip-bytes' }), hasher, (0,external_node_fs_.createWriteStream)(destZipPath, { flags: 'wx', mode: 0o600 }));
    }
    catch (error) {
        // Only remove the file if this call created it: an EEXIST means someone else's file is there.
        if (error.code !== 'EEXIST')
            await (0,promises_.rm)(destZipPath, { force: true });
        if (error instanceof artifacts_limits/* LimitExceededError */.lo)
            return fail('artifact/too-large', `its zip is larger than the ${(0,format/* formatBytes */.z3)(maxZipBytes)} limit; the download was stopped.`);
        return fail('artifact/download-failed', `the download could not be written to ${destZipPath} (${error.code ?? error.message}).`);
    }
    if (options.expectedDigest) {
        const [algorithm, expected] = options.expectedDigest.split(':');
        const actual = hash.digest('hex');
        if (algorithm === 'sha256' && expected && expected.toLowerCase() !== actual) {
            await (0,promises_.rm)(destZipPath, { force: true });
            return fail('artifact/digest-mismatch', `the downloaded zip's SHA-256 (${actual}) does not match the digest GitHub recorded at upload (${expected}); it was discarded.`);
        }
    }
    return { ok: true, bytes: tally.bytes, diagnostics: [] };
}
async function cancelBody(data) {
    if (data && typeof data.cancel === 'function') {
        await data.cancel().catch(() => undefined);
    }
}
function numberOrUndefined(value) {
    if (value === undefined || value === null || value === '')
        return undefined;
    const n = Number(value);
    return Number.isFinite(n) && n >= 0 ? n : undefined;
}

// EXTERNAL MODULE: ./node_modules/minimatch/dist/esm/index.js + 8 modules
var esm = __webpack_require__(1138);
// EXTERNAL MODULE: ./src/core/suggest.ts
var suggest = __webpack_require__(2085);
;// CONCATENATED MODULE: ./src/action/artifacts/list.ts
/**
 * Lists a workflow run's artifacts (every page) and picks the ones the user asked for by name or
 * glob. Anything asked for and not usable — a pattern that matches nothing, an expired artifact,
 * a run that uploaded nothing — becomes a diagnostic, so missing data never passes silently.
 */




/**
 * Lists the run's artifacts through `GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts`,
 * following every page, and matches them against `patterns` (exact names, or globs with
 * minimatch, the matcher actions/download-artifact uses).
 *
 * Diagnostics: `artifact/list-failed` (error), and at `missingSeverity`: `artifact/none-in-run`,
 * `artifact/no-match` (with the closest names), `artifact/expired`.
 */
async function listArtifacts(octokit, options) {
    const { owner, repo, runId } = options;
    const severity = options.missingSeverity ?? 'error';
    const patterns = [...new Set(options.patterns.map((p) => p.trim()).filter((p) => p !== ''))];
    const empty = { matched: [], expired: [], unmatchedPatterns: [], total: 0, diagnostics: [] };
    if (patterns.length === 0)
        return empty;
    let all;
    try {
        all = (await octokit.paginate(octokit.rest.actions.listWorkflowRunArtifacts, {
            owner,
            repo,
            run_id: runId,
            per_page: 100
        }));
    }
    catch (error) {
        return {
            ...empty,
            unmatchedPatterns: patterns,
            diagnostics: [
                (0,core_diagnostics/* diagnostic */.YK)('error', 'artifact/list-failed', `Could not list the artifacts of workflow run ${runId} in ${owner}/${repo}: ${(0,github/* describeFailure */.Ic)(error)}.${(0,github/* isUnreachable */.R0)(error) ? '' : ' The workflow needs `actions: read` permission.'}`)
            ]
        };
    }
    const artifacts = all.map(toInfo).sort((a, b) => a.name.localeCompare(b.name) || a.id - b.id);
    const asked = patterns.join('", "');
    if (artifacts.length === 0) {
        return {
            ...empty,
            unmatchedPatterns: patterns,
            diagnostics: [
                (0,core_diagnostics/* diagnostic */.YK)(severity, 'artifact/none-in-run', `Workflow run ${runId} has no artifacts; expected ones matching "${asked}". Check that the training job uploads them with actions/upload-artifact and that it finished before this job (\`needs:\` or a \`workflow_run\` trigger).`)
            ]
        };
    }
    const picked = new Map();
    const unmatchedPatterns = [];
    const diagnostics = [];
    for (const pattern of patterns) {
        const hits = artifacts.filter((a) => matchesName(a.name, pattern));
        if (hits.length === 0) {
            unmatchedPatterns.push(pattern);
            const names = artifacts.map((a) => a.name);
            diagnostics.push((0,core_diagnostics/* diagnostic */.YK)(severity, 'artifact/no-match', `No artifact of workflow run ${runId} matches "${pattern}"; the run has ${listNames(names)}.${(0,suggest/* didYouMean */.au)((0,suggest/* closestNames */.g9)(pattern, names))}`));
        }
        for (const hit of hits)
            picked.set(hit.id, hit);
    }
    const matched = [...picked.values()].filter((a) => !a.expired);
    const expired = [...picked.values()].filter((a) => a.expired);
    for (const a of expired) {
        const when = a.expiresAt ? ` on ${a.expiresAt}` : '';
        diagnostics.push((0,core_diagnostics/* diagnostic */.YK)(severity, 'artifact/expired', `Artifact "${a.name}" of workflow run ${runId} expired${when} and can no longer be downloaded; re-run the training workflow, or keep artifacts longer (upload-artifact's \`retention-days\`).`));
    }
    return { matched, expired, unmatchedPatterns, total: artifacts.length, diagnostics };
}
/** True when an artifact name matches a pattern: equal, or a glob match (no path semantics). */
function matchesName(name, pattern) {
    return name === pattern || (0,esm/* minimatch */.xF)(name, pattern, { dot: true, nonegate: true, nocomment: true });
}
function toInfo(a) {
    const info = { id: a.id, name: a.name, sizeInBytes: a.size_in_bytes, expired: a.expired === true };
    if (a.expires_at)
        info.expiresAt = a.expires_at;
    if (a.workflow_run?.head_sha)
        info.headSha = a.workflow_run.head_sha;
    if (a.digest)
        info.digest = a.digest;
    return info;
}
function listNames(names) {
    const shown = names
        .slice(0, 10)
        .map((n) => `"${n}"`)
        .join(', ');
    return names.length > 10 ? `${shown} and ${names.length - 10} more` : shown;
}

;// CONCATENATED MODULE: ./src/action/artifacts/fetch.ts
/**
 * Brings a run's artifacts onto the runner: list (every page) -> download (streamed) -> extract
 * (checked) each into `RUNNER_TEMP/carbon-gate-artifacts/<artifact-name>/`. One artifact at a
 * time, so at most one zip is on disk, and each zip is deleted once extracted.
 */









/** The folder under `RUNNER_TEMP` that holds extracted artifacts, one sub-folder each. */
const ARTIFACTS_FOLDER = 'carbon-gate-artifacts';
/** The folder under `RUNNER_TEMP` where zips wait between download and extraction. */
const DOWNLOADS_FOLDER = 'carbon-gate-downloads';
/** Skipped artifacts named one by one before the rest are counted in one diagnostic. */
const MAX_NAMED_SKIPS = 20;
/**
 * Lists, downloads and extracts the artifacts matching `patterns`. Never throws for API or content
 * problems: everything missing, expired or refused is a diagnostic (see {@link listArtifacts},
 * {@link downloadArtifact}, {@link extractZip}), and the caller decides to fail or warn by
 * `missingSeverity`. An artifact folder left by an earlier step of the same job is replaced.
 *
 * The run's limits are kept before anything is downloaded: artifacts past `count` (in name order)
 * are skipped, and so is one whose listed zip size alone is more than what is left of `run-total`;
 * while unpacking, the bytes that really come out count against `run-total` too. Each skipped
 * artifact is an error (`artifact/limit-count`, `artifact/limit-run-total`): its data is missing.
 */
async function fetchArtifacts(octokit, options) {
    const baseDir = external_node_path_default().join(external_node_path_default().resolve(options.tempDir), ARTIFACTS_FOLDER);
    const downloadsDir = external_node_path_default().join(external_node_path_default().resolve(options.tempDir), DOWNLOADS_FOLDER);
    const { limits, problems } = (0,artifacts_limits/* resolveArtifactLimits */.J_)(options.limits);
    const listed = await listArtifacts(octokit, options);
    const diagnostics = [
        ...problems.map((p) => (0,core_diagnostics/* diagnostic */.YK)('warning', 'artifact/bad-limit', `Extraction limit: ${p}.`)),
        ...listed.diagnostics
    ];
    const result = {
        baseDir,
        artifacts: [],
        unmatchedPatterns: listed.unmatchedPatterns,
        expired: listed.expired,
        failed: [],
        diagnostics
    };
    if (listed.matched.length === 0)
        return result;
    const skips = new SkipReport();
    const byName = [...listed.matched].sort((a, b) => a.name.localeCompare(b.name) || a.id - b.id);
    const kept = new Set(byName.slice(0, limits.maxArtifacts));
    const allowed = listed.matched.filter((a) => kept.has(a));
    for (const artifact of byName.slice(limits.maxArtifacts)) {
        result.failed.push(artifact);
        skips.add((0,core_diagnostics/* diagnostic */.YK)('error', 'artifact/limit-count', `Artifact "${artifact.name}" was not read: ${listed.matched.length} artifacts match, and at most ${limits.maxArtifacts} are read per run (\`count\` in \`artifact-limits\`; the first ${limits.maxArtifacts} by name are read). Name fewer artifacts, or raise the limit if they are trusted.`));
    }
    await (0,promises_.mkdir)(baseDir, { recursive: true, mode: 0o700 });
    const folders = assignFolders(allowed);
    let runBytes = 0;
    for (const artifact of allowed) {
        const run = { leftBytes: limits.maxRunTotalBytes - runBytes, totalBytes: limits.maxRunTotalBytes };
        if (artifact.sizeInBytes > run.leftBytes) {
            // Not downloaded: an artifact's content is about as large as its zip (stored entries add only
            // headers) or larger (compressed ones), so one whose zip alone exceeds what is left cannot fit.
            result.failed.push(artifact);
            skips.add(runTotalDiagnostic(artifact.name, `its zip alone is ${(0,format/* formatBytes */.z3)(artifact.sizeInBytes)}`, run));
            continue;
        }
        const root = external_node_path_default().join(baseDir, folders.get(artifact.id));
        const zipPath = external_node_path_default().join(downloadsDir, `${artifact.id}.zip`);
        // Both paths are ours alone (RUNNER_TEMP is per job); leftovers come from an earlier step.
        await (0,promises_.rm)(root, { recursive: true, force: true });
        await (0,promises_.rm)(zipPath, { force: true });
        const download = await downloadArtifact(octokit, {
            owner: options.owner,
            repo: options.repo,
            artifactId: artifact.id,
            artifactName: artifact.name,
            maxZipBytes: limits.maxZipBytes,
            expectedDigest: artifact.digest,
            missingSeverity: options.missingSeverity,
            fetch: options.fetch
        }, zipPath);
        for (const d of download.diagnostics)
            diagnostics.push(d);
        if (!download.ok) {
            result.failed.push(artifact);
            continue;
        }
        const extracted = await extractZip(zipPath, root, {
            artifactName: artifact.name,
            limits,
            runBytesLeft: run.leftBytes,
            runTotalBytes: run.totalBytes
        });
        await (0,promises_.rm)(zipPath, { force: true });
        for (const d of extracted.diagnostics)
            diagnostics.push(d);
        if (!extracted.ok) {
            result.failed.push(artifact);
            continue;
        }
        runBytes += extracted.bytes;
        result.artifacts.push({
            id: artifact.id,
            name: artifact.name,
            root,
            files: extracted.files,
            bytes: extracted.bytes
        });
    }
    for (const d of skips.diagnostics())
        diagnostics.push(d);
    return result;
}
/** Diagnostics of skipped artifacts: the first {@link MAX_NAMED_SKIPS} one by one, the rest counted. */
class SkipReport {
    named = [];
    more = 0;
    add(d) {
        if (this.named.length < MAX_NAMED_SKIPS)
            this.named.push(d);
        else
            this.more++;
    }
    diagnostics() {
        if (this.more === 0)
            return this.named;
        return [
            ...this.named,
            (0,core_diagnostics/* diagnostic */.YK)('error', 'artifact/more-problems', `${this.more} more artifacts were not read for the same limits; they are not listed one by one.`)
        ];
    }
}

;// CONCATENATED MODULE: ./src/action/artifacts/sources.ts



/** Fetches the artifacts and prepares manifests, traces and the PR hint from them. Never throws for bad content. */
async function loadArtifactSources(octokit, options) {
    const fetched = await fetchArtifacts(octokit, options);
    const roots = fetched.artifacts.map((a) => ({ name: a.name, root: a.root }));
    const manifests = await (0,trace_roots/* findArtifactManifests */.IE)(roots, {
        patterns: options.manifestPatterns,
        workspaceManifests: options.workspaceManifests
    });
    const hint = await (0,workflow_run/* readPrNumberHint */.vM)(roots);
    const sources = {
        fetched,
        manifests: manifests.inputs,
        traces: (0,trace_roots/* createArtifactTraceReader */.nk)({
            workspaceDir: options.workspaceDir,
            artifacts: roots,
            ...(options.crawl ? { crawl: options.crawl } : {})
        }),
        diagnostics: [...fetched.diagnostics, ...manifests.diagnostics, ...hint.diagnostics]
    };
    if (hint.value !== undefined)
        sources.prNumberHint = hint.value;
    return sources;
}


/***/ })

};
