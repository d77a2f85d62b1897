/**
 * The renderers: one Report, four media. Markdown for the pull-request comment and job summary,
 * plain text for terminals, the Hugging Face model-card block, and JSON.
 */
export { renderMarkdown, DEFAULT_MAX_CHARS } from './markdown.js';
export { renderText } from './text.js';
export { renderModelCard } from './modelcard.js';
export { renderJson } from './json.js';
