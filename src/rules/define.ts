import { z } from '../zod.js';
import type { PlanKind } from '../model/frontmatter-schema.js';
import type { SectionKey } from '../model/sections.js';
import type { PlanModel, PlanSummary } from '../model/types.js';
import type { PlanGraph } from '../repo/graph.js';
import type { Fix, LinePlace, SeveritySetting, Span } from '../types.js';
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

/** A finding: one of the rule's `meta.messages` by id, with the values of its {{placeholders}}. */
export interface Report<M extends string = string> {
  messageId: M;
  data?: Record<string, unknown>;
  /** Where: a Span, or a place on one line (an item, a reference). */
  at: Span | LinePlace;
  fix?: Fix;
  /** A line-independent anchor such as an item ID or a section key. */
  anchor?: string;
}

/** The line-independent anchors of findings; baselines and diffs key on their exact text. No ID, no item anchor. */
export const anchorOf = {
  item: (id: string | undefined) => (id ? `item:${id}` : undefined),
  field: (id: string | undefined, field: string) => (id ? `item:${id}:${field}` : undefined),
  section: (key: string) => `section:${key}`,
  frontmatter: (key: string) => `frontmatter:${key}`,
  ref: (raw: string) => `ref:${raw}`,
  review: (id: string) => `review:${id}`,
};

export interface PlanRuleContext<O, M extends string = string> {
  plan: PlanModel;
  options: O;
  settings: LintSettings;
  report(report: Report<M>): void;
}

/** A repo rule reads the plans' summaries only (what --cache keeps of an unchanged file), never a whole model. */
export interface RepoRuleContext<O, M extends string = string> {
  graph: PlanGraph;
  options: O;
  settings: LintSettings;
  /** CSV readings and whether the repo tracks actuals (config `actuals`, `--actuals`); absent: the plans' own only. */
  actuals?: ActualsInput;
  /** A finding in a plan, or in another file the run read (a CSV export of actuals). */
  report(report: Report<M> & ({ plan: PlanSummary } | { file: string })): void;
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

export interface RuleMeta<O = unknown, M extends string = string> {
  id: string;
  /** The rule's documentation page (set by defineRule), as ESLint's meta.docs.url. */
  url: string;
  description: string;
  /** 'off' for opt-in rules: on only when a config names them. */
  defaultSeverity: SeveritySetting;
  fixable: boolean;
  /** The rule's messages by id, as ESLint's meta.messages: text with {{placeholders}} filled from a report's data. */
  messages: Record<M, string>;
  /** A strict zod object with defaults for every option. */
  options: z.ZodType<O>;
  docs?: RuleDocs;
}

export interface PlanRule<O = unknown, M extends string = string> extends RuleMeta<O, M> {
  scope: 'plan';
  check(context: PlanRuleContext<O, M>): void;
}

export interface RepoRule<O = unknown, M extends string = string> extends RuleMeta<O, M> {
  scope: 'repo';
  check(context: RepoRuleContext<O, M>): void;
}

// biome-ignore lint/suspicious/noExplicitAny: a list of rules holds rules of every option type
export type Rule = PlanRule<any> | RepoRule<any>;

/** A rule may report only the message ids its `messages` lists (checked by the type). */
export function defineRule<O, M extends string>(rule: Omit<PlanRule<O, M>, 'url'>): PlanRule<O, M>;
export function defineRule<O, M extends string>(rule: Omit<RepoRule<O, M>, 'url'>): RepoRule<O, M>;
export function defineRule<O, M extends string>(rule: Omit<PlanRule<O, M>, 'url'> | Omit<RepoRule<O, M>, 'url'>): PlanRule<O, M> | RepoRule<O, M> {
  return { ...rule, url: `${DOCS_BASE_URL}${rule.id}.md` } as PlanRule<O, M> | RepoRule<O, M>;
}

/** For rules without options: accepts only an empty object. */
export const noOptions = z.strictObject({}).default({});
