/**
 * `carbon-gate model-card README.md`: reads the model card, puts the report's `co2_eq_emissions`
 * into its front matter (src/core/render/modelcard-update.ts) and writes it back whole, or not at all. The card
 * is read as every file a user names is (src/io/read.ts): never through a symbolic link, never
 * inside `.git`, at most {@link MAX_CARD_BYTES}; it must exist, so a misspelt name is an error
 * rather than a new file.
 */
import type { Diagnostic } from '../core/diagnostics.js';
import type { Report } from '../core/model.js';
import { updateModelCard, type CardChange } from '../core/render/modelcard-update.js';
import { modelCardMetadata } from '../core/render/modelcard.js';
import { readTextFile } from '../io/read.js';
import { replaceTextFile } from '../io/write.js';

/** Largest model card read: 8 MiB. Cards with long tables run to a few hundred KiB. */
const MAX_CARD_BYTES = 8 * 1024 * 1024;

/** What writing the card did: what changed and the grams written, or why nothing was. */
export type CardWrite =
  | { diagnostics: []; change: CardChange | 'unchanged'; grams: number }
  | { diagnostics: Diagnostic[]; change?: undefined };

/**
 * Writes the report's emissions into the card at `file` (relative to `baseDir`). A card that
 * already says the same is left as it is. Never throws for bad input.
 */
export async function writeModelCard(file: string, report: Report, options: { baseDir: string }): Promise<CardWrite> {
  const read = await readTextFile(file, { baseDir: options.baseDir, what: 'model card', maxBytes: MAX_CARD_BYTES });
  if (!read.input) return { diagnostics: read.diagnostics };
  const metadata = modelCardMetadata(report);
  const update = updateModelCard(read.input.text, metadata, file);
  if (!update.ok) return { diagnostics: update.diagnostics };
  if (update.text === read.input.text) return { diagnostics: [], change: 'unchanged', grams: metadata.emissions };
  const problems = await replaceTextFile(file, update.text, { baseDir: options.baseDir, what: 'model card' });
  if (problems.length > 0) return { diagnostics: problems };
  return { diagnostics: [], change: update.change, grams: metadata.emissions };
}
