import { lintSources, lookUpRepo, type LintRun } from '../api.js';
import type { FixContext } from '../fix/fix-files.js';
import { InputError } from '../parse/source.js';
import { fixText } from '../fix/fix-text.js';
import { RULES_BY_ID } from '../rules/index.js';
import { type Io, readProcessStdin, UsageError } from './io.js';

export const STDIN_NAME = '<stdin>';

/**
 * `--stdin [--stdin-filename F]`: lints the text on standard input as the plan F (an editor's unsaved buffer). With
 * `--fix` or `--fix-dry-run` the fixed text goes to stdout and the report to stderr (or -o): stdin cannot be written back.
 */
export async function stdinRun(
  paths: string[],
  filename: string | undefined,
  fix: boolean,
  context: FixContext,
  io: Io,
): Promise<{ run: LintRun; reportToStderr: boolean }> {
  if (paths.length > 0) throw new UsageError('--stdin reads one plan from standard input: give no paths (name it with --stdin-filename)');
  const file = filename ?? STDIN_NAME;
  let text: string;
  try {
    text = (await readProcessStdin(context.config.maxFileBytes)).replace(/^\uFEFF/, '');
  } catch (error) {
    if (error instanceof InputError) throw new UsageError(`${file}: ${error.message}`);
    throw error;
  }
  // The plans its links name are looked up as for the file on disk, so that an editor sees what `plan lint FILE` says.
  const options = { cwd: context.cwd, config: context.config, ...(context.today ? { today: context.today } : {}) };
  const repo = await lookUpRepo([{ file, text }], options);
  const lint = (candidate: string) => lintSources([{ file, text: candidate }], { ...options, repo })[0]!;
  if (!fix) return { run: { results: [lint(text)], failures: [], skipped: [] }, reportToStderr: false };
  const fixed = fixText(text, lint, RULES_BY_ID);
  io.stdout(fixed.text);
  return { run: { results: [fixed.result], failures: [], skipped: [] }, reportToStderr: true };
}
