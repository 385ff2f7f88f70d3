import { z } from '../zod.js';
import type { PlanKind } from '../model/frontmatter-schema.js';
import type { SectionKey } from '../model/sections.js';
import type { PlanModel } from '../model/types.js';
import type { Fix, SeveritySetting, Span } from '../types.js';
import type { ActualsInput } from '../actuals/run.js';
import type { PaceWeights } from '../actuals/progress.js';

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

/** The graph of all plans of a lint run; built once. Extended by the repo-level rules' needs. */
export interface PlanGraph {
  plans: PlanModel[];
  /** Plans by id (more than one when ids collide). */
  byId: Map<string, PlanModel[]>;
  /** The plan a plan's `parent` names, when it resolves to exactly one plan. */
  parentOf(plan: PlanModel): PlanModel | undefined;
  /** Plans that were linted (others were loaded only to resolve references). */
  isLinted(plan: PlanModel): boolean;
  /** The plan a name (an id, or a path relative to `from`) points to; `ambiguous` when several plans have that id. */
  lookup(name: string, from: PlanModel): PlanLookup;
  /** Plans whose `parent` resolves to this plan. */
  childrenOf(plan: PlanModel): PlanModel[];
  /**
   * Every plan a link may name was loaded (a repo, or files and the repo plans their links need). False when one
   * plan is linted on its own (an editor buffer, stdin): a name that resolves to nothing then says nothing.
   */
  complete: boolean;
  /** CSV readings and whether the repo tracks actuals (config `actuals`, `--actuals`); absent: the plans' own only. */
  actuals?: ActualsInput;
}

export type PlanLookup = { found: PlanModel } | { ambiguous: PlanModel[] } | { missing: true };

export interface RepoRuleContext<O> {
  graph: PlanGraph;
  options: O;
  settings: LintSettings;
  /** A finding in a plan, or in another file the run read (a CSV export of actuals). */
  report(report: Report & ({ plan: PlanModel } | { file: string })): void;
}

export interface RuleDocs {
  /** Why the rule exists, in a sentence or two. */
  rationale: string;
  /** A snippet of a plan the rule reports. */
  invalid?: string;
  /** The same snippet, fixed. */
  valid?: string;
}

interface RuleMeta<O> {
  id: string;
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

export type Rule = PlanRule<any> | RepoRule<any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export function defineRule<O>(rule: PlanRule<O>): PlanRule<O>;
export function defineRule<O>(rule: RepoRule<O>): RepoRule<O>;
export function defineRule<O>(rule: PlanRule<O> | RepoRule<O>): PlanRule<O> | RepoRule<O> {
  return rule;
}

/** For rules without options: accepts only an empty object. */
export const noOptions = z.strictObject({}).default({});
