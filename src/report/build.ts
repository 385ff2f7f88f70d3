import { relative, resolve, sep } from 'node:path';
import { type LintOptions, lintLoaded, loadGraph } from '../api.js';
import { plansShown } from '../alignment/build.js';
import { checkRevision, hasCommit, topLevel, verifyRevision } from '../diff/git.js';
import type { ResolvedConfig } from '../config/resolve.js';
import { InputError } from '../parse/source.js';
import { resolveToday } from '../engine/today.js';
import type { InputFailure } from '../files/discover.js';
import type { PlanModel } from '../model/types.js';
import { quarterContaining } from '../time/period.js';
import { statusSettingsOf } from '../status/build.js';
import { buildReportData, type ProgressOf } from './data.js';
import { progressFromActuals } from './measured.js';
import { type Commit, commitsTouching, lastCommitDates } from './git-history.js';
import { historyOf } from './history.js';
import type { ReportData } from './types.js';

export interface ReportOptions extends LintOptions {
  title?: string;
  /** "Changes this period" from this git revision on (default: since the start of today's fiscal quarter). */
  since?: string;
  progressOf?: ProgressOf;
}

export interface ReportRun {
  data: ReportData;
  failures: InputFailure[];
  skipped: string[];
}

/** Reads, lints and (in a git repo) looks up the history of the plans of files, folders and globs, for `plan report`. */
export async function createReport(patterns: string[], options: ReportOptions = {}): Promise<ReportRun> {
  if (options.since !== undefined) checkRevision(options.since);
  const given = await loadGraph(patterns, options);
  // The report shows the plans above and below the ones given, so it lints and dates them all.
  const shown = plansShown(given.graph);
  const all = [...given.plans, ...given.extras];
  const loaded = { ...given, plans: all.filter((plan) => shown.has(plan)), extras: all.filter((plan) => !shown.has(plan)) };
  const today = resolveToday(options.today);
  const results = lintLoaded(loaded, { today });
  const { graph } = loaded;
  // Progress bars from the readings (plans' Actual: fields and check-ins, CSV exports), as plan status counts them.
  const progressOf = options.progressOf ?? progressFromActuals(graph, statusSettingsOf(loaded.config, today), loaded.actuals);
  const fiscalYearStart = loaded.config.settings.fiscalYearStart;
  const git = await gitFacts(loaded.plans, loaded.cwd, { today, fiscalYearStart, ...(options.since ? { since: options.since } : {}), config: loaded.config });
  const data = buildReportData({
    graph,
    results,
    fiscalYearStart,
    today,
    title: options.title ?? 'Sales plans',
    ...(git ? { lastEdited: git.lastEdited, changes: git.changes } : {}),
    progressOf,
  });
  return { data, failures: loaded.failures, skipped: loaded.skipped };
}

/** Last-edit dates and this period's changes; undefined outside a git repository (the report then has neither). */
async function gitFacts(plans: PlanModel[], cwd: string, options: { today: string; fiscalYearStart: number; since?: string; config: ResolvedConfig }) {
  let top: string;
  try {
    top = await topLevel(cwd);
  } catch {
    if (options.since) throw new InputError(`--since ${options.since}: not in a git repository`);
    return undefined;
  }
  if (options.since) await verifyRevision(options.since, top);
  else if (!(await hasCommit(top))) return undefined; // a repository with no commit yet has no history
  const fromTop = new Map(plans.map((plan) => [relative(top, resolve(cwd, plan.file)).split(sep).join('/'), plan.file]));
  const paths = [...fromTop.keys()].filter((path) => !path.startsWith('../'));
  const dates = await lastCommitDates(top, paths);
  const lastEdited = new Map([...dates].flatMap(([path, date]) => (fromTop.has(path) ? [[fromTop.get(path)!, date] as [string, string]] : [])));
  const since = options.since ?? quarterContaining(options.today, options.fiscalYearStart).start;
  const commits =
    paths.length === 0 ? [] : await commitsTouching(top, paths, options.since ? { range: `${options.since}..HEAD` } : { since: `${since}T00:00:00` });
  const byFile = new Map<string, Commit[]>();
  for (const commit of [...commits].reverse()) for (const file of commit.files) if (fromTop.has(file)) byFile.set(file, [...(byFile.get(file) ?? []), commit]);
  const items = await historyOf(
    top,
    [...byFile].map(([path, fileCommits]) => ({ path, commits: fileCommits })),
    {
      fiscalYearStart: options.fiscalYearStart,
      matchHeading: options.config.matchHeading,
      ...(options.config.maxListItems ? { maxListItems: options.config.maxListItems } : {}),
    },
  );
  return { lastEdited, changes: { since, items } };
}
