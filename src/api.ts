import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import picomatch from 'picomatch';
import { glob } from 'tinyglobby';
import { loadConfig } from './config/load.js';
import { applyFileSeverity, planRulesFor } from './config/overrides.js';
import type { ActiveRule, ResolvedConfig } from './config/resolve.js';
import { lintJobs } from './cache/lint-cached.js';
import { fileOnDisk } from './cache/file-on-disk.js';
import type { PlanCache } from './cache/plan-cache.js';
import { finishResult, runPlanRules, runRepoRules } from './engine/run.js';
import { resolveToday } from './engine/today.js';
import { type Candidate, discover, displayPath, type InputFailure, relativeSlashed } from './files/discover.js';
import { DEFAULT_MAX_FILE_BYTES, readSource } from './files/read.js';
import { toProblem } from './engine/file-lint.js';
import { ignoredByFiles } from './files/ignore-files.js';
import { buildPlan, buildPlanHead } from './model/build.js';
import { decodeSource } from './parse/source.js';
import type { PlanModel } from './model/types.js';
import { loadRepoPlans, walkedFolders } from './engine/repo-plans.js';
import { buildGraph, type PlanGraph } from './repo/graph.js';
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
  /** Skip files matched by `.planignore` and the repo's `.gitignore` in folder walks and globs (default: true). */
  ignoreFiles?: boolean;
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

/** Plan rules per plan (unless already run), repo rules once over the graph of all plans. */
function lintPlans(
  plans: PlanModel[],
  linted: ReadonlySet<PlanModel>,
  config: ResolvedConfig,
  settings: LintSettings,
  planFindings?: ReadonlyMap<PlanModel, Diagnostic[]>,
  where: { cwd?: string; complete?: boolean; cache?: OpenCache } = {},
): LintResult[] {
  const cwd = where.cwd ?? process.cwd();
  const repoRules = config.repoRules ?? config.rules;
  const repoFindings = where.cache
    ? where.cache.repoFindings(plans, linted, repoRules, settings, cwd)
    : runRepoRules(buildGraph(plans, linted, where.cwd, where.complete), repoRules, settings);
  return plans
    .filter((plan) => linted.has(plan))
    .map((plan) => {
      // With overrides, each plan has its own rules; repo-rule findings in it take its severity (or are dropped).
      const path = resolve(cwd, plan.file);
      const own = planFindings?.get(plan) ?? runOwnRules(plan, config, settings, path);
      const repo = repoFindings.get(plan.file) ?? [];
      const diagnostics: Diagnostic[] = [...own, ...(config.forFile ? applyFileSeverity(repo, config.forFile(path)) : repo)];
      return finishResult(plan, diagnostics);
    });
}

function runOwnRules(plan: PlanModel, config: ResolvedConfig, settings: LintSettings, path: string): Diagnostic[] {
  const own = planRulesFor(config, settings, path);
  return runPlanRules(plan, own.rules, own.settings);
}

/** Lints one plan given as text (an editor buffer, stdin). */
export function lintText(text: string, options: LintOptions & { filePath?: string } = {}): LintResult {
  // One buffer alone: its links to other plans cannot be checked, so they are not reported.
  return lintSourceSet([{ file: options.filePath ?? '<text>', text }], options, false)[0]!;
}

export interface SourceText {
  file: string;
  text: string;
}

/**
 * Lints plans held in memory as one repo: plan rules per plan, repo rules once over their graph. With `repo` (from
 * lookUpRepo), the repo's other plans resolve their links; a plan on disk at a source's path is replaced by the source.
 */
export function lintSources(sources: SourceText[], options: LintOptions & { repo?: RepoContext } = {}): LintResult[] {
  return lintSourceSet(sources, options, options.repo?.complete ?? true);
}

/** The sources and the plans of the repo they live in (see lookUpRepo); `complete`: whether the lookup could be made. */
export interface RepoContext {
  plans: readonly PlanModel[];
  complete: boolean;
}

