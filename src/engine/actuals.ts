import { resolve } from 'node:path';
import { glob } from 'tinyglobby';
import type { ResolvedConfig } from '../config/types.js';
import { displayPath } from '../files/discover.js';
import { CsvFileError, csvRowsOfText, streamCsvRows } from '../files/csv.js';
import { lastCommitDate } from '../files/commit-date.js';
import type { PlanSummary } from '../model/types.js';
import type { IsoDate } from '../time/dates.js';
import { CsvCollector } from '../actuals/collect.js';
import type { ActualsInput } from '../actuals/run.js';
import { summarizePlan } from '../actuals/summary.js';

export interface ActualsSources {
  /** CSV files from `--actuals` (relative to cwd). */
  files?: string[];
  /** CSV text held in memory (an editor, a test): file name -> text. */
  texts?: { file: string; text: string }[];
  cwd: string;
  today: IsoDate;
  /** A row naming a plan that is not loaded is a finding only when the run read whole folders. */
  reportUnknownPlans: boolean;
}

/** Reads the run's CSV actuals, streamed row by row and matched to the plans' goals as they come. */
export async function loadActuals(plans: readonly PlanSummary[], config: ResolvedConfig, sources: ActualsSources): Promise<ActualsInput> {
  // The CSV files of config `actuals` (globs relative to the config file) and of `--actuals`, absolute, in order.
  const configured = config.actuals.length > 0 ? (await glob(config.actuals, { cwd: config.baseDir, absolute: true })).sort() : [];
  const paths = [...new Set([...configured, ...(sources.files ?? []).map((file) => resolve(sources.cwd, file))])];
  const input = collectorFor(plans, config, sources);
  const unreadable: { file: string; message: string }[] = [];
  for (const path of paths) {
    const file = displayPath(path, sources.cwd);
    try {
      await streamCsvRows(path, file, (row) => input.collector.add(row));
    } catch (error) {
      // A file that is not there or cannot be opened fails the run; one that is not CSV of actuals is a finding in it.
      if (error instanceof CsvFileError) fileProblem(input.collector, error, file);
      else unreadable.push({ file, message: `cannot be read as actuals: ${openError(error)}` });
    }
  }
  const actuals = finish(input, config, paths.length > 0);
  if (unreadable.length > 0) actuals.unreadable = unreadable;
  return actuals;
}

/** The same for CSV text only, synchronously (lintSources, lintText). */
export function actualsOfTexts(plans: readonly PlanSummary[], config: ResolvedConfig, sources: ActualsSources): ActualsInput {
  const input = collectorFor(plans, config, sources);
  for (const { file, text } of sources.texts ?? []) {
    try {
      csvRowsOfText(text, file, (row) => input.collector.add(row));
    } catch (error) {
      fileProblem(input.collector, error, file);
    }
  }
  return finish(input, config, (sources.texts ?? []).length > 0);
}

function collectorFor(plans: readonly PlanSummary[], config: ResolvedConfig, sources: ActualsSources) {
  const undatedAs = (file: string) => lastCommitDate(resolve(sources.cwd, file)) ?? sources.today;
  const options = { fiscalYearStart: config.settings.fiscalYearStart, today: sources.today, undatedAs };
  const collector = new CsvCollector(
    plans.map((plan) => ({ id: plan.id, summary: () => summarizePlan(plan, options) })),
    sources.today,
    config.settings.fiscalYearStart,
    sources.reportUnknownPlans,
  );
  return { collector, undatedAs };
}

function finish(input: ReturnType<typeof collectorFor>, config: ResolvedConfig, read: boolean): ActualsInput {
  return { csv: input.collector.result(), tracked: config.actuals.length > 0 || read, undatedAs: input.undatedAs };
}

function openError(error: unknown): string {
  const code = (error as { code?: string }).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'it is a folder';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return error instanceof Error ? error.message : String(error);
}

function fileProblem(collector: CsvCollector, error: unknown, file: string): void {
  // The finding is in the file itself: its message need not name it again.
  if (error instanceof CsvFileError) collector.problem(file, error.line, error.message);
  else collector.problem(file, 1, `${file} cannot be read: ${error instanceof Error ? error.message.replace(/^[A-Z]+: /, '') : String(error)}`);
}
