import { createTwoFilesPatch } from 'diff';
import type { FileFix } from './fix-files.js';

/** What --fix would change, as a unified diff a reviewer (or `git apply`) reads. */
export function fixDiff(fixes: readonly FileFix[]): string {
  return fixes
    .map((fix) => createTwoFilesPatch(`a/${fix.file}`, `b/${fix.file}`, fix.before, fix.after, undefined, undefined, { context: 3 }).replace(/^=+\n/, ''))
    .join('');
}
