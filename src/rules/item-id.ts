import { defineRule, noOptions } from './define.js';
import { ID_PREFIX, itemLabel, sectionNoun } from './util.js';

export default defineRule({
  id: 'item-id',
  scope: 'plan',
  description: "An item without an ID, or an ID that isn't one",
  defaultSeverity: 'error',
  fixable: false,
  options: noOptions,
  docs: {
    rationale: 'Items are linked by ID: goals to opportunities, objectives to goals, contingencies to risks, and team goals to company goals. An item without an ID cannot be linked or tracked from quarter to quarter.',
    invalid: '## Goals\n\n- Grow ARR by 20% by Q4.',
    valid: '## Goals\n\n- **G1** Grow ARR by 20% by Q4.',
  },
  check({ plan, report }) {
    for (const item of plan.items) {
      if (item.id) continue;
      const example = `${ID_PREFIX[item.section] ?? 'X'}1`;
      const message = item.invalidId
        ? `"${item.invalidId}" is not a valid ID: use a letter prefix and a number, such as ${example} or OPP-2`
        : `${itemLabel(item)} has no ID: start it with one, such as "**${example}**"`;
      report({ message, at: item.span });
    }
    for (const item of plan.reviewItems) {
      if (item.id || item.placeholder) continue;
      report({ message: `${sectionNoun('review')} has no goal ID: start it with the goal's ID, such as "**G1** Met — ..."`, at: item.span });
    }
  },
});
