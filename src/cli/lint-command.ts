import { lintFiles, type LintRun } from '../api.js';
import { loadConfig } from '../config/load.js';
import { FORMATTERS, formatResults } from '../formatters/index.js';
import { totals } from '../formatters/summary.js';
import { RULES } from '../rules/index.js';
import { escapeTerminal } from '../text/escape.js';
import { baselineStep } from './baseline-step.js';
import { fixStep } from './fix-step.js';
import { stdinRun } from './stdin-step.js';
import { refuseToOverwriteInput, writeOutput } from './output.js';
import type { LintResult } from '../types.js';
import { EXIT, type Io, type SharedOptions, UsageError, walkOptions } from './io.js';

export interface LintCommandOptions extends SharedOptions {
  format: string;
  /** Write the report to this file (atomically) instead of stdout. */
  outputFile?: string;
  maxWarnings?: string;
  quiet?: boolean;
  verbose?: boolean;
  cache?: boolean;
  cacheLocation?: string;
  fix?: boolean;
  baseline?: string;
  pruneBaseline?: boolean;
  fixDryRun?: boolean;
  stdin?: boolean;
  stdinFilename?: string;
  /** false with --no-error-on-unmatched. */
  errorOnUnmatched?: boolean;
}

export async function runLint(paths: string[], options: LintCommandOptions, io: Io): Promise<number> {
  if (!FORMATTERS[options.format]) {
    throw new UsageError(`unknown format "${options.format}" (choose one of ${Object.keys(FORMATTERS).join(', ')})`);
  }
  const maxWarnings = parseMaxWarnings(options.maxWarnings);
  const config = loadConfig(io.cwd, options.config);
  if (options.fix && options.fixDryRun) throw new UsageError('use --fix or --fix-dry-run, not both');
  if (options.pruneBaseline && !options.baseline) throw new UsageError('--prune-baseline needs --baseline FILE');
  const today = options.today ?? io.env.PLAN_TODAY;
  const context = { cwd: io.cwd, config, ...(today ? { today } : {}), ...(io.beforeRename ? { beforeRename: io.beforeRename } : {}) };
  const patterns = paths.length > 0 ? paths : ['.'];
  const lintOptions = {
    ...walkOptions(options, io),
    today,
    cache: Boolean(options.cache),
    cacheLocation: options.cacheLocation,
    actuals: options.actuals ?? [],
  };
  const lint = () => lintFiles(patterns, { ...lintOptions, config });
  let run: LintRun;
  let reportToStderr = false;
  if (options.stdin) {
    ({ run, reportToStderr } = await stdinRun(paths, options.stdinFilename, Boolean(options.fix || options.fixDryRun), context, io));
  } else {
    if (options.stdinFilename) throw new UsageError('--stdin-filename names the plan read with --stdin');
    run = await lint();
    if (options.fix || options.fixDryRun) run = await fixStep(run, options.fix ? 'write' : 'dry-run', context, lint, io);
  }
  if (options.errorOnUnmatched === false) run = { ...run, failures: run.failures.filter((f) => !f.unmatched) };
  if (options.baseline) run = baselineStep(run, options.baseline, options.pruneBaseline ?? false, io);
  if (options.verbose)
    for (const file of run.skipped) io.stderr(`plan: ${escapeTerminal(file)}: skipped, not a plan (no kind or period in its front matter)\n`);
  for (const failure of run.failures) {
    const where = failure.line ? `:${failure.line}:${failure.column ?? 1}` : '';
    io.stderr(`plan: ${escapeTerminal(failure.file)}${where}: ${escapeTerminal(failure.message)}\n`);
  }
  const shown = options.quiet ? run.results.map(errorsOnly) : run.results;
  const output = formatResults(options.format, shown, { cwd: io.cwd, color: io.color, rules: RULES, ...(maxWarnings !== undefined ? { maxWarnings } : {}) });
  if (options.outputFile !== undefined) refuseToOverwriteInput(options.outputFile, [...run.results.map((r) => r.file), ...run.skipped], io.cwd);
  if (reportToStderr && !options.outputFile) io.stderr(output);
  else writeOutput(output, options.outputFile, io);
  // The report stands when the cache could not be written: a warning after it, the exit code unchanged.
  if (run.cacheWarning) io.stderr(`plan: warning: ${escapeTerminal(run.cacheWarning)}\n`);
  if (run.failures.length > 0) return EXIT.failure;
  const { errors, warnings } = totals(run.results);
  if (errors > 0) return EXIT.findings;
  if (maxWarnings !== undefined && warnings > maxWarnings) {
    io.stderr(`plan: too many warnings (${warnings}); the maximum is ${maxWarnings}\n`);
    return EXIT.findings;
  }
  return EXIT.ok;
}

function errorsOnly(result: LintResult): LintResult {
  const diagnostics = result.diagnostics.filter((d) => d.severity === 'error');
  return { ...result, diagnostics, warningCount: 0 };
}

function parseMaxWarnings(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new UsageError(`--max-warnings takes a whole number, not "${value}"`);
  return Number(value);
}
