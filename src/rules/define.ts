import { z } from '../zod.js';
import type { PlanKind } from '../model/frontmatter-schema.js';
import type { SectionKey } from '../model/sections.js';
import type { PlanModel, PlanSummary } from '../model/types.js';
import type { PlanGraph } from '../repo/graph.js';
import type { Fix, SeveritySetting, Span } from '../types.js';
import type { PaceWeights } from '../actuals/progress.js';
import type { ActualsInput } from '../actuals/run.js';

/** Settings every rule may read; resolved from config and the command line by the engine. */
export interface LintSettings {
  /** 1 = January. */
  fiscalYearStart: number;
  requiredSections: Record<PlanKind, SectionKey[]>;
  /** Today's date as YYYY-MM-DD (from --today, PLAN_TODAY or the clock). */
  today: string;
  /** Config `pace`: per-fiscal-quarter weights of expected progress (default: linear in days). */
  pace?: PaceWeights;
}

export interface Report {
  message: string;
  at: Span;
  fix?: Fix;
  /** A line-independent anchor such as an item ID or a section key. */
  anchor?: string;
}

export interface PlanRuleContext<O> {
  plan: PlanModel;
  options: O;
  settings: LintSettings;
  report(report: Report): void;
}

/** A repo rule reads the plans' summaries only (what --cache keeps of an unchanged file), never a whole model. */
export interface RepoRuleContext<O> {
  graph: PlanGraph;
  options: O;
  settings: LintSettings;
  /** CSV readings and whether the repo tracks actuals (config `actuals`, `--actuals`); absent: the plans' own only. */
  actuals?: ActualsInput;
  /** A finding in a plan, or in another file the run read (a CSV export of actuals). */
  report(report: Report & ({ plan: PlanSummary } | { file: string })): void;
}

export interface RuleDocs {
  /** Why the rule exists, in a sentence or two. */
  rationale: string;
  /** A snippet of a plan the rule reports. */
  invalid?: string;
  /** The same snippet, fixed. */
  valid?: string;
}

/** Where each rule's page is: docs/rules/<id>.md of the repository package.json declares (test/docs/rule-urls.test.ts). */
export const DOCS_BASE_URL = 'https://github.com/plan-lint/plan/blob/main/docs/rules/';

export interface RuleMeta<O = unknown> {
  id: string;
  /** The rule's documentation page (set by defineRule), as ESLint's meta.docs.url. */
  url: string;
  description: string;
  /** 'off' for opt-in rules: on only when a config names them. */
  defaultSeverity: SeveritySetting;
  fixable: boolean;
  /** A strict zod object with defaults for every option. */
  options: z.ZodType<O>;
  docs?: RuleDocs;
}

export interface PlanRule<O = unknown> extends RuleMeta<O> {
  scope: 'plan';
  check(context: PlanRuleContext<O>): void;
}

export interface RepoRule<O = unknown> extends RuleMeta<O> {
  scope: 'repo';
  check(context: RepoRuleContext<O>): void;
}

// biome-ignore lint/suspicious/noExplicitAny: a list of rules holds rules of every option type
export type Rule = PlanRule<any> | RepoRule<any>;

export function defineRule<O>(rule: Omit<PlanRule<O>, 'url'>): PlanRule<O>;
export function defineRule<O>(rule: Omit<RepoRule<O>, 'url'>): RepoRule<O>;
export function defineRule<O>(rule: Omit<PlanRule<O>, 'url'> | Omit<RepoRule<O>, 'url'>): PlanRule<O> | RepoRule<O> {
  return { ...rule, url: `${DOCS_BASE_URL}${rule.id}.md` } as PlanRule<O> | RepoRule<O>;
}

/** For rules without options: accepts only an empty object. */
export const noOptions = z.strictObject({}).default({});
