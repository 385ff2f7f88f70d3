import { ErrorCodes, type Hover, type Location, type Position, ResponseError, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver';
import { placeSpan } from '../model/items.js';
import { idKey, isValidId } from '../model/ids.js';
import type { Item, PlanModel } from '../model/types.js';
import { findItem, type PlanGraph } from '../repo/graph.js';
import { toPoint, toRange } from './convert.js';
import { hoverText } from './features.js';
import { occurrencesOf, type Resolved, resolveTarget, targetAt } from './navigation.js';

/** The navigation requests, on a plan of the graph; `uriOf` says where a plan of the graph is. */
export interface RequestContext {
  graph: PlanGraph<PlanModel>;
  plan: PlanModel;
  uriOf: (plan: PlanModel) => string;
  /** A goal's or objective's newest reading on or before today, as written with its date (plan status's reading). */
  latestReading?: (plan: PlanModel, item: Item) => string | undefined;
}

function resolvedAt({ graph, plan }: RequestContext, position: Position): Resolved | undefined {
  const target = targetAt(plan, toPoint(position));
  return target ? resolveTarget(graph, plan, target) : undefined;
}

const startOf = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

/** The item a reference names, or the plan `parent:` names (its first line). */
export function definition(context: RequestContext, position: Position): Location | null {
  const resolved = resolvedAt(context, position);
  if (!resolved) return null;
  return { uri: context.uriOf(resolved.plan), range: resolved.item ? toRange(placeSpan(resolved.item)) : startOf };
}

export function references(context: RequestContext, position: Position, includeDeclaration: boolean): Location[] {
  const resolved = resolvedAt(context, position);
  if (!resolved?.item) return [];
  return occurrencesOf(context.graph, { plan: resolved.plan, item: resolved.item })
    .filter((occurrence) => includeDeclaration || !occurrence.declaration)
    .map((occurrence) => ({ uri: context.uriOf(occurrence.plan), range: toRange(occurrence.span) }));
}

/** On a reference or `parent:` (not on an item's own ID: its statement is right there). */
export function hover(context: RequestContext, position: Position): Hover | null {
  const target = targetAt(context.plan, toPoint(position));
  if (!target || target.kind === 'item') return null;
  const resolved = resolveTarget(context.graph, context.plan, target);
  const span = target.kind === 'reference' ? placeSpan(target.ref) : target.span;
  if (!resolved) return null;
  const latest = resolved.item ? context.latestReading?.(resolved.plan, resolved.item) : undefined;
  return { contents: hoverText(resolved, latest), range: toRange(span) };
}

/** A new ID for an item, everywhere it is written; refused when it is not an ID or the plan already has it. */
export function rename(context: RequestContext, position: Position, newName: string): WorkspaceEdit {
  const resolved = resolvedAt(context, position);
  if (!resolved?.item?.id) throw new ResponseError(ErrorCodes.InvalidRequest, 'Put the cursor on an item ID or a reference to one to rename it');
  const newId = newName.trim();
  if (!isValidId(newId)) throw new ResponseError(ErrorCodes.InvalidParams, `"${newId}" is not an item ID (a prefix and a number, such as G4 or OPP-2)`);
  if (idKey(newId) !== idKey(resolved.item.id) && findItem(resolved.plan, newId)) {
    throw new ResponseError(ErrorCodes.InvalidParams, `${resolved.plan.id} already has an item ${newId}`);
  }
  const changes: Record<string, TextEdit[]> = {};
  for (const occurrence of occurrencesOf(context.graph, { plan: resolved.plan, item: resolved.item })) {
    (changes[context.uriOf(occurrence.plan)] ??= []).push({ range: toRange(occurrence.span), newText: newId });
  }
  return { changes };
}
