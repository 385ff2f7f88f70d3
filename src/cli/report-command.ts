import { openSync, readSync, closeSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadConfig } from '../config/load.js';
import { WriteError, writeFileAtomic } from '../files/write.js';
import { escapeTerminal } from '../formatters/escape.js';
import { createReport } from '../report/build.js';
import { GENERATOR_META, renderReportHtml } from '../report/html.js';
import { EXIT, type Io, UsageError } from './io.js';

export interface ReportCommandOptions {
  output?: string;
  title?: string;
  since?: string;
  format: string;
  force?: boolean;
  config?: string;
  today?: string;
  ignorePattern?: string[];
  /** false with --no-ignore. */
  ignore?: boolean;
}

export const DEFAULT_REPORT_FILE = 'plan-report.html';
/** The first key of `--format json`, so that a later run knows the file is its own. */
const JSON_GENERATOR = 'plan report';

/** `plan report`: one self-contained HTML page (or its data as JSON) for the plans of the paths. */
export async function runReport(paths: string[], options: ReportCommandOptions, io: Io): Promise<number> {
  if (options.format !== 'html' && options.format !== 'json') throw new UsageError(`unknown format "${options.format}" (choose one of html, json)`);
  const config = loadConfig(io.cwd, options.config);
  const today = options.today ?? io.env.PLAN_TODAY;
  const { data, failures } = await createReport(paths.length > 0 ? paths : ['.'], {
    cwd: io.cwd,
    config,
    ignorePatterns: options.ignorePattern ?? [],
    ignoreFiles: options.ignore !== false,
    ...(today ? { today } : {}),
    ...(options.title ? { title: options.title } : {}),
    ...(options.since ? { since: options.since } : {}),
  });
  for (const failure of failures) io.stderr(`plan: ${escapeTerminal(failure.file)}: ${escapeTerminal(failure.message)}\n`);
  if (data.plans.length === 0) return EXIT.failure;
  if (options.format === 'json') {
    const text = `${JSON.stringify({ generator: JSON_GENERATOR, ...data }, null, 2)}\n`;
    if (options.output === undefined) io.stdout(text);
    else writeReport(options.output, text, options.force, io, (head) => head.includes(`"generator": "${JSON_GENERATOR}"`));
  } else {
    writeReport(options.output ?? DEFAULT_REPORT_FILE, renderReportHtml(data, { fiscalYearStart: config.settings.fiscalYearStart }), options.force, io, (head) => head.includes(GENERATOR_META));
  }
  return failures.length > 0 ? EXIT.failure : EXIT.ok;
}

/** Replaces a file only when it is an earlier report (or with --force): a mistyped -o must not eat a plan. */
function writeReport(file: string, text: string, force: boolean | undefined, io: Io, isReport: (head: string) => boolean): void {
  const path = resolve(io.cwd, file);
  const head = firstBytes(path);
  if (head !== undefined && !force && !isReport(head)) throw new WriteError('already exists and is not a report plan wrote; use --force to replace it', file, 'EEXIST');
  try {
    writeFileAtomic(path, text);
  } catch (error) {
    throw error instanceof WriteError ? new WriteError(error.message, file, error.code) : error;
  }
  io.stdout(`${file}\n`);
}

/** The first 4 KB of a file, or undefined when there is none (a folder is left for the write to report). */
function firstBytes(path: string): string | undefined {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return undefined;
  }
  try {
    const buffer = Buffer.alloc(4096);
    return buffer.subarray(0, readSync(fd, buffer, 0, buffer.length, 0)).toString('utf8');
  } catch {
    return undefined;
  } finally {
    closeSync(fd);
  }
}
