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

/** Text longer than `max` cut at a word boundary (a diagram box or a tree line reads better with whole words), with "…". */
export function shorten(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max).replace(/\s+\S*$/, '')}…` : text;
}

export function goalCaption(goal: AlignmentGoal): string {
  return `${goal.id ?? ''} ${shorten(goal.statement, 60)}`.trim();
}

/** Goals grouped by their plan, in the alignment's plan order (top down). */
export function goalsByPlan(alignment: Alignment): [AlignmentPlan, AlignmentGoal[]][] {
  return alignment.plans
    .map((plan): [AlignmentPlan, AlignmentGoal[]] => [plan, alignment.goals.filter((g) => g.plan === plan.id)])
    .filter(([, goals]) => goals.length > 0);
}
