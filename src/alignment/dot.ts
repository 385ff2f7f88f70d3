import type { Alignment } from './build.js';
import { diagramIds, goalCaption, goalsByPlan, planCaption } from './diagram.js';

function quoted(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`;
}

/** The alignment as a Graphviz digraph: a cluster per plan, an edge from each goal to the goal it supports. */
export function renderDot(alignment: Alignment): string {
  const ids = diagramIds(alignment);
  const out = ['digraph alignment {', '  rankdir=BT;', '  node [shape=box, style=rounded, fontname="Helvetica"];'];
  for (const [plan, goals] of goalsByPlan(alignment)) {
    out.push(`  subgraph cluster_${ids.plan.get(plan.id)} {`, `    label=${quoted(planCaption(plan))};`);
    for (const goal of goals) {
      const label = goal.status ? `${goalCaption(goal)}\n${goal.status}` : goalCaption(goal);
      const style = goal.unsupported ? ', color="#d73a49", style="rounded,dashed"' : '';
      out.push(`    ${ids.goal.get(goal.key)} [label=${quoted(label)}${style}];`);
    }
    out.push('  }');
  }
  for (const goal of alignment.goals) {
    for (const target of goal.supports) out.push(`  ${ids.goal.get(goal.key)} -> ${ids.goal.get(target)};`);
  }
  out.push('}');
  return `${out.join('\n')}\n`;
}
