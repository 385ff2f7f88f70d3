import { planRulesFor } from '../config/overrides.js';
import type { ResolvedConfig } from '../config/resolve.js';
import { readSource } from '../files/read.js';
import { buildPlan } from '../model/build.js';
import type { PlanModel } from '../model/types.js';
import { InputError } from '../parse/source.js';
import type { LintSettings } from '../rules/define.js';
import type { Diagnostic } from '../types.js';
import { runPlanRules } from './run.js';

/** One file of a lint run: its absolute path and the path shown for it. */
export interface FileJob {
  path: string;
  file: string;
}

/** Why a file could not be linted, in one line (with a position when there is one). */
export interface FileProblem {
  message: string;
  line?: number;
  column?: number;
}

/** The per-file half of linting: the plan and its plan-rule findings, or why there is none. */
export type FileLint<P = PlanModel> = { path: string; plan: P; diagnostics: Diagnostic[] } | { path: string; problem: FileProblem };

/** Reads, parses and runs the plan rules on one file; the same work in the main thread and in a worker. */
export function lintFile(job: FileJob, config: ResolvedConfig, settings: LintSettings): FileLint {
  try {
    const { text } = readSource(job.path, config.maxFileBytes);
    const plan = buildPlan(text, job.file, { matchHeading: config.matchHeading, maxListItems: config.maxListItems });
    const own = planRulesFor(config, settings, job.path);
    return { path: job.path, plan, diagnostics: runPlanRules(plan, own.rules, own.settings) };
  } catch (error) {
    return { path: job.path, problem: toProblem(error) };
  }
}

export function toProblem(error: unknown): FileProblem {
  if (!(error instanceof InputError)) return { message: `could not be read as a plan: ${error instanceof Error ? error.message : String(error)}` };
  const problem: FileProblem = { message: error.message };
  if (error.line) problem.line = error.line;
  if (error.column) problem.column = error.column;
  return problem;
}
