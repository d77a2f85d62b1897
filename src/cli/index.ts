#!/usr/bin/env node
/**
 * The `carbon-gate` command. `carbon-gate --version` is answered here from one constant; every
 * other command line goes to main.ts, imported only then. The bundle keeps each `import()` in a
 * chunk file of its own (scripts/bundle.mjs), so a `--version` compiles and runs this small file
 * alone, and a `check` loads the analysis but not the ledger's dashboard.
 */
import { TOOL_VERSION } from '../core/version.js';
import { processIo } from './io.js';

const argv = process.argv.slice(2);
const io = processIo();
if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-v')) {
  // The same line main.ts prints for `--version` anywhere on a longer command line.
  io.stdout(`carbon-gate ${TOOL_VERSION}\n`);
} else {
  const { main } = await import('./main.js');
  // `||=` keeps a failure that processIo already recorded (an output that could not be written).
  process.exitCode ||= await main(argv, io);
}
