import { resolve } from 'node:path';
import { loadConfig } from '../config/load.js';
import { readHead } from '../files/read.js';
import { WriteError } from '../files/write.js';
import { escapeTerminal } from '../text/escape.js';
import { createReport } from '../report/build.js';
import { GENERATOR_META, renderReportHtml } from '../report/html.js';
import { EXIT, type Io, type SharedOptions, UsageError, walkOptions } from './io.js';
import { writeOutput } from './output.js';

export interface ReportCommandOptions extends SharedOptions {
  output?: string;
  title?: string;
  since?: string;
  format: string;
  force?: boolean;
}

export const DEFAULT_REPORT_FILE = 'plan-report.html';
/** The first key of `--format json`, so that a later run knows the file is its own. */
const JSON_GENERATOR = 'plan report';

/** `plan report`: one self-contained HTML page (or its data as JSON) for the plans of the paths. */
export async function runReport(paths: string[], options: ReportCommandOptions, io: Io): Promise<number> {
  if (options.format !== 'html' && options.format !== 'json') throw new UsageError(`unknown format "${options.format}" (choose one of html, json)`);
  const target = options.format === 'json' ? options.output : (options.output ?? DEFAULT_REPORT_FILE);
  const marker = options.format === 'json' ? `"generator": "${JSON_GENERATOR}"` : GENERATOR_META;
  // Refused before the plans are read: a mistyped -o fails at once.
  if (target !== undefined) refuseToReplace(target, options.force, io, marker);
  const config = loadConfig(io.cwd, options.config);
  const today = options.today ?? io.env.PLAN_TODAY;
  const { data, failures } = await createReport(paths.length > 0 ? paths : ['.'], {
    ...walkOptions(options, io),
    config,
    actuals: options.actuals ?? [],
    ...(today ? { today } : {}),
    ...(options.title ? { title: options.title } : {}),
    ...(options.since ? { since: options.since } : {}),
  });
  for (const failure of failures) io.stderr(`plan: ${escapeTerminal(failure.file)}: ${escapeTerminal(failure.message)}\n`);
  if (data.plans.length === 0) return EXIT.failure;
  const text =
    options.format === 'json'
      ? `${JSON.stringify({ generator: JSON_GENERATOR, ...data }, null, 2)}\n`
      : renderReportHtml(data, { fiscalYearStart: config.settings.fiscalYearStart });
  if (target === undefined) io.stdout(text);
  else {
    refuseToReplace(target, options.force, io, marker); // again: the file may have appeared while the plans were read
    writeOutput(text, target, io);
    io.stdout(`${target}\n`);
  }
  return failures.length > 0 ? EXIT.failure : EXIT.ok;
}

/** A file is replaced only when it is an earlier report, its head holding `marker` (or with --force): a mistyped -o must not eat a plan. */
function refuseToReplace(file: string, force: boolean | undefined, io: Io, marker: string): void {
  const head = readHead(resolve(io.cwd, file), 4096);
  if (head !== undefined && !force && !head.includes(marker))
    throw new WriteError('already exists and is not a report plan wrote; use --force to replace it', file, 'EEXIST');
}
