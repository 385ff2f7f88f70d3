import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import picomatch from 'picomatch';
import { glob } from 'tinyglobby';
import type { PlanCache } from './cache/plan-cache.js';
import { loadConfig } from './config/load.js';
import { applyFileSeverity, planRulesFor } from './config/overrides.js';
import type { ResolvedConfig } from './config/resolve.js';
import { type FileJob, type LintedFile, lintBytes, looksLikePlan, readOptions, toProblem } from './engine/file-lint.js';
import { loadRepoPlans, walkedFolders } from './engine/repo-plans.js';
import { compareDiagnostics, countsOf, finishResult, runPlanRules, runRepoRules } from './engine/run.js';
import { resolveToday } from './engine/today.js';
import { type Candidate, checkPatternLengths, discover, displayPath, type InputFailure, relativeSlashed } from './files/discover.js';
import { ignoredByFiles } from './files/ignore-files.js';
import { readSource, readSourceBytes } from './files/read.js';
import { buildPlan, buildPlanHead } from './model/build.js';
import type { PlanModel, PlanSummary } from './model/types.js';
import { decodeSource } from './parse/source.js';
import { buildGraph, type PlanGraph } from './repo/graph.js';
import type { LintSettings } from './rules/define.js';
import type { Diagnostic, LintResult } from './types.js';
import type { ActualsInput } from './actuals/run.js';
import { actualsOfTexts, loadActuals } from './engine/actuals.js';
import { lastCommitDate } from './files/commit-date.js';

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
  /** CSV exports of actuals (relative to `cwd`), added to the config's `actuals`. */
  actuals?: string[];
  /** CSV exports held in memory (lintSources, lintText): file name and text. */
  actualsText?: SourceText[];
}

export interface LintRun {
  results: LintResult[];
  /** Files that could not be read or are not text: each one line, the run goes on. */
  failures: InputFailure[];
  /** Markdown files a walk found that are not plans (no kind/period, not in the config's `plans`). */
  skipped: string[];
  /** With `cache`: why the cache could not be written (the results stand); a warning to show after them. */
  cacheWarning?: string;
}

function settingsFor(config: ResolvedConfig, today?: string): LintSettings {
  return { ...config.settings, today: resolveToday(today) };
}

/** A plan to report on and its text: its model, or its summary with the plan-rule findings worked out already. */
type LintedPlan = { plan: PlanModel; source: string } | { plan: PlanSummary; source?: string; diagnostics: Diagnostic[] };

const withSource = (plan: PlanModel): LintedPlan => ({ plan, source: plan.source });

/**
 * Repo rules once over the graph of every plan's summary (the linted ones and `extras`, read only to resolve links),
 * then each linted plan's result: its plan-rule findings (run now for a model without them) and its repo-rule ones.
 */
function lintPlans(
  linted: LintedPlan[],
  extras: PlanSummary[],
  config: ResolvedConfig,
  settings: LintSettings,
  cwd: string,
  complete = true,
  actuals?: ActualsInput,
): LintResult[] {
  const plans: PlanSummary[] = linted.map(({ plan }) => plan);
  const repoFindings = runRepoRules(buildGraph([...plans, ...extras], new Set(plans), cwd, complete), config.repoRules ?? config.rules, settings, actuals);
  const planFiles = new Set([...plans, ...extras].map((plan) => plan.file));
  // Findings in files that are not plans: rows of a CSV export of actuals.
  const otherFiles = [...repoFindings.entries()].filter(([file]) => !planFiles.has(file)).map(([file, diagnostics]) => otherFileResult(file, diagnostics));
  return linted
    .map((linted) => {
      const { plan, source } = linted;
      const path = resolve(cwd, plan.file);
      const own = 'diagnostics' in linted ? linted.diagnostics : runOwnRules(linted.plan, config, settings, path);
      // With overrides, each plan has its own rules; repo-rule findings in it take its severity (or are dropped).
      const repo = repoFindings.get(plan.file) ?? [];
      return finishResult(plan, source, [...own, ...(config.forFile ? applyFileSeverity(repo, config.forFile(path)) : repo)]);
    })
    .concat(otherFiles);
}

