import type { Alignment } from './build.js';
import { diagramIds, goalCaption, goalsByPlan, planCaption } from './diagram.js';

/** Mermaid's entity codes keep quotes and angle brackets from ending a label. */
function text(value: string): string {
  return value.replace(/[&"<>#]/g, (ch) => ({ '&': '#amp;', '"': '#quot;', '<': '#lt;', '>': '#gt;', '#': '#35;' })[ch]!);
}

/**
 * The alignment as a Mermaid flowchart in a ```mermaid fence, so that it renders as-is in a GitHub Markdown file or
 * PR comment: one box per plan, its goals inside, an arrow from each goal to the goal it supports (top plans on top).
 */
export function renderMermaid(alignment: Alignment): string {
  const ids = diagramIds(alignment);
  const out = ['```mermaid', 'flowchart BT'];
  for (const [plan, goals] of goalsByPlan(alignment)) {
    out.push(`  subgraph ${ids.plan.get(plan.id)}["${text(planCaption(plan))}"]`);
    for (const goal of goals) {
      const status = goal.status ? `<br/><i>${text(goal.status)}</i>` : '';
      out.push(`    ${ids.goal.get(goal.key)}["${text(goalCaption(goal))}${status}"]`);
    }
    out.push('  end');
  }
  for (const goal of alignment.goals) {
    for (const target of goal.supports) out.push(`  ${ids.goal.get(goal.key)} --> ${ids.goal.get(target)}`);
  }
  const unsupported = alignment.goals.filter((g) => g.unsupported).map((g) => ids.goal.get(g.key));
  if (unsupported.length > 0) {
    out.push('  classDef unsupported stroke:#d73a49,stroke-width:2px,stroke-dasharray:5 3', `  class ${unsupported.join(',')} unsupported`);
  }
  out.push('```');
  return `${out.join('\n')}\n`;
}
