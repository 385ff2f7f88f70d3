import { type LintOptions, loadGraph } from '../api.js';
import type { InputFailure } from '../files/discover.js';
import { idKey } from '../model/ids.js';
import type { SummaryItem, PlanSummary } from '../model/types.js';
import { childrenToCheck } from '../repo/coverage.js';
import { supportersIndex, supportsOf } from '../repo/references.js';
import { reviewResult } from '../model/review.js';
import type { PlanGraph } from '../repo/graph.js';
import { fieldValue } from '../rules/util.js';

export interface AlignmentPlan {
  id: string;
  file: string;
  title?: string;
  kind?: string;
  period?: string;
  owner?: string;
  /** The parent plan's id, when it resolves. */
  parent?: string;
}

export interface AlignmentGoal {
  /** `plan-id#ID`, unique in the alignment. */
  key: string;
  plan: string;
  /** goal, or objective (objectives appear only when they support another plan's item). */
  type: 'goal' | 'objective';
  id?: string;
  statement: string;
  file: string;
  line: number;
  /** The Status field, else the Review result (Met, Missed...). */
  status?: string;
  /** Keys of the items of other plans this one supports. */
  supports: string[];
  /** Keys of the items of other plans that support this one. */
  supportedBy: string[];
  /** Nobody supports it although its plan is one that others align to (it has child plans, or is a company, region or team plan). */
  unsupported: boolean;
}

export interface Alignment {
  plans: AlignmentPlan[];
  goals: AlignmentGoal[];
  /** Keys of the top goals: goals of plans without a parent that support nothing. */
  roots: string[];
  /** Keys of goals that reach no top goal: in a plan with a parent, they support nothing (or only each other). */
  unaligned: string[];
}

const ALIGNED_TO: ReadonlySet<string> = new Set(['company', 'region', 'team']);

function statusOf(plan: PlanSummary, item: SummaryItem): string | undefined {
  const status = fieldValue(item, 'status');
  if (status) return status.toLowerCase();
  const review = item.id ? plan.reviewItems.find((r) => r.id && idKey(r.id) === idKey(item.id!)) : undefined;
  return review ? reviewResult(review)?.toLowerCase() : undefined;
}

/** Plans ordered from the top down (parents before children), then by id; a plan in a parent loop comes last. */
function topDown(graph: PlanGraph): PlanSummary[] {
  const depth = new Map<PlanSummary, number>();
  const depthOf = (plan: PlanSummary, seen: Set<PlanSummary> = new Set()): number => {
    if (depth.has(plan)) return depth.get(plan)!;
    const parent = graph.parentOf(plan);
    const value = !parent || parent === plan || seen.has(parent) ? 0 : depthOf(parent, seen.add(plan)) + 1;
    depth.set(plan, value);
    return value;
  };
  return [...graph.plans].sort((a, b) => depthOf(a) - depthOf(b) || a.id.localeCompare(b.id) || a.file.localeCompare(b.file));
}

/**
 * The plans an alignment shows: the graph's linted plans, the plans above them and the plans below them (a plans repo
 * loaded only to resolve links adds its other plans to the graph, not to the alignment).
 */
export function plansShown(graph: PlanGraph): Set<PlanSummary> {
  const shown = new Set<PlanSummary>();
  const showBelow = (plan: PlanSummary): void => {
    for (const child of graph.childrenOf(plan)) {
      if (shown.has(child)) continue;
      shown.add(child);
      showBelow(child);
    }
  };
  for (const plan of graph.plans) {
    if (!graph.isLinted(plan)) continue;
    for (let current: PlanSummary | undefined = plan; current && !shown.has(current); current = graph.parentOf(current)) shown.add(current);
    showBelow(plan);
  }
  return shown;
}

/**
 * Who supports whom, from the company's goals down to each rep's, over the plans shown (plansShown). A goal is
 * unsupported when no plan of the graph supports it, shown or not.
 */
