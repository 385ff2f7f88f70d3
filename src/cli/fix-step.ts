import { resolve } from 'node:path';
import { lintSources, lookUpRepo, type LintRun } from '../api.js';
import { readSource } from '../files/read.js';
import { fixDiff } from '../fix/diff.js';
import { type FixContext, planFixes, writeFixes } from '../fix/fix-files.js';
import { InputError } from '../parse/source.js';
import { escapeTerminal } from '../text/escape.js';
import type { LintResult } from '../types.js';
import type { Io } from './io.js';

/**
 * `--fix` writes the fixed plans (atomically) and lints them again; `--fix-dry-run` prints what it would change as a
 * unified diff and reports the findings the fixed text would still have. Either way the report shows what remains.
 */
export async function fixStep(run: LintRun, mode: 'write' | 'dry-run', runContext: FixContext, relint: () => Promise<LintRun>, io: Io): Promise<LintRun> {
  // Each plan is fixed (and, dry, linted again) in memory: the other plans of the run and its repo resolve its links.
  const sources = run.results.flatMap((r) => sourceOf(r, runContext, io));
  const context = { ...runContext, repo: await lookUpRepo(sources, runContext) };
  const { fixes, problems } = planFixes(run.results, context);
  for (const problem of problems) io.stderr(`plan: ${escapeTerminal(problem.file)}: ${problem.message}\n`);
  if (fixes.length === 0) return run;
  const count = fixes.reduce((n, f) => n + f.fixCount, 0);
  const summary = `${count} finding${count === 1 ? '' : 's'} in ${fixes.length} file${fixes.length === 1 ? '' : 's'}`;
  if (mode === 'dry-run') {
    io.stdout(fixDiff(fixes));
    io.stderr(`plan: --fix would fix ${summary} (nothing written)\n`);
    const fixed = new Map(fixes.map((f) => [f.file, f.after]));
    const after = sources.map(({ file, text }) => ({ file, text: fixed.get(file) ?? text }));
    return {
      ...run,
      results: lintSources(after, { cwd: context.cwd, config: context.config, ...(context.today ? { today: context.today } : {}), repo: context.repo }),
    };
  }
  writeFixes(fixes, context);
  io.stderr(`plan: fixed ${summary}\n`);
  return relint();
}

/** A result's text: a result from --cache carries none, so its file is read (its bytes are the ones the run hashed). */
function sourceOf(result: LintResult, context: FixContext, io: Io): { file: string; text: string }[] {
  if (result.source !== undefined) return [{ file: result.file, text: result.source }];
  try {
    return [{ file: result.file, text: readSource(resolve(context.cwd, result.file), context.config.maxFileBytes).text }];
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    io.stderr(`plan: ${escapeTerminal(result.file)}: could not be read again for --fix: ${error.message}\n`);
    return [];
  }
}
