import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import type { ActiveRule } from '../config/resolve.js';
import { runRepoRules } from '../engine/run.js';
import type { PlanModel } from '../model/types.js';
import { ancestorsOf, buildGraph, type PlanGraph } from '../repo/graph.js';
import type { LintSettings } from '../rules/define.js';
import type { Diagnostic } from '../types.js';
import type { PlanCache, RepoMemo } from './plan-cache.js';

/**
 * Repo rules with --cache: after an edit, only the plans near a change are judged again.
 *
 * Every repo rule judges a plan by the plan itself and its neighbours: its parent and ancestors, its children, the
 * plans with its id, the plans it names (parent, `plan-id#ID`, by id or path; every plan with that id) and the plans
 * that name it. So while the skeleton of the graph (which plans there are, their ids, parents, kinds, periods) stays
 * the same, a plan whose neighbours and itself are unchanged keeps last run's findings. The plans near a change are
 * judged on a graph of them, their neighbours and ancestors. Any change to the skeleton judges every plan again.
 */

/** The plans a plan is linked with, in either direction as far as this plan's own text tells. */
export function linkedPlans(graph: PlanGraph, plan: PlanModel): Set<PlanModel> {
  const linked = new Set<PlanModel>();
  const add = (other: PlanModel | undefined) => {
    if (other && other !== plan) linked.add(other);
  };
  add(graph.parentOf(plan));
  graph.childrenOf(plan).forEach(add);
  graph.byId.get(plan.id)?.forEach(add);
  const names = new Set<string>();
  if (plan.parent) names.add(plan.parent);
  for (const item of plan.items) for (const field of item.fields) for (const ref of field.refs) if (ref.plan) names.add(ref.plan);
  for (const name of names) {
    graph.byId.get(name)?.forEach(add);
    const found = graph.lookup(name, plan);
    if ('found' in found) add(found.found);
  }
  return linked;
}

/** Which plans there are and how they hang together: what the memos of the last run were made on. */
export function skeletonKey(plans: readonly PlanModel[], linted: ReadonlySet<PlanModel>, cwd: string): string {
  const rows = plans.map((p) => [resolve(cwd, p.file), p.file, p.id, p.parent ?? '', p.kind ?? '', p.period ?? '', Object.hasOwn(p.frontMatter.data, 'id'), linted.has(p)] as const);
  rows.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return createHash('sha1').update(JSON.stringify([cwd, rows])).digest('base64');
}

/** Repo-rule findings by file, reusing the cache's for plans whose neighbourhood did not change; records new memos. */
export function repoFindingsWithCache(
  plans: readonly PlanModel[],
  linted: ReadonlySet<PlanModel>,
  rules: ActiveRule[],
  settings: LintSettings,
  cwd: string,
  cache: PlanCache,
): Map<string, Diagnostic[]> {
  const pathOf = (plan: PlanModel) => resolve(cwd, plan.file);
  // The whole graph is needed for a first run, or to see a changed plan's links; not when nothing changed.
  let whole: PlanGraph | undefined;
  const graph = () => (whole ??= buildGraph([...plans], linted, cwd));
  const skeleton = skeletonKey(plans, linted, cwd);
  const memos = new Map(plans.map((plan) => [plan, cache.repoMemo(skeleton, pathOf(plan))] as const));
  const complete = [...memos.values()].every((memo) => memo !== undefined);
  const neighbours = new Map<PlanModel, Set<PlanModel>>();
  let findings: Map<string, Diagnostic[]>;
  let judged: ReadonlySet<PlanModel>;
  if (!complete) {
    // First run, or the skeleton changed: judge every plan, and record every plan's links.
    findings = runRepoRules(graph(), rules, settings);
    judged = new Set(plans);
    for (const plan of plans) neighbours.set(plan, new Set());
    for (const plan of plans) {
      for (const other of linkedPlans(graph(), plan)) {
        neighbours.get(plan)!.add(other);
        neighbours.get(other)?.add(plan);
      }
    }
  } else {
    const byPath = new Map(plans.map((plan) => [pathOf(plan), plan] as const));
    const previous = (plan: PlanModel) => new Set(memos.get(plan)!.neighbours.flatMap((path) => byPath.get(path) ?? []));
    const changed = plans.filter((plan) => !cache.unchanged(pathOf(plan)));
    const dirty = new Set<PlanModel>(changed);
    for (const plan of changed) {
      const near = previous(plan);
      for (const other of linkedPlans(graph(), plan)) near.add(other);
      neighbours.set(plan, near);
      near.forEach((other) => dirty.add(other));
    }
    for (const plan of dirty) {
      if (neighbours.has(plan)) continue;
      const near = previous(plan);
      for (const other of changed) if (neighbours.get(other)!.has(plan)) near.add(other);
      neighbours.set(plan, near);
    }
    const scope = new Set<PlanModel>();
    for (const plan of dirty) {
      scope.add(plan);
      neighbours.get(plan)!.forEach((other) => scope.add(other));
      ancestorsOf(graph(), plan).forEach((other) => scope.add(other));
    }
    const judgedLinted = new Set([...dirty].filter((plan) => linted.has(plan)));
    // In the run's order of plans, as on the whole graph: messages list children in that order.
    findings = dirty.size === 0 ? new Map() : runRepoRules(buildGraph(plans.filter((plan) => scope.has(plan)), judgedLinted, cwd), rules, settings);
    judged = dirty;
  }
  const records = new Map<string, RepoMemo>();
  const out = new Map<string, Diagnostic[]>();
  for (const plan of plans) {
    const own = judged.has(plan) ? (findings.get(plan.file) ?? []) : memos.get(plan)!.findings;
    const near = neighbours.get(plan);
    const memo: RepoMemo = { neighbours: near ? [...near].map(pathOf) : memos.get(plan)!.neighbours };
    if (linted.has(plan)) {
      memo.findings = own ?? [];
      if (memo.findings.length > 0) out.set(plan.file, memo.findings);
    }
    records.set(pathOf(plan), memo);
  }
  cache.storeRepo(skeleton, records);
  return out;
}
