import type { Alignment } from './build.js';

/** The alignment as nodes and edges: every goal once, an edge from each goal to the goal it supports. */
export function renderGraphJson(alignment: Alignment): string {
  const edges = alignment.goals.flatMap((goal) => goal.supports.map((target) => ({ from: goal.key, to: target })));
  const nodes = alignment.goals.map(({ supports: _s, supportedBy: _b, ...goal }) => goal);
  return `${JSON.stringify({ plans: alignment.plans, nodes, edges, roots: alignment.roots, unaligned: alignment.unaligned }, null, 2)}\n`;
}