/**
 * Looks up the plans that the sources' links need, as a lint of those files would (an editor's buffer or stdin named
 * with --stdin-filename, the fixed text of --fix-dry-run): in their repo (git root, else nearest `.planrc.*`), else in
 * their folder and the folders above it that hold plans. Incomplete when a source's folder does not exist.
 */
export async function lookUpRepo(sources: SourceText[], options: LintOptions = {}): Promise<RepoContext> {
  const cwd = resolve(options.cwd ?? process.cwd());
  const config = options.config ?? loadConfig(cwd, options.configFile);
  const plans = sources.map(({ file, text }) => buildPlanHead(text.replace(/^\uFEFF/, ''), file, { matchHeading: config.matchHeading, maxListItems: config.maxListItems }));
  const complete = sources.every(({ file }) => existsSync(dirname(resolve(cwd, file))));
  const configured = config.plans.length > 0 ? new Set(await glob(config.plans, { cwd: config.baseDir, absolute: true })) : new Set<string>();
  const candidates = sources.map(({ file }) => ({ path: resolve(cwd, file), explicit: true }));
  const extras = await repoPlansFor(plans, new Set(plans), { patterns: [], candidates, cwd, config, configured, skip: leftOut(options, cwd).any });
  // The sources too: a source linted alone (one file of --fix) sees the others; each source replaces its own copy.
  return { plans: [...plans, ...extras], complete };
}

function lintSourceSet(sources: SourceText[], options: LintOptions & { repo?: RepoContext }, complete: boolean): LintResult[] {
  const cwd = options.cwd ?? process.cwd();
  const config = options.config ?? loadConfig(cwd, options.configFile);
  const plans = sources.map(({ file, text }) => buildPlan(text.replace(/^\uFEFF/, ''), file, { matchHeading: config.matchHeading, maxListItems: config.maxListItems }));
  const given = new Set(plans.map((plan) => resolve(cwd, plan.file)));
  const others = (options.repo?.plans ?? []).filter((plan) => !given.has(resolve(cwd, plan.file)));
  return lintPlans([...plans, ...others], new Set(plans), config, settingsFor(config, options.today), undefined, { cwd, complete });
}

/** Lints files, folders and globs: every plan is parsed once, rules run per plan, repo rules once over the graph. */
export async function lintFiles(patterns: string[], options: LintOptions = {}): Promise<LintRun> {
  const { cwd, config, skip, candidates, failures, configured } = await startRun(patterns, options);
  const settings = settingsFor(config, options.today);
  const plans: PlanModel[] = [];
  const named = new Set<PlanModel>();
  const planFindings = new Map<PlanModel, Diagnostic[]>();
  const skipped: string[] = [];
  const jobs = candidates.map((candidate) => ({ path: candidate.path, file: displayPath(candidate.path, cwd) }));
  const cache = options.cache ? await openCache(options.cacheLocation, cwd, config, settings) : undefined;
  const outcomes = lintJobs(jobs, config, settings, cache?.store);
  outcomes.forEach((outcome, index) => {
    const { file } = jobs[index]!;
    if ('problem' in outcome) failures.push({ file, ...outcome.problem });
    else if (isPlan(outcome.plan, candidates[index]!, configured)) {
      plans.push(outcome.plan);
      if (candidates[index]!.explicit) named.add(outcome.plan);
      planFindings.set(outcome.plan, outcome.diagnostics);
    } else skipped.push(file);
  });
  const extras = await repoPlansFor(plans, named, { patterns, candidates, cwd, config, configured, cache, skip: skip.any });
  const results = lintPlans([...plans, ...extras], new Set(plans), config, settings, planFindings, cache ? { cwd, cache } : { cwd });
  cache?.store.save();
  noPlansFound(patterns, plans, candidates, failures);
  return { results, failures, skipped };
}

export interface LoadedPlans {
  /** The plans named or found by the patterns. */
  plans: PlanModel[];
  /** Other plans of their repo, loaded only because a parent or reference leaves `plans`. */
  extras: PlanModel[];
  failures: InputFailure[];
  skipped: string[];
  config: ResolvedConfig;
  cwd: string;
}

