import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { lintSources, type RepoContext } from '../api.js';
import type { ResolvedConfig } from '../config/resolve.js';
import { writeFileAtomic } from '../files/write.js';
import { decodeSource } from '../parse/source.js';
import { RULES_BY_ID } from '../rules/index.js';
import type { LintResult } from '../types.js';
import { fixText, isFixable } from './fix-text.js';

export interface FileFix {
  /** As shown in reports (relative to cwd when inside it). */
  file: string;
  path: string;
  before: string;
  after: string;
  fixCount: number;
  bom: boolean;
}

export interface FixContext {
  cwd: string;
  config: ResolvedConfig;
  today?: string;
  /** The repo plans the fixed plans' links need (lookUpRepo). */
  repo?: RepoContext;
}

/** Fixes in memory every linted file that has fixable findings; nothing is written. Unfixable files say why. */
export function planFixes(results: readonly LintResult[], context: FixContext): { fixes: FileFix[]; problems: { file: string; message: string }[] } {
  const fixes: FileFix[] = [];
  const problems: { file: string; message: string }[] = [];
  for (const result of results) {
    if (!result.diagnostics.some((d) => isFixable(d, RULES_BY_ID))) continue;
    const path = resolve(context.cwd, result.file);
    const bytes = readFileSync(path);
    // A UTF-16 plan would come back as UTF-8: leave the file as its writer saved it.
    if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
      problems.push({ file: result.file, message: 'not fixed: the file is UTF-16; save it as UTF-8 to use --fix' });
      continue;
    }
    const { text, bom } = decodeSource(bytes);
    const lint = (candidate: string) => lintSources([{ file: result.file, text: candidate }], { cwd: context.cwd, config: context.config, ...(context.today ? { today: context.today } : {}), ...(context.repo ? { repo: context.repo } : {}) })[0]!;
    const fixed = fixText(text, lint, RULES_BY_ID);
    if (fixed.changed) fixes.push({ file: result.file, path, before: text, after: fixed.text, fixCount: fixed.fixCount, bom });
  }
  return { fixes, problems };
}

/** Writes each fixed file atomically, keeping its byte order mark. */
export function writeFixes(fixes: readonly FileFix[]): void {
  for (const fix of fixes) writeFileAtomic(fix.path, `${fix.bom ? '\uFEFF' : ''}${fix.after}`);
}
