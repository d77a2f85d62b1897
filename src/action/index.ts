/** The action's entry point (bundled to dist/index.js); the logic lives in main.ts. */
import { run } from './main.js';
void run();
