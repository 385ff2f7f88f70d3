import { findGrowth } from '../smart/growth.js';
import { findQuantity } from '../smart/quantity.js';
import type { Item } from '../model/types.js';
import { defineRule, noOptions } from './define.js';
import { filledField, itemAnchor, smartItems } from './smart-context.js';
import { itemLabel } from './util.js';

/** A quantity in the statement, a from -> to, a `Metric:` named, or a `Baseline:`/`Target:` with a number. */
function isMeasurable(item: Item): boolean {
  if (findQuantity(item.statement) || findGrowth(item.statement)) return true;
  if (filledField(item, 'metric')) return true;
  // An OKR goal is measured by its key results (contract 3a).
  if (item.fields.some((f) => f.name === 'keyResult' && (findQuantity(f.value) || findGrowth(f.value)))) return true;
  return (['target', 'baseline'] as const).some((name) => {
    const field = filledField(item, name);
    return field !== undefined && findQuantity(field.value) !== undefined;
  });
}

export default defineRule({
  id: 'smart-measurable',
  scope: 'plan',
  description: 'A goal without a quantity',
  defaultSeverity: 'error',
  fixable: false,
  options: noOptions,
  docs: {
    rationale: 'A goal is Measurable when it states a quantity (a number, percentage, currency amount, count of a unit, a rate) or a from -> to change, so that at the review everyone agrees whether it was met. `Metric:`, `Baseline:` and `Target:` fields count.',
    invalid: '- **G1** Grow the ACME account by year-end.',
    valid: '- **G1** Grow ACME ARR from $2.0M to $2.6M by year-end.',
  },
  check({ plan, report }) {
    for (const item of smartItems(plan, ['goals'])) {
      if (isMeasurable(item)) continue;
      report({
        message: `${itemLabel(item)} has no measure: add a number such as "from $2.0M to $2.6M ARR" or "3 new logos", or a field "- Target: ..."`,
        at: item.span,
        ...itemAnchor(item),
      });
    }
  },
});
