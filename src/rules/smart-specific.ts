import { z } from '../zod.js';
import { assessSpecificity } from '../smart/specificity.js';
import { findQuantity } from '../smart/quantity.js';
import { anchorOf, defineRule } from './define.js';
import { filledField, keyResultsOf } from '../model/item-fields.js';
import { smartItems } from './smart-context.js';
import { itemLabel } from './util.js';

const options = z
  .strictObject({
    vagueWords: z
      .array(z.string().min(1).max(200, 'must be a word or phrase of at most 200 characters'))
      .default([])
      .describe('Extra filler words or phrases that make a goal vague (added to the built-in list)'),
  })
  .default({ vagueWords: [] });

export default defineRule({
  id: 'smart-specific',
  scope: 'plan',
  description: 'A goal or objective without a concrete action and object',
  defaultSeverity: 'warn',
  fixable: false,
  messages: { notSpecific: '{{item}} is not specific ({{reason}}): start with the action and name what it acts on (a verb and its object, and how much)' },
  options,
  docs: {
    rationale:
      'A goal is Specific when it says what will be done to what: an action and a concrete object, without filler such as "improve things", "do better", "maximize", "various" or "etc.". The action is read from English syntax, not a word list: any verb in the imperative or infinitive counts ("Walk the board through the cost model", "Team to send the proposal"). Filler counts only in its filler sense: "both lots of the framework" and "Great Britain" are not filler. See docs/judging-goals.md.',
    invalid: '- **G1** Improve the relationship with the customer.',
    valid: '- **G1** Meet 3 new decision makers in ACME finance by end of Q2.',
  },
  check({ plan, options: { vagueWords }, report }) {
    for (const item of smartItems(plan, ['goals', 'objectives'])) {
      // A Target field, or an OKR goal's key results (contract §3a: its measures), can carry the number.
      const numbered = [filledField(item, 'target'), ...keyResultsOf(item)].filter((field) => field !== undefined);
      const quantified = numbered.some((field) => findQuantity(field.value) !== undefined);
      const result = assessSpecificity(item.statement, vagueWords, quantified);
      if (result.specific) continue;
      report({ messageId: 'notSpecific', data: { item: itemLabel(item), reason: result.reason }, at: item, anchor: anchorOf.item(item.id) });
    }
  },
});
