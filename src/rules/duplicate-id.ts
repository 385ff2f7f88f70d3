import { idKey } from '../model/ids.js';
import type { Item } from '../model/types.js';
import { defineRule, noOptions } from './define.js';

export default defineRule({
  id: 'duplicate-id',
  scope: 'plan',
  description: 'The same ID twice in one plan',
  defaultSeverity: 'error',
  fixable: false,
  options: noOptions,
  docs: {
    rationale: 'A reference such as "Goals: G2" must name exactly one item.',
    invalid: '- **G1** Grow ARR...\n- **G1** Meet the CFO...',
    valid: '- **G1** Grow ARR...\n- **G2** Meet the CFO...',
  },
  check({ plan, report }) {
    const first = new Map<string, Item>();
    for (const item of plan.items) {
      if (!item.id) continue;
      const earlier = first.get(idKey(item.id));
      if (!earlier) {
        first.set(idKey(item.id), item);
        continue;
      }
      report({
        message: `Duplicate ID "${item.id}": already used at line ${earlier.span.start.line}; give this item a new ID`,
        at: item.span,
        anchor: `item:${item.id}`,
      });
    }
  },
});