function otherFileResult(file: string, found: Diagnostic[]): LintResult {
  const diagnostics = [...found].sort(compareDiagnostics);
  return { file, diagnostics, ...countsOf(diagnostics) };
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
  const plans = sources.map(({ file, text }) => buildPlanHead(text.replace(/^\uFEFF/, ''), file, readOptions(config)));
  const complete = sources.every(({ file }) => existsSync(dirname(resolve(cwd, file))));
  const configured = config.plans.length > 0 ? new Set(await glob(config.plans, { cwd: config.baseDir, absolute: true })) : new Set<string>();
  const candidates = sources.map(({ file }) => ({ path: resolve(cwd, file), explicit: true }));
  const extras = await repoPlansFor(plans, new Set(plans), { patterns: [], candidates, cwd, config, configured, skip: leftOut(options, cwd).any }, headOnly);
  // The sources too: a source linted alone (one file of --fix) sees the others; each source replaces its own copy.
  return { plans: [...plans, ...extras], complete };
}

function lintSourceSet(sources: SourceText[], options: LintOptions & { repo?: RepoContext }, complete: boolean): LintResult[] {
  const cwd = options.cwd ?? process.cwd();
  const config = options.config ?? loadConfig(cwd, options.configFile);
  const plans = sources.map(({ file, text }) => buildPlan(text.replace(/^\uFEFF/, ''), file, readOptions(config)));
  const given = new Set(plans.map((plan) => resolve(cwd, plan.file)));
  const others = (options.repo?.plans ?? []).filter((plan) => !given.has(resolve(cwd, plan.file)));
  const settings = settingsFor(config, options.today);
  const actuals = actualsOfTexts([...plans, ...others], config, { texts: options.actualsText ?? [], cwd, today: settings.today, reportUnknownPlans: complete });
  return lintPlans(plans.map(withSource), others, config, settings, cwd, complete, actuals);
}

/**
 * Lints `targets` as plans of a repo whose other plans are `others` (held in memory by a long-lived process, such as
 * the language server): plan rules on each target, repo rules over the graph of all of them.
 */
export function lintAmong(targets: PlanModel[], others: PlanModel[], options: LintOptions & { config: ResolvedConfig }): LintResult[] {
  const cwd = resolve(options.cwd ?? process.cwd());
  return lintPlans(targets.map(withSource), others, options.config, settingsFor(options.config, options.today), cwd);
}

/**
 * One file read as a folder walk of its repo would read it: its model when it is a plan, else undefined (not a plan,
 * unreadable, past the limits, or left out by `.planignore`/`.gitignore`).
 */
export function readRepoPlan(path: string, options: { cwd?: string; config: ResolvedConfig; ignoreFiles?: boolean }): PlanModel | undefined {
  const cwd = resolve(options.cwd ?? process.cwd());
  const { config } = options;
  if (options.ignoreFiles !== false && ignoredByFiles(cwd)(path)) return undefined;
  try {
    const plan = buildPlan(readSource(path, config.maxFileBytes).text, displayPath(path, cwd), readOptions(config));
    return isRepoPlan(plan, path, config) ? plan : undefined;
  } catch {
    return undefined;
  }
}

/** Whether a folder walk takes this model of the file at `path` (absolute) as a plan: by its front matter or the config's `plans`. */
export function isRepoPlan(plan: PlanModel, path: string, config: ResolvedConfig): boolean {
  const configured = config.plans.length > 0 && picomatch(config.plans, { dot: true })(relativeSlashed(config.baseDir, path));
  return configured || looksLikePlan(plan);
}

/** Lints files, folders and globs: every plan is parsed once, rules run per plan, repo rules once over the graph. */
export async function lintFiles(patterns: string[], options: LintOptions = {}): Promise<LintRun> {
  const run = await startRun(patterns, options);
  const { cwd, config, skip, candidates, failures, configured } = run;
  const settings = settingsFor(config, options.today);
  const cache = options.cache ? await openCache(options.cacheLocation, cwd, config, settings) : undefined;
  const { taken: linted, named, skipped } = readCandidates(run, (job) => lintOne(job, config, settings, cache));
  const plans = linted.map(({ plan }) => plan);
  const extras = await repoPlansFor(plans, named, { patterns, candidates, cwd, config, configured, skip: skip.any }, cache ? fromCache(cache) : headOnly);
  const actuals = await runActuals([...plans, ...extras], config, options, cwd, settings.today, candidates);
  failures.push(...(actuals.unreadable ?? []));
  const results = lintPlans(linted, extras, config, settings, cwd, true, actuals);
  const cacheWarning = cache?.save();
  noPlansFound(patterns, plans, candidates, failures);
  return cacheWarning ? { results, failures, skipped, cacheWarning } : { results, failures, skipped };
}

