import type { PlanSummary } from '../model/types.js';
import type { PlanGraph } from '../repo/graph.js';
import { anchorOf, defineRule, noOptions } from './define.js';
import { keyPlace } from './util.js';

/** Ids other plans name, as parent or in `plan-id#ID` references. */
function namedIds(graph: PlanGraph): Set<string> {
  const named = new Set<string>();
  for (const plan of graph.plans) {
    if (plan.parent) named.add(plan.parent);
    for (const item of plan.items) for (const field of item.fields) for (const ref of field.refs) if (ref.plan) named.add(ref.plan);
  }
  return named;
}

export default defineRule({
  id: 'duplicate-plan-id',
  scope: 'repo',
  description: 'Two plans in one repo with the same id',
  defaultSeverity: 'error',
  fixable: false,
  messages: { duplicate: 'Plan id "{{id}}" is also the id of {{others}}: give each plan its own id (front matter "id:")' },
  options: noOptions,
  docs: {
    rationale:
      'Plans point to each other by id (parent, plan-id#G1); two plans with one id make those links ambiguous. Plans whose ids only coincide by file name (accounts/a/fy2027.md, accounts/b/fy2027.md) are reported once some plan names that id.',
    invalid: 'accounts/acme.md and accounts/acme-copy.md both with "id: acme-fy2027"',
    valid: 'accounts/acme.md with "id: acme-fy2027" and accounts/acme-copy.md with "id: acme-eu-fy2027"',
  },
  check({ graph, report }) {
    let named: Set<string> | undefined;
    for (const [id, plans] of graph.byId) {
      if (plans.length < 2) continue;
      const declared = plans.some((plan) => plan.headPlaces.keys.id !== undefined);
      if (!declared && !(named ??= namedIds(graph)).has(id)) continue;
      for (const plan of plans) {
        if (!graph.isLinted(plan)) continue;
        const others = plans.filter((other) => other !== plan).map((other: PlanSummary) => other.file);
        report({ plan, messageId: 'duplicate', data: { id, others: others.join(', ') }, at: keyPlace(plan, 'id'), anchor: anchorOf.frontmatter('id') });
      }
    }
  },
});