/** The graph over the plans of the patterns and the repo plans their links need (`isLinted`: the patterns' plans). */
export async function loadGraph(patterns: string[], options: LintOptions = {}): Promise<LoadedPlans & { graph: PlanGraph }> {
  const loaded = await loadPlans(patterns, options);
  return { ...loaded, graph: buildGraph([...loaded.plans, ...loaded.extras], new Set(loaded.plans), loaded.cwd) };
}

/** Reads the plans of files, folders and globs (no rules run), and the repo plans needed to resolve their links. */
export async function loadPlans(patterns: string[], options: LintOptions = {}): Promise<LoadedPlans> {
  const { cwd, config, skip, candidates, failures, configured } = await startRun(patterns, options);
  const plans: PlanModel[] = [];
  const named = new Set<PlanModel>();
  const skipped: string[] = [];
  for (const candidate of candidates) {
    const file = displayPath(candidate.path, cwd);
    try {
      const plan = buildPlan(readSource(candidate.path, config.maxFileBytes).text, file, { matchHeading: config.matchHeading, maxListItems: config.maxListItems });
      if (isPlan(plan, candidate, configured)) {
        plans.push(plan);
        if (candidate.explicit) named.add(plan);
      } else skipped.push(file);
    } catch (error) {
      failures.push({ file, ...toProblem(error) });
    }
  }
  noPlansFound(patterns, plans, candidates, failures);
  const extras = await repoPlansFor(plans, named, { patterns, candidates, cwd, config, configured, skip: skip.any });
  return { plans, extras, failures, skipped, config, cwd };
}

/** What lintFiles and loadPlans start from: the config, what the run leaves out, the files, and the config's `plans`. */
async function startRun(patterns: string[], options: LintOptions) {
  const cwd = resolve(options.cwd ?? process.cwd());
  const config = options.config ?? loadConfig(cwd, options.configFile);
  const skip = leftOut(options, cwd);
  const { candidates, failures } = await discover(patterns, cwd, options.ignorePatterns, skip.byIgnoreFile);
  const configured = config.plans.length > 0 ? new Set(await glob(config.plans, { cwd: config.baseDir, absolute: true })) : new Set<string>();
  return { cwd, config, skip, candidates, failures, configured };
}

/** Files were found but none is a plan, and none failed: say so rather than pass in silence. */
function noPlansFound(patterns: string[], plans: PlanModel[], candidates: Candidate[], failures: InputFailure[]): void {
  if (plans.length === 0 && failures.length === 0 && candidates.length > 0) {
    failures.push({ file: patterns.join(' '), message: 'no plans found (a plan has "kind" or "period" in its front matter)' });
  }
}

/** What a run leaves out: by `.planignore`/`.gitignore` (walks and globs only), and by either or --ignore-pattern. */
function leftOut(options: LintOptions, cwd: string): { byIgnoreFile?: (path: string) => boolean; any: (path: string) => boolean } {
  const byIgnoreFile = options.ignoreFiles === false ? undefined : ignoredByFiles(cwd);
  const patterns = options.ignorePatterns ?? [];
  const byPattern = patterns.length > 0 ? picomatch(patterns, { dot: true }) : undefined;
  return {
    ...(byIgnoreFile ? { byIgnoreFile } : {}),
    any: (path) => Boolean(byIgnoreFile?.(path) || byPattern?.(relativeSlashed(cwd, path))),
  };
}

interface OpenCache {
  store: PlanCache;
  repoFindings: (plans: readonly PlanModel[], linted: ReadonlySet<PlanModel>, rules: ActiveRule[], settings: LintSettings, cwd: string) => Map<string, Diagnostic[]>;
}

/** The cache's modules (and node:crypto, for their hashes) are loaded only by a run with a cache. */
async function openCache(location: string | undefined, cwd: string, config: ResolvedConfig, settings: LintSettings): Promise<OpenCache | undefined> {
  const [{ DEFAULT_CACHE_FILE, PlanCache }, { repoFindingsWithCache }] = await Promise.all([import('./cache/plan-cache.js'), import('./cache/repo-reuse.js')]);
  const store = PlanCache.open(location ?? DEFAULT_CACHE_FILE, cwd, config, settings);
  if (!store) return undefined; // A config made without resolveConfig has no source to key a cache by: uncached, as before.
  return { store, repoFindings: (plans, linted, rules, runSettings, runCwd) => repoFindingsWithCache(plans, linted, rules, runSettings, runCwd, store) };
}

