/**
 * Headless Chromium for the tests that check a page as a browser builds it (the ledger dashboard).
 * Debian's `chromium` package; .ci/run installs it. A missing browser fails the test with how to
 * install it, never a silent skip.
 */
import { execFile, execFileSync } from 'node:child_process';

/** The flags every run uses: no sandbox (CI containers run as root), nothing fetched from the network. */
const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--hide-scrollbars',
  '--force-device-scale-factor=1'
];

/** The path of a Chromium executable, or throws saying how to install one. */
function findChromium(): string {
  for (const name of ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable']) {
    try {
      return execFileSync('which', [name], { encoding: 'utf8' }).trim();
    } catch {
      // try the next name
    }
  }
  throw new Error('Chromium not found: install it (Debian: apt-get install -y chromium); .ci/run does.');
}

/**
 * The DOM of a page after its scripts ran (`--dump-dom`), serialised as HTML. Virtual time lets
 * the page's scripts finish without a wall-clock wait.
 */
export function dumpDom(url: string): string {
  return execFileSync(
    findChromium(),
    [...CHROMIUM_FLAGS, '--window-size=1200,900', '--virtual-time-budget=5000', '--dump-dom', url],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 64 * 1024 * 1024 }
  );
}

/**
 * {@link dumpDom} without blocking the event loop: for pages served by an HTTP server that runs in
 * the test's own process (a blocking call would leave the page's fetches unanswered).
 */
export function dumpDomAsync(url: string): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(
      findChromium(),
      [...CHROMIUM_FLAGS, '--window-size=1200,900', '--virtual-time-budget=5000', '--dump-dom', url],
      { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
      (error, stdout) => (error ? reject(error) : resolve(stdout))
    );
  });
}
