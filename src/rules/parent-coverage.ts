import { childrenToCheck } from '../repo/coverage.js';
import { supportersIndex } from '../repo/references.js';
import { anchorOf, defineRule, noOptions } from './define.js';
import { itemLabel, itemsIn } from './util.js';

/** "a, b, c and 2 more" */
function listNames(names: string[], max = 3): string {
  return names.length <= max ? names.join(', ') : `${names.slice(0, max).join(', ')} and ${names.length - max} more`;
}

export default defineRule({
  id: 'parent-coverage',
  scope: 'repo',
  description: "A parent's goal that no child plan supports (needs the whole repo)",
  defaultSeverity: 'warn',
  fixable: false,
  messages: { unsupported: '{{item}} is supported by no child plan ({{children}}): add "Supports: {{ref}}" to one of their goals, or drop the goal' },
  options: noOptions,
  docs: {
    rationale:
      'A company or team goal that no plan below it supports is a goal nobody is working on. Only plans that have child plans are checked (a plan linted without its children is not reported), and a yearly plan is checked against its quarter plans once there is one for every quarter.',
    invalid: 'company-fy2027.md:\n- **G3** Win 20 new enterprise logos by 2027-12-31.\n(no team plan has "Supports: company-fy2027#G3")',
    valid: 'teams/emea-fy2027.md:\n- **G2** Win 6 new enterprise logos in EMEA by 2027-12-31.\n  - Supports: company-fy2027#G3',
  },
  check({ graph, settings, report }) {
    const supportersOf = supportersIndex(graph);
    for (const plan of graph.plans) {
      if (!graph.isLinted(plan)) continue;
      const children = childrenToCheck(graph, plan, settings.fiscalYearStart);
      if (children.length === 0) continue;
      for (const goal of itemsIn(plan, 'goals')) {
        if (!goal.id || goal.placeholder || supportersOf(plan, goal).length > 0) continue;
        report({
          plan,
          messageId: 'unsupported',
          data: { item: itemLabel(goal), children: listNames(children.map((c) => c.id)), ref: `${plan.id}#${goal.id}` },
          at: goal,
          anchor: anchorOf.item(goal.id),
        });
      }
    }
  },
});
