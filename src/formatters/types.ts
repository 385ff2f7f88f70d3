import type { RuleMeta } from '../rules/define.js';
import type { LintResult } from '../types.js';

export interface FormatOptions {
  /** Folder that relative paths are resolved against (json shows absolute paths, like ESLint). */
  cwd: string;
  /** Use colour (only human formatters do). */
  color: boolean;
  /** The rules of the run (plan's RULES, or a library user's own): what a format that lists rules (SARIF) lists. */
  rules: readonly Pick<RuleMeta, 'id' | 'description' | 'defaultSeverity' | 'url'>[];
  /** --max-warnings: the run fails with more warnings than this (junit then fails the plans that have warnings). */
  maxWarnings?: number;
}

/** A formatter is pure: results in, text out. */
export type Formatter = (results: LintResult[], options: FormatOptions) => string;
