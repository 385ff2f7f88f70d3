import { idKey } from '../model/ids.js';
import type { Item } from '../model/types.js';
import { anchorOf, defineRule, noOptions } from './define.js';

export default defineRule({
  id: 'duplicate-id',
  scope: 'plan',
  description: 'The same ID twice in one plan',
  defaultSeverity: 'error',
  fixable: false,
  messages: { duplicate: 'Duplicate ID "{{id}}": already used at line {{line}}; give this item a new ID' },
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
      report({ messageId: 'duplicate', data: { id: item.id, line: earlier.line }, at: item, anchor: anchorOf.item(item.id) });
    }
  },
});
