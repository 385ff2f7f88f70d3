import { resolve } from 'node:path';
import { lintSources, type RepoContext } from '../api.js';
import type { ResolvedConfig } from '../config/resolve.js';
import { readSourceBytes } from '../files/read.js';
import { type FileSnapshot, snapshotOf, WriteError, writeFileAtomic } from '../files/write.js';
import { decodeSource, InputError } from '../parse/source.js';
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
  /** The file as it was read: the write checks it is still so. */
  snapshot: FileSnapshot;
}

export interface FixContext {
  cwd: string;
  config: ResolvedConfig;
  today?: string;
  /** Called between the write of a fixed file's temporary copy and its rename (tests race an editor here). */
  beforeRename?: (file: string) => void;
  /** The repo plans the fixed plans' links need (lookUpRepo). */
  repo?: RepoContext;
}

type FileOutcome = { fix: FileFix } | { problem: string } | undefined;

/** Fixes in memory every linted file that has fixable findings; nothing is written. Unfixable files say why. */
export function planFixes(results: readonly LintResult[], context: FixContext): { fixes: FileFix[]; problems: { file: string; message: string }[] } {
  const fixes: FileFix[] = [];
  const problems: { file: string; message: string }[] = [];
  for (const result of results) {
    if (!result.diagnostics.some((d) => isFixable(d, RULES_BY_ID))) continue;
    const outcome = fixFile(result.file, context);
    if (outcome && 'fix' in outcome) fixes.push(outcome.fix);
    else if (outcome) problems.push({ file: result.file, message: outcome.problem });
  }
  return { fixes, problems };
}

/** Reads one plan as it is now and fixes it in memory. */
function fixFile(file: string, context: FixContext): FileOutcome {
  const path = resolve(context.cwd, file);
  let bytes: Buffer;
  try {
    bytes = readSourceBytes(path, context.config.maxFileBytes);
  } catch (error) {
    if (error instanceof InputError) return { problem: `not fixed: ${error.message}` };
    throw error;
  }
  // A UTF-16 plan would come back as UTF-8: leave the file as its writer saved it.
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { problem: 'not fixed: the file is UTF-16; save it as UTF-8 to use --fix' };
  }
  const { text, bom } = decodeSource(bytes);
  const lint = (candidate: string) =>
    lintSources([{ file, text: candidate }], {
      cwd: context.cwd,
      config: context.config,
      ...(context.today ? { today: context.today } : {}),
      ...(context.repo ? { repo: context.repo } : {}),
    })[0]!;
  const fixed = fixText(text, lint, RULES_BY_ID);
  if (!fixed.changed) return undefined;
  return { fix: { file, path, before: text, after: fixed.text, fixCount: fixed.fixCount, bom, snapshot: snapshotOf(bytes) } };
}

/**
 * Writes each fixed file atomically, keeping its byte order mark, unless the file changed since it was read (an
 * editor saved it meanwhile). Then the file is read and fixed once more, and written if it held still this time;
 * if it changed again, a WriteError ("changed while plan was writing it") names the file as it was given.
 */
export function writeFixes(fixes: readonly FileFix[], context?: FixContext): void {
  for (const fix of fixes) {
    try {
      writeFix(fix, context);
    } catch (error) {
      if (!(error instanceof WriteError && error.code === 'ECHANGED') || !context) throw named(error, fix.file);
      try {
        const outcome = fixFile(fix.file, context);
        if (outcome && 'problem' in outcome) throw new WriteError(outcome.problem, fix.file);
        if (outcome) writeFix(outcome.fix, context);
      } catch (again) {
        throw named(again, fix.file);
      }
    }
  }
}

function writeFix(fix: FileFix, context: FixContext | undefined): void {
  const beforeRename = context?.beforeRename;
  writeFileAtomic(fix.path, `${fix.bom ? '\uFEFF' : ''}${fix.after}`, {
    expected: fix.snapshot,
    ...(beforeRename ? { beforeRename: () => beforeRename(fix.file) } : {}),
  });
}

/** A write failure names the file as the user gave it, not its absolute path. */
function named(error: unknown, file: string): unknown {
  return error instanceof WriteError ? new WriteError(error.message, file, error.code) : error;
}
