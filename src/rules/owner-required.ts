import { isPlaceholder } from '../model/placeholders.js';
import { anchorOf, defineRule, noOptions } from './define.js';
import { fieldValue, itemLabel } from './util.js';

export default defineRule({
  id: 'owner-required',
  scope: 'plan',
  description: 'A goal or objective with no owner',
  defaultSeverity: 'warn',
  fixable: false,
  messages: { noOwner: '{{item}} has no owner: add a field such as "- Owner: {{owner}}"' },
  options: noOptions,
  docs: {
    rationale: "Accountability: a goal or objective that nobody owns is nobody's job.",
    invalid: '- **G1** Grow ARR by 20% by Q4.',
    valid: '- **G1** Grow ARR by 20% by Q4.\n  - Owner: Dana Reyes',
  },
  check({ plan, report }) {
    for (const item of plan.items) {
      if (item.section !== 'goals' && item.section !== 'objectives') continue;
      const owner = fieldValue(item, 'owner');
      if (owner && !isPlaceholder(owner)) continue;
      report({ messageId: 'noOwner', data: { item: itemLabel(item), owner: plan.owner ?? 'Dana Reyes' }, at: item, anchor: anchorOf.item(item.id) });
    }
  },
});
