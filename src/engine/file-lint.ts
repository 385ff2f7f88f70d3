import { planRulesFor } from '../config/overrides.js';
import type { InputFailure } from '../files/discover.js';
import type { ResolvedConfig } from '../config/resolve.js';
import { type BuildOptions, buildPlan } from '../model/build.js';
import type { PlanModel, PlanSummary } from '../model/types.js';
import { decodeSource, InputError } from '../parse/source.js';
import type { LintSettings } from '../rules/define.js';
import type { Diagnostic } from '../types.js';
import { runPlanRules } from './run.js';

/** One file of a lint run: its absolute path and the path shown for it. */
export interface FileJob {
  path: string;
  file: string;
}

/** Why a file could not be linted, in one line (with a position when there is one). */
export type FileProblem = Pick<InputFailure, 'message' | 'line' | 'column'>;

/** The per-file half of linting: the plan, its text and its plan-rule findings. */
export interface LintedFile<P extends PlanSummary = PlanSummary> {
  plan: P;
  /** Its text; absent for a file whose findings came from --cache (only --fix needs it, and reads it then). */
  source?: string;
  diagnostics: Diagnostic[];
  /** Its front matter makes it a plan (a file found in a folder walk that does not is skipped). */
  looksLikePlan: boolean;
}

/** How a run reads a plan: the config's headings and limits, and the fiscal year start its actuals are read with. */
export function readOptions(config: ResolvedConfig): BuildOptions {
  return { matchHeading: config.matchHeading, maxListItems: config.maxListItems, fiscalYearStart: config.settings.fiscalYearStart };
}

/** Parses a file's bytes and runs the plan rules on the plan; throws an InputError when they are not a plan's text. */
export function lintBytes(job: FileJob, bytes: Uint8Array, config: ResolvedConfig, settings: LintSettings): LintedFile<PlanModel> {
  const { text } = decodeSource(bytes);
  const plan = buildPlan(text, job.file, readOptions(config));
  const own = planRulesFor(config, settings, job.path);
  return { plan, source: text, diagnostics: runPlanRules(plan, own.rules, own.settings), looksLikePlan: looksLikePlan(plan) };
}

/** The contract's test for a file found in a walk: its front matter names a kind or a period. */
export function looksLikePlan(plan: PlanModel): boolean {
  const fm = plan.frontMatter;
  if (Object.hasOwn(fm.data, 'kind') || Object.hasOwn(fm.data, 'period')) return true;
  // Broken front matter that still shows a kind or period line was meant as a plan: lint it and say what is wrong.
  return fm.problem !== undefined && /^(?:kind|period)\s*:/m.test(plan.source.slice(0, fm.endOffset || 2000));
}

export function toProblem(error: unknown): FileProblem {
  if (!(error instanceof InputError)) return { message: `could not be read as a plan: ${error instanceof Error ? error.message : String(error)}` };
  const problem: FileProblem = { message: error.message };
  if (error.line) problem.line = error.line;
  if (error.column) problem.column = error.column;
  return problem;
}
