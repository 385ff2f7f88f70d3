import { resolve } from 'node:path';
import { glob } from 'tinyglobby';
import { loadConfig } from './config/load.js';
import type { ResolvedConfig } from './config/resolve.js';
import { lintJobs } from './cache/lint-cached.js';
import { DEFAULT_CACHE_FILE, PlanCache } from './cache/plan-cache.js';
import { finishResult, runPlanRules, runRepoRules } from './engine/run.js';
import { resolveToday } from './engine/today.js';
import { type Candidate, discover, displayPath, type InputFailure } from './files/discover.js';
import { buildPlan } from './model/build.js';
import type { PlanModel } from './model/types.js';
import { buildGraph } from './repo/graph.js';
import type { LintSettings } from './rules/define.js';
import type { Diagnostic, LintResult } from './types.js';

export interface LintOptions {
  /** Folder paths are resolved against and shown relative to (default: process.cwd()). */
  cwd?: string;
  /** A resolved config; default: `configFile`, else the nearest `.planrc.*`, else the defaults. */
  config?: ResolvedConfig;
  configFile?: string;
  /** YYYY-MM-DD; default: the clock. */
  today?: string;
  /** Globs (relative to `cwd`) of files not to lint. */
  ignorePatterns?: string[];
  /** Threads to lint files on (the main one included); default: one per core, fewer for few files. */
  threads?: number;
  /** Reuse per-file results of earlier runs for files whose content did not change (`lintFiles` only). */
  cache?: boolean;
  /** The cache file, or a folder to hold `.plancache` (default: `.plancache` in `cwd`). */
  cacheLocation?: string;
}

export interface LintRun {
  results: LintResult[];
  /** Files that could not be read or are not text: each one line, the run goes on. */
  failures: InputFailure[];
  /** Markdown files a walk found that are not plans (no kind/period, not in the config's `plans`). */
  skipped: string[];
}

function settingsFor(config: ResolvedConfig, today?: string): LintSettings {
  return { ...config.settings, today: resolveToday(today) };
}

/** Plan rules per plan (unless already run, e.g. in a worker thread), repo rules once over the graph of all plans. */
function lintPlans(
  plans: PlanModel[],
  linted: ReadonlySet<PlanModel>,
  config: ResolvedConfig,
  settings: LintSettings,
  planFindings?: ReadonlyMap<PlanModel, Diagnostic[]>,
): LintResult[] {
  const graph = buildGraph(plans, linted);
  const repoFindings = runRepoRules(graph, config.rules, settings);
  return plans
    .filter((plan) => linted.has(plan))
    .map((plan) => {
      const own = planFindings?.get(plan) ?? runPlanRules(plan, config.rules, settings);
      const diagnostics: Diagnostic[] = [...own, ...(repoFindings.get(plan.file) ?? [])];
      return finishResult(plan, diagnostics);
    });
}

/** Lints one plan given as text (an editor buffer, stdin). */
export function lintText(text: string, options: LintOptions & { filePath?: string } = {}): LintResult {
  return lintSources([{ file: options.filePath ?? '<text>', text }], options)[0]!;
}

export interface SourceText {
  file: string;
  text: string;
}

/** Lints plans held in memory as one repo: plan rules per plan, repo rules once over their graph. */
export function lintSources(sources: SourceText[], options: LintOptions = {}): LintResult[] {
  const cwd = options.cwd ?? process.cwd();
  const config = options.config ?? loadConfig(cwd, options.configFile);
  const plans = sources.map(({ file, text }) => buildPlan(text.replace(/^\uFEFF/, ''), file, { matchHeading: config.matchHeading }));
  return lintPlans(plans, new Set(plans), config, settingsFor(config, options.today));
}

/** Lints files, folders and globs: every plan is parsed once, rules run per plan, repo rules once over the graph. */
export async function lintFiles(patterns: string[], options: LintOptions = {}): Promise<LintRun> {
  const cwd = resolve(options.cwd ?? process.cwd());
  const config = options.config ?? loadConfig(cwd, options.configFile);
  const settings = settingsFor(config, options.today);
  const { candidates, failures } = await discover(patterns, cwd, options.ignorePatterns);
  const configured = config.plans.length > 0 ? new Set(await glob(config.plans, { cwd: config.baseDir, absolute: true })) : new Set<string>();
  const plans: PlanModel[] = [];
  const planFindings = new Map<PlanModel, Diagnostic[]>();
  const skipped: string[] = [];
  const jobs = candidates.map((candidate) => ({ path: candidate.path, file: displayPath(candidate.path, cwd) }));
  const cache = options.cache ? PlanCache.open(options.cacheLocation ?? DEFAULT_CACHE_FILE, cwd, config, settings) : undefined;
  const outcomes = await lintJobs(jobs, config, settings, options.threads, cache);
  cache?.save();
  outcomes.forEach((outcome, index) => {
    const { file } = jobs[index]!;
    if ('problem' in outcome) failures.push({ file, ...outcome.problem });
    else if (isPlan(outcome.plan, candidates[index]!, configured)) {
      plans.push(outcome.plan);
      planFindings.set(outcome.plan, outcome.diagnostics);
    } else skipped.push(file);
  });
  const results = lintPlans(plans, new Set(plans), config, settings, planFindings);
  if (plans.length === 0 && failures.length === 0 && candidates.length > 0) {
    failures.push({ file: patterns.join(' '), message: 'no plans found (a plan has "kind" or "period" in its front matter)' });
  }
  return { results, failures, skipped };
}

/** The contract's test: named files always are; found files are when front matter names a kind or period. */
function isPlan(plan: PlanModel, candidate: Candidate, configured: ReadonlySet<string>): boolean {
  if (candidate.explicit || configured.has(candidate.path)) return true;
  const fm = plan.frontMatter;
  if (Object.hasOwn(fm.data, 'kind') || Object.hasOwn(fm.data, 'period')) return true;
  // Broken front matter that still shows a kind or period line was meant as a plan: lint it and say what is wrong.
  return fm.problem !== undefined && /^(?:kind|period)\s*:/m.test(plan.source.slice(0, fm.endOffset || 2000));
}
