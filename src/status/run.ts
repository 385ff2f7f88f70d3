import { type LintOptions, loadGraph } from '../api.js';
import type { ActualsProblem } from '../actuals/collect.js';
import { actualsOf } from '../actuals/run.js';
import { resolveToday } from '../engine/today.js';
import type { InputFailure } from '../files/discover.js';
import { buildStatus, type StatusFilters, statusSettingsOf } from './build.js';
import type { StatusReport } from '../actuals/status-schema.js';

export interface StatusRun {
  report: StatusReport;
  /** Files that could not be read. */
  failures: InputFailure[];
  /** CSV rows, check-ins and `Actual:` fields that cannot be read or matched (plan lint reports them as actuals-row). */
  problems: ActualsProblem[];
}

/** Where the goals of files, folders and globs stand today: readings from the plans and the CSV exports, pace, roll-up. */
export async function statusFiles(patterns: string[], options: LintOptions & { filters?: StatusFilters } = {}): Promise<StatusRun> {
  const { graph, config, failures, actuals } = await loadGraph(patterns, options);
  const settings = statusSettingsOf(config, resolveToday(options.today));
  const report = buildStatus(graph, settings, options.filters ?? {}, actuals);
  return { report, failures, problems: actualsOf(graph, settings, actuals).problems() };
}
