import type { DiffFormatter } from './shared.js';

/** The JSON shape: one object, or an array of them with `--git`. */
export const json: DiffFormatter = (diffs, options) => `${JSON.stringify(options.many ? diffs : (diffs[0] ?? null), null, 2)}\n`;