/** Reads one file and lints it, or takes its findings from the cache when its bytes did not change. */
function lintOne(job: FileJob, config: ResolvedConfig, settings: LintSettings, cache: PlanCache | undefined): LintedFile {
  try {
    const bytes = readSourceBytes(job.path, config.maxFileBytes);
    const lint = () => lintBytes(job, bytes, config, settings);
    return cache ? cache.lint(job.path, job.file, bytes, lint) : lint();
  } catch (error) {
    cache?.forget(job.path);
    throw error;
  }
}

/**
 * Reads each file with `read`: taken as a plan when it was named, is in the config's `plans` or looks like one, else
 * skipped; a file that cannot be read is a failure.
 */
function readCandidates<T extends { plan: PlanSummary; looksLikePlan: boolean }>(run: StartedRun, read: (job: FileJob) => T) {
  const taken: T[] = [];
  const named = new Set<PlanSummary>();
  const skipped: string[] = [];
  for (const candidate of run.candidates) {
    const job = { path: candidate.path, file: displayPath(candidate.path, run.cwd) };
    try {
      const outcome = read(job);
      if (candidate.explicit || run.configured.has(candidate.path) || outcome.looksLikePlan) {
        taken.push(outcome);
        if (candidate.explicit) named.add(outcome.plan);
      } else skipped.push(job.file);
    } catch (error) {
      run.failures.push({ file: job.file, ...toProblem(error) });
    }
  }
  return { taken, named, skipped };
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
  /** The files the patterns named or found. */
  candidates: Candidate[];
}

/**
 * The graph over the plans of the patterns and the repo plans their links need (`isLinted`: the patterns' plans), with
 * the run's actuals (config `actuals`, `options.actuals`).
 */
export async function loadGraph(patterns: string[], options: LintOptions = {}): Promise<LoadedPlans & { graph: PlanGraph<PlanModel>; actuals: ActualsInput }> {
  const loaded = await loadPlans(patterns, options, true);
  const all = [...loaded.plans, ...loaded.extras];
  const graph = buildGraph(all, new Set(loaded.plans), loaded.cwd);
  const actuals = await runActuals(all, loaded.config, options, loaded.cwd, resolveToday(options.today), loaded.candidates);
  return { ...loaded, failures: [...loaded.failures, ...(actuals.unreadable ?? [])], graph, actuals };
}

/** CSV readings streamed from the config's and the options' files; an undated `Actual:` takes its file's last commit date. */
async function runActuals(
  plans: PlanSummary[],
  config: ResolvedConfig,
  options: LintOptions,
  cwd: string,
  today: string,
  candidates: readonly Candidate[],
): Promise<ActualsInput> {
  const undatedAs = (file: string) => lastCommitDate(resolve(cwd, file)) ?? today;
  if (config.actuals.length === 0 && !options.actuals?.length) return { tracked: false, undatedAs };
  // A row naming a plan the run did not load is a finding only when the run walked folders (not named files).
  const reportUnknownPlans = candidates.every((candidate) => !candidate.explicit);
  return loadActuals(plans, config, { files: options.actuals ?? [], cwd, today, reportUnknownPlans });
}

/**
 * Reads the plans of files, folders and globs (no rules run), and the repo plans needed to resolve their links; with
 * `children`, also those below each plan named as a file.
 */
