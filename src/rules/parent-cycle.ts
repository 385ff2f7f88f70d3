import type { PlanSummary } from '../model/types.js';
import type { PlanGraph } from '../repo/graph.js';
import { anchorOf, defineRule, noOptions } from './define.js';
import { keyPlace } from './util.js';

/** Every loop of `parent` links, each as the plans in order (a plan that is its own parent is a loop of one). */
export function parentCycles(graph: PlanGraph): PlanSummary[][] {
  const state = new Map<PlanSummary, 'visiting' | 'done'>();
  const cycles: PlanSummary[][] = [];
  for (const start of graph.plans) {
    const path: PlanSummary[] = [];
    let current: PlanSummary | undefined = start;
    while (current && !state.has(current)) {
      state.set(current, 'visiting');
      path.push(current);
      current = graph.parentOf(current);
    }
    if (current && state.get(current) === 'visiting') cycles.push(path.slice(path.indexOf(current)));
    for (const plan of path) state.set(plan, 'done');
  }
  return cycles;
}

export default defineRule({
  id: 'parent-cycle',
  scope: 'repo',
  description: 'A chain of parents that loops',
  defaultSeverity: 'error',
  fixable: false,
  messages: { loop: 'The chain of parents loops ({{chain}}): one of these plans must name a different parent, or none' },
  options: noOptions,
  docs: {
    rationale:
      'Alignment runs from rep to company and ends at the top; a plan that is (indirectly) its own parent has no top, and nothing in the loop aligns to anything.',
    invalid: 'a.md "parent: b", b.md "parent: a"',
    valid: 'a.md "parent: b", b.md without a parent',
  },
  check({ graph, report }) {
    for (const cycle of parentCycles(graph)) {
      const chain = [...cycle, cycle[0]!].map((plan) => plan.id).join(' → ');
      for (const plan of cycle) {
        if (!graph.isLinted(plan)) continue;
        report({ plan, messageId: 'loop', data: { chain }, at: keyPlace(plan, 'parent'), anchor: anchorOf.frontmatter('parent') });
      }
    }
  },
});
