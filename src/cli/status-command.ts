import { loadConfig } from '../config/load.js';
import { escapeTerminal } from '../text/escape.js';
import type { StatusFilters } from '../status/build.js';
import { STATUS_FORMATS } from '../status/format.js';
import { statusFiles } from '../status/run.js';
import { EXIT, type Io, type SharedOptions, UsageError, walkOptions } from './io.js';
import { writeOutput } from './output.js';

/** The options of `plan status`, with its filters (--owner, --behind, --kind, --period, --plan). */
export interface StatusCommandOptions extends StatusFilters, SharedOptions {
  format: string;
  outputFile?: string;
  failOnBehind?: boolean;
}

/** `plan status`: every goal's latest reading against its target and the pace; exit 1 only with --fail-on-behind. */
export async function runStatus(paths: string[], options: StatusCommandOptions, io: Io): Promise<number> {
  const render = STATUS_FORMATS[options.format];
  if (!render) throw new UsageError(`unknown format "${options.format}" (choose one of ${Object.keys(STATUS_FORMATS).join(', ')})`);
  const config = loadConfig(io.cwd, options.config);
  const filters = Object.fromEntries(
    (['owner', 'behind', 'kind', 'period', 'plan'] as const).filter((key) => options[key] !== undefined).map((key) => [key, options[key]]),
  );
  const today = options.today ?? io.env.PLAN_TODAY;
  const { report, failures, problems } = await statusFiles(paths.length > 0 ? paths : ['.'], {
    ...walkOptions(options, io),
    config,
    ...(today ? { today } : {}),
    actuals: options.actuals ?? [],
    filters,
  });
  for (const failure of failures) io.stderr(`plan: ${escapeTerminal(failure.file)}: ${escapeTerminal(failure.message)}\n`);
  // Nothing to show (no plan was read): the failures say why.
  if (failures.length > 0 && report.goals.length === 0) return EXIT.failure;
  for (const problem of problems)
    io.stderr(`plan: warning: ${escapeTerminal(problem.file)}:${problem.line}: ${escapeTerminal(problem.message)} (actuals-row)\n`);
  writeOutput(render(report, { color: io.color && options.outputFile === undefined }), options.outputFile, io);
  if (failures.length > 0) return EXIT.failure;
  return options.failOnBehind && report.goals.some((goal) => goal.pace === 'behind') ? EXIT.findings : EXIT.ok;
}
