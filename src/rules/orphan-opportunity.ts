import { idKey } from '../model/ids.js';
import { defineRule, noOptions } from './define.js';
import { itemLabel, itemsIn, referencedIds } from './util.js';

export default defineRule({
  id: 'orphan-opportunity',
  scope: 'plan',
  description: 'An opportunity that no goal pursues',
  defaultSeverity: 'warn',
  fixable: false,
  options: noOptions,
  docs: {
    rationale: 'An opportunity the analysis found but no goal pursues is either a goal not yet written or an opportunity worth dropping.',
  },
  check({ plan, report }) {
    const pursued = referencedIds(plan, 'goals', 'opportunities');
    for (const opportunity of itemsIn(plan, 'opportunities')) {
      if (!opportunity.id || pursued.has(idKey(opportunity.id))) continue;
      report({
        message: `${itemLabel(opportunity)} is pursued by no goal: add "- Opportunities: ${opportunity.id}" to a goal, or drop it`,
        at: opportunity.span,
        anchor: `item:${opportunity.id}`,
      });
    }
  },
});
