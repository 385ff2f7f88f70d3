import { idKey } from '../model/ids.js';
import { placeSpan } from '../model/items.js';
import type { Field, Item, PlanModel, Reference } from '../model/types.js';
import { findItem as findSummaryItem, type PlanGraph } from '../repo/graph.js';
import type { Point, Span } from '../types.js';

/** What the cursor is on: a reference in a field, an item's own ID, or the front matter's `parent` value. */
export type Target =
  | { kind: 'reference'; item: Item; field: Field; ref: Reference }
  | { kind: 'item'; item: Item; span: Span }
  | { kind: 'parent'; span: Span };

/** Where an item is: its plan and the item (a plan alone for `parent:` or a reference to a plan without the item). */
export interface Resolved {
  plan: PlanModel;
  item?: Item;
}

const inside = (point: Point, span: Span) =>
  (point.line > span.start.line || (point.line === span.start.line && point.column >= span.start.column)) &&
  (point.line < span.end.line || (point.line === span.end.line && point.column <= span.end.column));

export function targetAt(plan: PlanModel, point: Point): Target | undefined {
  for (const item of [...plan.items, ...plan.reviewItems]) {
    if (point.line < item.fullSpan.start.line || point.line > item.fullSpan.end.line) continue;
    for (const field of item.fields) for (const ref of field.refs) if (inside(point, placeSpan(ref))) return { kind: 'reference', item, field, ref };
    const span = idSpan(plan, item);
    if (span && inside(point, span)) return { kind: 'item', item, span };
  }
  const parent = parentSpan(plan);
  if (parent && inside(point, parent)) return { kind: 'parent', span: parent };
  return undefined;
}

/** The ID token on an item's first line. */
export function idSpan(plan: PlanModel, item: Item): Span | undefined {
  if (!item.id) return undefined;
  const line = item.line;
  const at = plan.lines.lineText(line).indexOf(item.id, item.column - 1);
  if (at < 0) return undefined;
  return { start: { line, column: at + 1 }, end: { line, column: at + 1 + item.id.length } };
}

/** The ID part of a reference (`G3` of `emea-fy2027#G3`). */
export function refIdSpan(ref: Reference): Span {
  return { start: { line: ref.line, column: ref.endColumn - ref.id.length }, end: { line: ref.line, column: ref.endColumn } };
}

/** The value of the front matter's `parent:` line. */
export function parentSpan(plan: PlanModel): Span | undefined {
  const line = plan.frontMatter.keyLines.get('parent');
  if (line === undefined || !plan.parent) return undefined;
  const text = plan.lines.lineText(line);
  const at = text.indexOf(plan.parent, text.indexOf(':') + 1);
  return at < 0 ? undefined : { start: { line, column: at + 1 }, end: { line, column: at + 1 + plan.parent.length } };
}

/** The plan and item a reference names: `plan-id#ID` in that plan, an unqualified `Supports:` ID in the parent. */
export function resolveReference(graph: PlanGraph<PlanModel>, plan: PlanModel, field: Field, ref: Reference): Resolved | undefined {
  let target: PlanModel | undefined = plan;
  if (ref.plan !== undefined && ref.plan !== plan.id) {
    const found = graph.lookup(ref.plan, plan);
    target = 'found' in found ? found.found : undefined;
  } else if (ref.plan === undefined && field.name === 'supports') {
    target = graph.parentOf(plan);
  }
  if (!target) return undefined;
  const item = findItem(target, ref.id);
  return item ? { plan: target, item } : { plan: target };
}

export function resolveTarget(graph: PlanGraph<PlanModel>, plan: PlanModel, target: Target): Resolved | undefined {
  if (target.kind === 'reference') return resolveReference(graph, plan, target.field, target.ref);
  if (target.kind === 'item') return target.item.section === 'review' ? resolveReviewItem(plan, target.item) : { plan, item: target.item };
  const parent = graph.parentOf(plan);
  return parent ? { plan: parent } : undefined;
}

/** A Review item's ID is the goal's it reviews. */
function resolveReviewItem(plan: PlanModel, item: Item): Resolved {
  const goal = item.id ? findItem(plan, item.id) : undefined;
  return goal ? { plan, item: goal } : { plan };
}

/** The item with this ID in a model the workspace holds (the graph's lookup is over summaries; models keep their items). */
function findItem(plan: PlanModel, id: string): Item | undefined {
  return findSummaryItem(plan, id) as Item | undefined;
}

export interface Occurrence {
  plan: PlanModel;
  span: Span;
  declaration: boolean;
}

/** Every place an item's ID is written: the item itself, Review items of its plan, and each reference to it. */
export function occurrencesOf(graph: PlanGraph<PlanModel>, target: Required<Resolved>): Occurrence[] {
  const key = idKey(target.item.id ?? '');
  const out: Occurrence[] = [];
  const own = idSpan(target.plan, target.item);
  if (own) out.push({ plan: target.plan, span: own, declaration: true });
  for (const review of target.plan.reviewItems) {
    const span = review.id && idKey(review.id) === key ? idSpan(target.plan, review) : undefined;
    if (span) out.push({ plan: target.plan, span, declaration: false });
  }
  for (const plan of graph.plans) {
    for (const item of [...plan.items, ...plan.reviewItems]) {
      for (const field of item.fields) {
        for (const ref of field.refs) {
          if (idKey(ref.id) !== key) continue;
          const resolved = resolveReference(graph, plan, field, ref);
          if (resolved?.plan === target.plan && resolved.item === target.item) out.push({ plan, span: refIdSpan(ref), declaration: false });
        }
      }
    }
  }
  return out;
}