export async function loadPlans(patterns: string[], options: LintOptions = {}, children = false): Promise<LoadedPlans> {
  const run = await startRun(patterns, options);
  const { cwd, config, skip, candidates, failures, configured } = run;
  const { taken, named, skipped } = readCandidates(run, (job) => {
    const plan = buildPlan(readSource(job.path, config.maxFileBytes).text, job.file, readOptions(config));
    return { plan, looksLikePlan: looksLikePlan(plan) };
  });
  const plans = taken.map(({ plan }) => plan);
  noPlansFound(patterns, plans, candidates, failures);
  const extras = await repoPlansFor(plans, named, { patterns, candidates, cwd, config, configured, skip: skip.any, children }, headOnly);
  return { plans, extras, failures, skipped, config, cwd, candidates };
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

type StartedRun = Awaited<ReturnType<typeof startRun>>;

/** Files were found but none is a plan, and none failed: say so rather than pass in silence. */
function noPlansFound(patterns: string[], plans: readonly PlanSummary[], candidates: Candidate[], failures: InputFailure[]): void {
  if (plans.length === 0 && failures.length === 0 && candidates.length > 0) {
    failures.push({ file: patterns.join(' '), message: 'no plans found (a plan has "kind" or "period" in its front matter)' });
  }
}

/** What a run leaves out: by `.planignore`/`.gitignore` (walks and globs only), and by either or --ignore-pattern. */
function leftOut(options: LintOptions, cwd: string): { byIgnoreFile?: (path: string) => boolean; any: (path: string) => boolean } {
  const byIgnoreFile = options.ignoreFiles === false ? undefined : ignoredByFiles(cwd);
  const patterns = options.ignorePatterns ?? [];
  checkPatternLengths(patterns);
  const byPattern = patterns.length > 0 ? picomatch(patterns, { dot: true }) : undefined;
  return {
    ...(byIgnoreFile ? { byIgnoreFile } : {}),
    any: (path) => Boolean(byIgnoreFile?.(path) || byPattern?.(relativeSlashed(cwd, path))),
  };
}

/** The cache's module (and node:crypto, for its hashes) is loaded only by a run with a cache. */
async function openCache(location: string | undefined, cwd: string, config: ResolvedConfig, settings: LintSettings): Promise<PlanCache | undefined> {
  const { DEFAULT_CACHE_FILE, PlanCache } = await import('./cache/plan-cache.js');
  return PlanCache.open(location ?? DEFAULT_CACHE_FILE, cwd, config, settings);
}

/** Parses a repo plan (`head`: front matter only); undefined when it is not one. */
type ReadRepoPlan<P extends PlanSummary> = (head: boolean) => { plan: P; looksLikePlan: boolean } | undefined;

/** The other plans of the repo when a parent or reference leaves the given plans (see loadRepoPlans). */
function repoPlansFor<P extends PlanSummary>(
  plans: PlanSummary[],
  named: ReadonlySet<PlanSummary>,
  run: {
    patterns: string[];
    candidates: Candidate[];
    cwd: string;
    config: ResolvedConfig;
    configured: ReadonlySet<string>;
    /** Files the run leaves out (ignore files, --ignore-pattern): not read as repo plans either. */
    skip: (path: string) => boolean;
    children?: boolean;
  },
  /** Reads a repo plan from its bytes: undefined when it is not one; `read(head)` parses it (`head`: front matter only). */
  load: (path: string, file: string, bytes: Uint8Array, read: ReadRepoPlan<PlanModel>) => ReturnType<ReadRepoPlan<P>>,
): Promise<P[]> {
  const { cwd, config, configured } = run;
  const options = readOptions(config);
  return loadRepoPlans(plans, {
    cwd,
    walked: walkedFolders(run.patterns, cwd),
    loaded: new Set(run.candidates.map((candidate) => candidate.path)),
    named: (plan) => named.has(plan),
    children: run.children,
    load: (path) => {
      if (run.skip(path)) return undefined;
      const file = displayPath(path, cwd);
      try {
        const bytes = readSourceBytes(path, config.maxFileBytes);
        const found = load(path, file, bytes, (head) => {
          const { text } = decodeSource(bytes);
          // Cheap test first: most Markdown in a repo (READMEs, notes) is not a plan and need not be parsed.
          if (!configured.has(path) && !/^(?:kind|period)\s*:/m.test(text.slice(0, 4000))) return undefined;
          // A head keeps the file's bytes and decodes them again if a rule reads its items: 1,000 texts held on the JS
          // heap (two bytes a character once one "—" or "’" is in it) cost the GC ~30 ms of a one-plan lint.
          const plan = head ? buildPlanHead(text, file, options, () => decodeSource(bytes).text) : buildPlan(text, file, options);
          return { plan, looksLikePlan: looksLikePlan(plan) };
        });
        return found && (configured.has(path) || found.looksLikePlan) ? found.plan : undefined;
      } catch {
        return undefined; // Only linted files report read failures; a broken neighbour just resolves nothing.
      }
    },
  });
}

/**
 * A repo plan without --cache: its head now (who it is, where it links), its items only if a rule reads them. With
 * --cache, from the cache (or into it), so that linting one plan of a large repo stays fast.
 */
const headOnly = (_path: string, _file: string, _bytes: Uint8Array, read: ReadRepoPlan<PlanModel>) => read(true);
const fromCache = (cache: PlanCache) => (path: string, file: string, bytes: Uint8Array, read: ReadRepoPlan<PlanModel>) =>
  cache.summary(path, file, bytes, () => read(false));

/** Lints plans already read by loadPlans or loadGraph (plan rules per plan, repo rules once, with loadGraph's actuals), e.g. for a report that also needs the models. */
export function lintLoaded(loaded: LoadedPlans & { actuals?: ActualsInput }, options: { today?: string } = {}): LintResult[] {
  return lintPlans(loaded.plans.map(withSource), loaded.extras, loaded.config, settingsFor(loaded.config, options.today), loaded.cwd, true, loaded.actuals);
}
