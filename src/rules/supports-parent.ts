import { ancestorsOf } from '../repo/graph.js';
import { supportsOf } from '../repo/references.js';
import { anchorOf, defineRule, noOptions } from './define.js';
import { itemLabel, itemsIn } from './util.js';

export default defineRule({
  id: 'supports-parent',
  scope: 'repo',
  description: 'In a plan with a parent, a goal that supports no parent item',
  defaultSeverity: 'error',
  fixable: false,
  messages: { noSupports: '{{item}} supports no item of the parent plan "{{parent}}"{{elsewhere}}: add a field such as "- Supports: {{example}}"' },
  options: noOptions,
  docs: {
    rationale: "A rep's or team's goal that supports nothing above it is effort the company did not ask for; alignment means every goal traces up.",
    invalid: '- **G1** Grow ARR from $2.0M to $2.6M by 2027-12-31.\n  - Opportunities: O1',
    valid: '- **G1** Grow ARR from $2.0M to $2.6M by 2027-12-31.\n  - Opportunities: O1\n  - Supports: emea-fy2027#G2',
  },
  check({ graph, report }) {
    for (const plan of graph.plans) {
      if (!graph.isLinted(plan) || !plan.parent) continue;
      const parent = graph.parentOf(plan);
      const above = new Set(ancestorsOf(graph, plan));
      for (const goal of itemsIn(plan, 'goals')) {
        if (goal.placeholder) continue;
        const supports = supportsOf(graph, plan, goal);
        // An unqualified ID means the parent; a reference that does not resolve is unresolved-reference's to report.
        const upward = supports.some(({ ref, resolution }) => ref.plan === undefined || !parent || resolution.status !== 'found' || above.has(resolution.plan));
        if (upward) continue;
        const parentName = parent?.id ?? plan.parent;
        const example = `${parentName}#${(parent && itemsIn(parent, 'goals')[0]?.id) ?? 'G1'}`;
        const elsewhere = supports.length > 0 ? ` (it supports ${supports.map((s) => s.ref.raw).join(', ')} only)` : '';
        report({
          plan,
          messageId: 'noSupports',
          data: { item: itemLabel(goal), parent: parentName, elsewhere, example },
          at: goal,
          anchor: anchorOf.item(goal.id),
        });
      }
    }
  },
});
