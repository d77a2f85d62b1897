#!/usr/bin/env node
import { processIo } from './io.js';
import { main } from './main.js';

// `||=` keeps a failure that processIo already recorded (an output that could not be written).
main(process.argv.slice(2), processIo()).then((code) => (process.exitCode ||= code));
