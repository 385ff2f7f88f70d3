import { LineIndex } from '../parse/lines.js';
import { decodeSource } from '../parse/source.js';
import { defineTree } from '../model/build.js';
import type { PlanData } from '../model/transfer.js';
import type { PlanModel } from '../model/types.js';

/** What the cache keeps of a plan: who it is and how it links (the repo graph), and its directives. */
export type PlanHead = Omit<PlanData, 'source' | 'sections' | 'items' | 'reviewItems'>;

export function headOf(plan: PlanModel): PlanHead {
  const { sections: _sections, items: _items, reviewItems: _reviewItems, source: _source, lines: _lines, ...head } = plan;
  return head as PlanHead;
}

/**
 * A plan model from the cache whose text is decoded, and whose sections and items are read again from it, only
 * when something asks: a re-lint of a large repo after one edit looks into a handful of plans, not all of them.
 * Reading a plan again is cheaper than keeping every model in the cache file, which each run would read and write.
 */
export function lazyPlan(head: PlanHead, bytes: Uint8Array, rebuild: (source: string) => PlanModel): PlanModel {
  const plan = { ...head } as PlanModel;
  let source: string | undefined;
  let lines: LineIndex | undefined;
  let full: PlanModel | undefined;
  const read = () => (full ??= rebuild(plan.source));
  const lazy = (key: keyof PlanModel, get: () => unknown) => Object.defineProperty(plan, key, { configurable: true, enumerable: true, get });
  lazy('sections', () => read().sections);
  lazy('items', () => read().items);
  lazy('reviewItems', () => read().reviewItems);
  // The text's getter holds only the bytes, so a result that keeps it does not keep the model (see finishResult).
  lazy('source', () => (source ??= decodeSource(bytes).text));
  lazy('lines', () => (lines ??= new LineIndex(plan.source)));
  defineTree(plan);
  return plan;
}
