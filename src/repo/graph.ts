import { dirname, extname, resolve } from 'node:path';
import { idKey } from '../model/ids.js';
import type { PlanSummary, SummaryItem } from '../model/types.js';
import { getOrCreate } from '../text/memo.js';

/** The graph of all plans of a lint run; built once. Extended by the repo-level rules' needs. */
export interface PlanGraph<P extends PlanSummary = PlanSummary> {
  plans: P[];
  /** Plans by id (more than one when ids collide). */
  byId: Map<string, P[]>;
  /** The plan a plan's `parent` names, when it resolves to exactly one plan. */
  parentOf(plan: P): P | undefined;
  /** Plans that were linted (others were loaded only to resolve references). */
  isLinted(plan: P): boolean;
  /** The plan a name (an id, or a path relative to `from`) points to; `ambiguous` when several plans have that id. */
  lookup(name: string, from: P): PlanLookup<P>;
  /** Plans whose `parent` resolves to this plan. */
  childrenOf(plan: P): P[];
  /**
   * Every plan a link may name was loaded (a repo, or files and the repo plans their links need). False when one
   * plan is linted on its own (an editor buffer, stdin): a name that resolves to nothing then says nothing.
   */
  complete: boolean;
}

export type PlanLookup<P extends PlanSummary = PlanSummary> = { found: P } | { ambiguous: P[] } | { missing: true };

/**
 * Builds the graph of all plans of a run once; `linted` are the plans whose findings are reported, the others were
 * loaded only to resolve references. Relative `file`s are resolved against `baseDir` for `parent: ../team.md`.
 */
export function buildGraph<P extends PlanSummary>(
  plans: P[],
  linted: ReadonlySet<PlanSummary> = new Set(plans),
  baseDir = process.cwd(),
  complete = true,
): PlanGraph<P> {
  const byId = new Map<string, P[]>();
  for (const plan of plans) getOrCreate(byId, plan.id, () => []).push(plan);
  // Built on the first name that is no plan's id: most links name an id, and resolving 1,000 paths costs ~1% of a lint.
  let byPath: Map<string, P> | undefined;
  const lookup = (name: string, from: P): PlanLookup<P> => {
    const candidates = byId.get(name);
    if (candidates?.length === 1) return { found: candidates[0]! };
    if (candidates && candidates.length > 1) return { ambiguous: candidates };
    byPath ??= new Map(plans.map((plan) => [resolve(baseDir, plan.file), plan]));
    const path = resolve(dirname(resolve(baseDir, from.file)), name);
    const plan = byPath.get(path) ?? (extname(path).toLowerCase() === '.md' ? undefined : byPath.get(`${path}.md`));
    return plan ? { found: plan } : { missing: true };
  };
  const parents = new Map<P, P | undefined>();
  const parentOf = (plan: P): P | undefined => {
    if (!plan.parent) return undefined;
    if (!parents.has(plan)) {
      const found = lookup(plan.parent, plan);
      parents.set(plan, 'found' in found ? found.found : undefined);
    }
    return parents.get(plan);
  };
  let children: Map<P, P[]> | undefined;
  const childrenOf = (plan: P): P[] => {
    if (!children) {
      children = new Map();
      for (const child of plans) {
        const parent = parentOf(child);
        if (parent && parent !== child) getOrCreate(children, parent, () => []).push(child);
      }
    }
    return children.get(plan) ?? [];
  };
  return { plans, byId, parentOf, isLinted: (plan) => linted.has(plan), lookup, childrenOf, complete };
}

const itemIndex = new WeakMap<PlanSummary, Map<string, SummaryItem>>();

/** The item of a plan with this ID (the first one, when an ID is used twice). */
export function findItem(plan: PlanSummary, id: string): SummaryItem | undefined {
  let index = itemIndex.get(plan);
  if (!index) {
    index = new Map();
    for (const item of plan.items) if (item.id && !index.has(idKey(item.id))) index.set(idKey(item.id), item);
    itemIndex.set(plan, index);
  }
  return index.get(idKey(id));
}

/** The plan itself, its parent, its parent's parent...; stops at a loop. */
export function ancestorsOf(graph: PlanGraph, plan: PlanSummary): PlanSummary[] {
  const chain: PlanSummary[] = [];
  for (let current = graph.parentOf(plan); current && current !== plan && !chain.includes(current); current = graph.parentOf(current)) {
    chain.push(current);
  }
  return chain;
}
