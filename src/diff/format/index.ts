import { json } from './json.js';
import { markdown } from './markdown.js';
import type { DiffFormatOptions, DiffFormatter } from './shared.js';
import { text } from './text.js';
import type { PlanDiff } from '../types.js';

/** Diff formatters by `--format` name; each one file. */
export const DIFF_FORMATTERS: Readonly<Record<string, DiffFormatter>> = { text, markdown, json };

export function formatDiffs(format: string, diffs: PlanDiff[], options: DiffFormatOptions): string {
  const formatter = DIFF_FORMATTERS[format];
  if (!formatter) throw new Error(`unknown format "${format}"`);
  return formatter(diffs, options);
}
