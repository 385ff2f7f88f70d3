import type { Root } from 'mdast';
import { LineIndex } from '../parse/lines.js';
import { parseMarkdown } from '../parse/markdown.js';
import type { PlanModel } from './types.js';

/** What buildPlanHead reads at once: who the plan is and how it links up (front matter only). */
export type PlanHead = Pick<PlanModel, 'file' | 'id' | 'frontMatter' | 'headSpans' | 'kind' | 'period' | 'owner' | 'parent' | 'status' | 'title'>;

/**
 * A plan read for its head only (a plan of the repo loaded to resolve links): its sections and items are read from
 * its text, already in memory, when something asks for them. `rebuild` reads the whole model, as linting it would.
 */
export function lazyPlan(head: PlanHead, source: string, rebuild: (source: string) => PlanModel): PlanModel {
  const plan = { ...head, source } as PlanModel;
  let full: PlanModel | undefined;
  let lines: LineIndex | undefined;
  const lazy = (key: keyof PlanModel, get: () => unknown) => Object.defineProperty(plan, key, { configurable: true, enumerable: true, get });
  for (const key of ['sections', 'items', 'reviewItems', 'directives', 'actuals'] as const) lazy(key, () => (full ??= rebuild(source))[key]);
  lazy('lines', () => (lines ??= new LineIndex(source)));
  defineTree(plan);
  return plan;
}

/** The whole mdast is parsed only when something asks for it: no rule of the tool does, so a lint run never pays for it. */
export function defineTree(plan: PlanModel, tree?: Root): void {
  let parsed = tree;
  Object.defineProperty(plan, 'tree', {
    configurable: true,
    enumerable: false,
    get: () => (parsed ??= parseMarkdown(plan.source, plan.frontMatter.endOffset)),
  });
}