/** The other plans of the repo when a parent or reference leaves the given plans (see loadRepoPlans). */
function repoPlansFor(
  plans: PlanModel[],
  named: ReadonlySet<PlanModel>,
  run: {
    patterns: string[];
    candidates: Candidate[];
    cwd: string;
    config: ResolvedConfig;
    configured: ReadonlySet<string>;
    cache?: OpenCache | undefined;
    /** Files the run leaves out (ignore files, --ignore-pattern): not read as repo plans either. */
    skip: (path: string) => boolean;
  },
): Promise<PlanModel[]> {
  const { cwd, config, configured, cache } = run;
  return loadRepoPlans(plans, {
    cwd,
    walked: walkedFolders(run.patterns, cwd),
    loaded: new Set(run.candidates.map((candidate) => candidate.path)),
    named: (plan) => named.has(plan),
    load: (path) => {
      if (run.skip(path)) return undefined;
      // With --cache, repo plans come from it too (and go into it), so linting one plan of a large repo stays fast.
      if (cache) return cachedRepoPlan(path, displayPath(path, cwd), cache, config, configured);
      try {
        const { text } = readSource(path, config.maxFileBytes);
        // Cheap test first: most Markdown in a repo (READMEs, notes) is not a plan and need not be parsed.
        if (!configured.has(path) && !/^(?:kind|period)\s*:/m.test(text.slice(0, 4000))) return undefined;
        // Its head now (to know whether it is a plan and where it links); its items only if a rule reads them.
        const plan = buildPlanHead(text, displayPath(path, cwd), { matchHeading: config.matchHeading, maxListItems: config.maxListItems });
        return isPlan(plan, { path, explicit: false }, configured) ? plan : undefined;
      } catch {
        return undefined; // Only linted files report read failures; a broken neighbour just resolves nothing.
      }
    },
  });
}

function cachedRepoPlan(path: string, file: string, cache: OpenCache, config: ResolvedConfig, configured: ReadonlySet<string>): PlanModel | undefined {
  const disk = fileOnDisk(path);
  if (!disk.stats || disk.stats.size > (config.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES)) return undefined;
  let plan: PlanModel | undefined;
  try {
    plan = cache.store.lookupModel(file, disk);
    if (!plan) {
      const { text } = decodeSource(disk.bytes());
      if (!configured.has(path) && !/^(?:kind|period)\s*:/m.test(text.slice(0, 4000))) return undefined;
      plan = buildPlan(text, file, { matchHeading: config.matchHeading, maxListItems: config.maxListItems });
      cache.store.storeModel(plan, disk);
    }
  } catch {
    return undefined; // As without the cache: a broken or unreadable neighbour just resolves nothing.
  }
  return isPlan(plan, { path, explicit: false }, configured) ? plan : undefined;
}

/** The contract's test: named files always are; found files are when front matter names a kind or period. */
function isPlan(plan: PlanModel, candidate: Candidate, configured: ReadonlySet<string>): boolean {
  if (candidate.explicit || configured.has(candidate.path)) return true;
  const fm = plan.frontMatter;
  if (Object.hasOwn(fm.data, 'kind') || Object.hasOwn(fm.data, 'period')) return true;
  // Broken front matter that still shows a kind or period line was meant as a plan: lint it and say what is wrong.
  return fm.problem !== undefined && /^(?:kind|period)\s*:/m.test(plan.source.slice(0, fm.endOffset || 2000));
}

/** Lints plans already read by loadPlans (plan rules per plan, repo rules once), e.g. for a report that also needs the models. */
export function lintLoaded(loaded: LoadedPlans, options: { today?: string } = {}): LintResult[] {
  const all = [...loaded.plans, ...loaded.extras];
  return lintPlans(all, new Set(loaded.plans), loaded.config, settingsFor(loaded.config, options.today), undefined, { cwd: loaded.cwd });
}
