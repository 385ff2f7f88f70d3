import { z } from '../zod.js';
import type { PlanKind } from '../model/frontmatter-schema.js';
import type { SectionKey } from '../model/sections.js';
import type { PlanModel } from '../model/types.js';
import type { PlanGraph } from '../repo/graph.js';
import type { Fix, SeveritySetting, Span } from '../types.js';

/** Settings every rule may read; resolved from config and the command line by the engine. */
export interface LintSettings {
  /** 1 = January. */
  fiscalYearStart: number;
  requiredSections: Record<PlanKind, SectionKey[]>;
  /** Today's date as YYYY-MM-DD (from --today, PLAN_TODAY or the clock). */
  today: string;
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

export interface RepoRuleContext<O> {
  graph: PlanGraph;
  options: O;
  settings: LintSettings;
  report(report: Report & { plan: PlanModel }): void;
}

export interface RuleDocs {
  /** Why the rule exists, in a sentence or two. */
  rationale: string;
  /** A snippet of a plan the rule reports. */
  invalid?: string;
  /** The same snippet, fixed. */
  valid?: string;
}

/** Where each rule's page is: docs/rules/<id>.md of the repository. */
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

export type Rule = PlanRule<any> | RepoRule<any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export function defineRule<O>(rule: Omit<PlanRule<O>, 'url'>): PlanRule<O>;
export function defineRule<O>(rule: Omit<RepoRule<O>, 'url'>): RepoRule<O>;
export function defineRule<O>(rule: Omit<PlanRule<O>, 'url'> | Omit<RepoRule<O>, 'url'>): PlanRule<O> | RepoRule<O> {
  return { ...rule, url: `${DOCS_BASE_URL}${rule.id}.md` } as PlanRule<O> | RepoRule<O>;
}

/** For rules without options: accepts only an empty object. */
export const noOptions = z.strictObject({}).default({});
