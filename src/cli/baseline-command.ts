import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { lintFiles } from '../api.js';
import { createBaseline } from '../baseline/baseline.js';
import { fileKeyFor, writeBaseline } from '../baseline/file.js';
import { loadConfig } from '../config/load.js';
import { escapeTerminal } from '../text/escape.js';
import { EXIT, type Io, type SharedOptions, UsageError } from './io.js';

export interface BaselineCommandOptions extends Pick<SharedOptions, 'config' | 'today'> {
  output: string;
  force?: boolean;
}

/** `plan baseline [paths...]`: records today's findings so that `plan lint --baseline` reports only new ones. */
export async function runBaseline(paths: string[], options: BaselineCommandOptions, io: Io): Promise<number> {
  const path = resolve(io.cwd, options.output);
  if (existsSync(path) && !options.force) {
    throw new UsageError(`${options.output} exists: use --force to replace it, or "plan lint --baseline ${options.output} --prune-baseline" to shrink it`);
  }
  const config = loadConfig(io.cwd, options.config);
  const run = await lintFiles(paths.length > 0 ? paths : ['.'], { cwd: io.cwd, config, today: options.today ?? io.env.PLAN_TODAY });
  for (const failure of run.failures) io.stderr(`plan: ${escapeTerminal(failure.file)}: ${escapeTerminal(failure.message)}\n`);
  if (run.failures.length > 0) return EXIT.failure;
  const baseline = createBaseline(run.results, fileKeyFor(path, io.cwd));
  writeBaseline(path, baseline);
  const findings = run.results.reduce((n, r) => n + r.diagnostics.length, 0);
  const files = Object.keys(baseline.files).length;
  io.stderr(`plan: ${escapeTerminal(options.output)}: recorded ${findings} finding${findings === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}\n`);
  return EXIT.ok;
}
