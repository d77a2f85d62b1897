/**
 * What the two screenshot scripts (screenshot-comment.mjs, screenshot-dashboard.mjs) share: the
 * command-line flag reader, headless Chromium and its flags, and the PNG text chunk that records
 * which page a picture was drawn from (the docs tests compare that hash with the page they render).
 */
import { execFileSync } from 'node:child_process';

/** `--name VALUE` from the script's arguments, or `fallback`. */
export function flag(name, fallback) {
  const args = process.argv.slice(2);
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
}

/** The flags every run uses: no sandbox (CI containers run as root), nothing fetched from the network. */
export const CHROMIUM_FLAGS = [
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
export function findChromium() {
  for (const name of ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable']) {
    try {
      return execFileSync('which', [name], { encoding: 'utf8' }).trim();
    } catch {
      // try the next name
    }
  }
  throw new Error('Chromium not found: install it (Debian: apt-get install -y chromium).');
}

/** CRC-32 (ISO-HDLC), as PNG chunks use it. */
function crc32(bytes) {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

/** The PNG with a `tEXt` chunk (keyword, NUL, text) inserted after its IHDR chunk. */
export function withTextChunk(png, keyword, text) {
  const data = Buffer.concat([Buffer.from(keyword, 'latin1'), Buffer.from([0]), Buffer.from(text, 'latin1')]);
  const typeAndData = Buffer.concat([Buffer.from('tEXt', 'latin1'), data]);
  const chunk = Buffer.alloc(12 + data.length);
  chunk.writeUInt32BE(data.length, 0);
  typeAndData.copy(chunk, 4);
  chunk.writeUInt32BE(crc32(typeAndData), 8 + data.length);
  // Signature (8 bytes), then IHDR: length (4) + type (4) + 13 bytes of data + CRC (4).
  const afterHeader = 8 + 4 + 4 + png.readUInt32BE(8) + 4;
  return Buffer.concat([png.subarray(0, afterHeader), chunk, png.subarray(afterHeader)]);
}
