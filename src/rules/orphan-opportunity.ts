import { idKey } from '../model/ids.js';
import { anchorOf, defineRule, noOptions } from './define.js';
import { itemLabel, itemsIn, referencedIds } from './util.js';

export default defineRule({
  id: 'orphan-opportunity',
  scope: 'plan',
  description: 'An opportunity that no goal pursues',
  defaultSeverity: 'warn',
  fixable: false,
  messages: { orphan: '{{item}} is pursued by no goal: add "- Opportunities: {{id}}" to a goal, or drop it' },
  options: noOptions,
  docs: {
    rationale: 'An opportunity the analysis found but no goal pursues is either a goal not yet written or an opportunity worth dropping.',
    invalid:
      '## Opportunities\n\n- **O1** Upsell analytics to the finance team.\n- **O2** Replace the incumbent reporting tool.\n\n## Goals\n\n- **G1** Grow ARR from $2.0M to $2.6M by 2027-12-31.\n  - Opportunities: O1',
    valid:
      '## Opportunities\n\n- **O1** Upsell analytics to the finance team.\n- **O2** Replace the incumbent reporting tool.\n\n## Goals\n\n- **G1** Grow ARR from $2.0M to $2.6M by 2027-12-31.\n  - Opportunities: O1, O2',
  },
  check({ plan, report }) {
    const pursued = referencedIds(plan, 'goals', 'opportunities');
    for (const opportunity of itemsIn(plan, 'opportunities')) {
      if (!opportunity.id || pursued.has(idKey(opportunity.id))) continue;
      report({ messageId: 'orphan', data: { item: itemLabel(opportunity), id: opportunity.id }, at: opportunity, anchor: anchorOf.item(opportunity.id) });
    }
  },
});
