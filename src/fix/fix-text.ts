import type { Rule } from '../rules/define.js';
import type { Diagnostic, LintResult } from '../types.js';
import { applyFixes } from './apply.js';

/** Enough for every fix of a plan to settle (missing sections are inserted together); a safety bound, not a target. */
export const MAX_FIX_PASSES = 10;

export interface FixedText {
  /** The text after all passes. */
  text: string;
  changed: boolean;
  /** How many findings were fixed over all passes. */
  fixCount: number;
  passes: number;
  /** The lint result of the final text. */
  result: LintResult;
}

/** Only rules that declare themselves fixable may change a plan. */
export function isFixable(d: Diagnostic, rules: ReadonlyMap<string, Rule>): boolean {
  return d.fix !== undefined && rules.get(d.ruleId)?.fixable === true;
}

/**
 * Lints, applies the fixable findings' fixes, and lints again until nothing is left to fix or the bound is reached
 * (a fix that keeps re-creating itself stops there rather than looping).
 */
export function fixText(text: string, lint: (text: string) => LintResult, rules: ReadonlyMap<string, Rule>): FixedText {
  let current = text;
  let result = lint(current);
  let fixCount = 0;
  let passes = 0;
  while (passes < MAX_FIX_PASSES) {
    const fixable = result.diagnostics.filter((d) => isFixable(d, rules));
    if (fixable.length === 0) break;
    const { text: next, applied } = applyFixes(current, fixable);
    passes++;
    if (applied.length === 0 || next === current) break;
    fixCount += applied.length;
    current = next;
    result = lint(current);
  }
  return { text: current, changed: current !== text, fixCount, passes, result };
}
