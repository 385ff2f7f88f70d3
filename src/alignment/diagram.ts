import type { Alignment, AlignmentGoal, AlignmentPlan } from './build.js';

/** Short, safe node ids (n0, n1...) for goals and plans, shared by the Mermaid and DOT renderers. */
export function diagramIds(alignment: Alignment): { goal: Map<string, string>; plan: Map<string, string> } {
  return {
    goal: new Map(alignment.goals.map((g, i) => [g.key, `g${i}`])),
    plan: new Map(alignment.plans.map((p, i) => [p.id, `p${i}`])),
  };
}

export function planCaption(plan: AlignmentPlan): string {
  const about = [plan.kind, plan.period].filter(Boolean).join(', ');
  return about ? `${plan.id} (${about})` : plan.id;
}

export function goalCaption(goal: AlignmentGoal, max = 60): string {
  // Cut at a word boundary: a diagram box reads better with whole words.
  const statement = goal.statement.length > max ? `${goal.statement.slice(0, max).replace(/\s+\S*$/, '')}…` : goal.statement;
  return `${goal.id ?? ''} ${statement}`.trim();
}

/** Goals grouped by their plan, in the alignment's plan order (top down). */
export function goalsByPlan(alignment: Alignment): [AlignmentPlan, AlignmentGoal[]][] {
  return alignment.plans
    .map((plan): [AlignmentPlan, AlignmentGoal[]] => [plan, alignment.goals.filter((g) => g.plan === plan.id)])
    .filter(([, goals]) => goals.length > 0);
}
