import { github } from './github.js';
import { json } from './json.js';
import { junit } from './junit.js';
import { markdown } from './markdown.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';
import type { FormatOptions, Formatter } from './types.js';
import type { LintResult } from '../types.js';

/** Formatters by `--format` name; each one file. */
export const FORMATTERS: Readonly<Record<string, Formatter>> = {
  stylish,
  json,
  sarif,
  github,
  junit,
  markdown,
};

export function formatResults(format: string, results: LintResult[], options: FormatOptions): string {
  const formatter = FORMATTERS[format];
  if (!formatter) throw new Error(`unknown format "${format}"`);
  return formatter(results, options);
}