export function buildAlignment(graph: PlanGraph, fiscalYearStart = 1): Alignment {
  const shown = plansShown(graph);
  const supporters = supportersIndex(graph);
  const plans = topDown(graph).filter((plan) => shown.has(plan));
  const goals = new Map<string, AlignmentGoal>();
  const keyOf = new Map<SummaryItem, string>();
  for (const plan of plans) {
    const supporting = new Set(
      supportsOf(graph, plan)
        .filter((s) => s.resolution.status === 'found')
        .map((s) => s.item),
    );
    const expected = childrenToCheck(graph, plan, fiscalYearStart).length > 0 || (graph.childrenOf(plan).length === 0 && ALIGNED_TO.has(plan.kind ?? ''));
    plan.items.forEach((item, index) => {
      if (item.placeholder || !(item.section === 'goals' || (item.section === 'objectives' && supporting.has(item)))) return;
      const key = `${plan.id}#${item.id ?? `#${index + 1}`}`;
      if (goals.has(key)) return; // A duplicate ID (duplicate-id reports it): the first one stands.
      keyOf.set(item, key);
      const goal: AlignmentGoal = {
        key,
        plan: plan.id,
        type: item.section === 'goals' ? 'goal' : 'objective',
        statement: item.statement,
        file: plan.file,
        line: item.line,
        supports: [],
        supportedBy: [],
        unsupported: item.section === 'goals' && expected && supporters(plan, item).length === 0,
      };
      if (item.id) goal.id = item.id;
      const status = statusOf(plan, item);
      if (status) goal.status = status;
      goals.set(key, goal);
    });
  }
  for (const plan of plans) {
    for (const { item, resolution } of supportsOf(graph, plan)) {
      if (resolution.status !== 'found' || resolution.plan === plan) continue;
      const from = keyOf.get(item);
      const to = keyOf.get(resolution.item) ?? (resolution.item.id ? `${resolution.plan.id}#${resolution.item.id}` : undefined);
      const target = to ? goals.get(to) : undefined;
      if (!from || !target || goals.get(from)!.supports.includes(target.key)) continue;
      goals.get(from)!.supports.push(target.key);
      target.supportedBy.push(from);
    }
  }
  const byPlan = new Map(plans.map((plan) => [plan.id, plan]));
  const roots = [...goals.values()].filter((g) => g.supports.length === 0 && !graph.parentOf(byPlan.get(g.plan)!)).map((g) => g.key);
  const reached = new Set<string>();
  const visit = (key: string) => {
    if (reached.has(key)) return;
    reached.add(key);
    for (const child of goals.get(key)!.supportedBy) visit(child);
  };
  roots.forEach(visit);
  const unaligned = [...goals.values()].filter((g) => !reached.has(g.key) && g.type === 'goal').map((g) => g.key);
  return { plans: plans.map(describePlan(graph)), goals: [...goals.values()], roots, unaligned };
}

function describePlan(graph: PlanGraph): (plan: PlanSummary) => AlignmentPlan {
  return (plan) => {
    const out: AlignmentPlan = { id: plan.id, file: plan.file };
    if (plan.title) out.title = plan.title;
    if (plan.kind) out.kind = plan.kind;
    if (plan.period) out.period = plan.period;
    if (plan.owner) out.owner = plan.owner;
    const parent = graph.parentOf(plan);
    if (parent && parent !== plan) out.parent = parent.id;
    return out;
  };
}

/** Who supports whom across the plans of files, folders and globs (for `plan tree` and `plan graph`). */
export async function alignFiles(
  patterns: string[],
  options: LintOptions = {},
): Promise<{ alignment: Alignment; failures: InputFailure[]; skipped: string[] }> {
  const { graph, failures, skipped, config } = await loadGraph(patterns, options);
  return { alignment: buildAlignment(graph, config.settings.fiscalYearStart), failures, skipped };
}
