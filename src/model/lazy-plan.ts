import { LineIndex } from '../parse/lines.js';
import type { Root } from 'mdast';
import { parseMarkdown } from '../parse/markdown.js';
import type { PlanModel } from './types.js';

/** A plan model as plain data (no line index, no mdast). */
type PlanData = Omit<PlanModel, 'lines' | 'tree'>;

/** What a run needs of every plan of a repo: who it is and how it links (the repo graph). */
export type PlanHead = Omit<PlanData, 'source' | 'sections' | 'items' | 'reviewItems' | 'directives' | 'supports'> & Partial<Pick<PlanData, 'directives' | 'supports'>>;

export function headOf(plan: PlanModel): PlanHead {
  const { sections: _sections, items: _items, reviewItems: _reviewItems, source: _source, lines: _lines, ...head } = plan;
  return head as PlanHead;
}

/**
 * A plan model whose text is decoded, and whose sections and items are read from it, only when something asks: a
 * plan read only to resolve links, or one from the cache, is mostly looked at for its head. `rebuild` reads the
 * whole model from the text, as linting the plan would.
 */
export function lazyPlan(head: PlanHead, readSource: () => string, rebuild: (source: string) => PlanModel): PlanModel {
  const plan = { ...head } as PlanModel;
  let full: PlanModel | undefined;
  const read = () => (full ??= rebuild(plan.source));
  const lazy = (key: keyof PlanModel, get: () => unknown) => Object.defineProperty(plan, key, { configurable: true, enumerable: true, get });
  lazy('sections', () => read().sections);
  lazy('items', () => read().items);
  lazy('reviewItems', () => read().reviewItems);
  if (!head.directives) lazy('directives', () => read().directives);
  if (!head.supports) lazy('supports', () => read().supports);
  defineLazyText(plan, readSource);
  defineTree(plan);
  return plan;
}

/**
 * `source` and `lines` made on first use. The text's getter holds only what reads it, so a result that keeps it does
 * not keep the model (see finishResult).
 */
export function defineLazyText(plan: PlanModel, readSource: () => string): void {
  let source: string | undefined;
  let lines: LineIndex | undefined;
  Object.defineProperty(plan, 'source', { configurable: true, enumerable: true, get: () => (source ??= readSource()) });
  Object.defineProperty(plan, 'lines', { configurable: true, enumerable: true, get: () => (lines ??= new LineIndex(plan.source)) });
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
