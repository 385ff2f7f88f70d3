import { lintText, type LintOptions } from '../api.js';
import { loadConfig } from '../config/load.js';
import { type SectionKey, sectionOrder } from '../model/sections.js';
import type { PlanModel } from '../model/types.js';
import type { DeadlineContext } from '../time/deadline.js';
import { parsePeriod } from '../time/period.js';
import type { Diagnostic } from '../types.js';
import { readEntries } from './entries.js';
import { diffFrontMatter } from './frontmatter.js';
import { diffLint } from './lint.js';
import { diffEntries } from './match.js';
import type { PlanDiff } from './types.js';

export interface DiffOptions {
  /** How to name each side in the result (default: the plan's file); e.g. `HEAD~1:plans/acme.md`. */
  oldLabel?: string;
  newLabel?: string;
  /** Lint both sides with these options to report the lint delta; `false` leaves the delta empty. */
  lint?: LintOptions | false;
  /** First month of the fiscal year, for FY quarters in deadlines (default: the config's, else January). */
  fiscalYearStart?: number;
}

/**
 * What changed between two versions of a plan, by meaning: front matter, sections, items matched by ID, fields with
 * deltas, and the lint delta. A side that does not exist (a plan added or deleted) is `null`.
 */
export function diffPlans(oldPlan: PlanModel | null, newPlan: PlanModel | null, options: DiffOptions = {}): PlanDiff {
  const lintOptions = options.lint === false ? undefined : withConfig(options.lint ?? {});
  const fiscalYearStart = options.fiscalYearStart ?? lintOptions?.config?.settings.fiscalYearStart ?? 1;
  const oldSections = sectionKeys(oldPlan);
  const newSections = sectionKeys(newPlan);
  const context = (plan: PlanModel | null): DeadlineContext => {
    const period = plan?.period ? parsePeriod(plan.period, fiscalYearStart) : undefined;
    return period ? { period, fiscalYearStartMonth: fiscalYearStart } : { fiscalYearStartMonth: fiscalYearStart };
  };
  const items = diffEntries(oldPlan ? readEntries(oldPlan) : [], newPlan ? readEntries(newPlan) : [], { old: context(oldPlan), new: context(newPlan) });
  return {
    old: oldPlan ? (options.oldLabel ?? oldPlan.file) : null,
    new: newPlan ? (options.newLabel ?? newPlan.file) : null,
    frontmatter: diffFrontMatter(oldPlan, newPlan),
    sections: {
      added: newSections.filter((key) => !oldSections.includes(key)),
      removed: oldSections.filter((key) => !newSections.includes(key)),
    },
    items,
    lint: lintOptions
      ? diffLint(lintPlan(oldPlan, lintOptions, options.oldLabel), lintPlan(newPlan, lintOptions, options.newLabel), renames(items))
      : { introduced: [], fixed: [] },
  };
}

/** Any difference at all (what `--exit-code` asks). */
export function hasDifferences(diff: PlanDiff): boolean {
  return (
    diff.frontmatter.length > 0 ||
    diff.sections.added.length + diff.sections.removed.length > 0 ||
    diff.items.added.length + diff.items.removed.length + diff.items.changed.length > 0 ||
    diff.lint.introduced.length + diff.lint.fixed.length > 0
  );
}

/** Old ID -> new ID of the items reported as likely renames. */
function renames(items: PlanDiff['items']): Map<string, string> {
  return new Map(
    items.changed.flatMap((item) => item.changes.filter((c) => c.field === 'id' && c.old && c.new).map((c) => [c.old!, c.new!] as [string, string])),
  );
}

function withConfig(options: LintOptions): LintOptions {
  return options.config ? options : { ...options, config: loadConfig(options.cwd ?? process.cwd(), options.configFile) };
}

function sectionKeys(plan: PlanModel | null): SectionKey[] {
  const keys = (plan?.sections ?? []).flatMap((s) => (s.key ? [s.key] : []));
  return [...new Set(keys)].sort((a, b) => sectionOrder(a) - sectionOrder(b));
}

/** Lints the plan's own text (the model's file names the diagnostics' file unless a label is given). */
function lintPlan(plan: PlanModel | null, options: LintOptions, label: string | undefined): Diagnostic[] {
  if (!plan) return [];
  const diagnostics = lintText(plan.source, { ...options, filePath: plan.file }).diagnostics;
  return label ? diagnostics.map((d) => ({ ...d, file: label })) : diagnostics;
}
