import { dirname, extname, resolve } from 'node:path';
import type { PlanModel } from '../model/types.js';
import type { PlanGraph } from '../rules/define.js';

/** Builds the graph of all plans of a run once; `linted` are the plans whose findings are reported. */
export function buildGraph(plans: PlanModel[], linted: ReadonlySet<PlanModel> = new Set(plans)): PlanGraph {
  const byId = new Map<string, PlanModel[]>();
  const byPath = new Map<string, PlanModel>();
  for (const plan of plans) {
    const list = byId.get(plan.id);
    if (list) list.push(plan);
    else byId.set(plan.id, [plan]);
    byPath.set(resolve(plan.file), plan);
  }
  const parents = new Map<PlanModel, PlanModel | undefined>();
  const parentOf = (plan: PlanModel): PlanModel | undefined => {
    if (!plan.parent) return undefined;
    if (parents.has(plan)) return parents.get(plan);
    const parent = resolvePlan(plan.parent, plan, byId, byPath);
    parents.set(plan, parent);
    return parent;
  };
  return { plans, byId, parentOf, isLinted: (plan) => linted.has(plan) };
}

/** A plan named by id, or by a path relative to the naming plan (with or without `.md`). */
export function resolvePlan(name: string, from: PlanModel, byId: Map<string, PlanModel[]>, byPath: Map<string, PlanModel>): PlanModel | undefined {
  const candidates = byId.get(name);
  if (candidates?.length === 1) return candidates[0];
  if (candidates && candidates.length > 1) return undefined;
  const path = resolve(dirname(resolve(from.file)), name);
  return byPath.get(path) ?? (extname(path) === '.md' ? undefined : byPath.get(`${path}.md`));
}
