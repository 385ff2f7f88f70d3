import { findGrowth } from '../smart/growth.js';
import { measuresTheAim, isMilestone } from '../smart/milestone.js';
import { findQuantities, findQuantity } from '../smart/quantity.js';
import type { Item, PlanModel } from '../model/types.js';
import { parseAmount } from '../smart/amount.js';
import { anchorOf, defineRule, noOptions } from './define.js';
import { filledField, keyResultsOf } from '../model/item-fields.js';
import { smartItems } from './smart-context.js';
import { itemLabel } from './util.js';

/**
 * A quantity in the statement that measures the aim, a from -> to, a `Baseline:`/`Target:` with a number, or a
 * milestone (one verifiable event). A `Metric:` only names the KPI: it is not a quantity.
 */
function isMeasurable(item: Item): boolean {
  if (findGrowth(item.statement) || measuresTheAim(item.statement, findQuantities(item.statement))) return true;
  if (isMilestone(item.statement)) return true;
  // An OKR goal is measured by its key results (contract 3a).
  if (keyResultsOf(item).some((keyResult) => findQuantity(keyResult.value) || findGrowth(keyResult.value))) return true;
  return (['target', 'baseline'] as const).some((name) => {
    const field = filledField(item, name);
    return field !== undefined && findQuantity(field.value) !== undefined;
  });
}

/** The kinds of number to suggest, in the plan's own currency when it uses one (contract "Messages"). */
function measureKinds(plan: PlanModel): string {
  const texts = plan.items.flatMap((item) => [item.statement, ...item.fields.map((f) => f.value)]);
  const amount = texts.map((text) => parseAmount(text)).find((a) => a?.unit === 'currency');
  const currency = amount ? (/^[^\d\s]+/.exec(amount.text)?.[0] ?? amount.currency) : undefined;
  return `a count, ${currency ? `an amount in ${currency}` : 'an amount'}, a percentage, or "from ... to ..."`;
}

export default defineRule({
  id: 'smart-measurable',
  scope: 'plan',
  description: 'A goal without a quantity',
  defaultSeverity: 'error',
  fixable: false,
  messages: { noMeasure: '{{item}} has no measure: add the number that will show it was met ({{kinds}}), or a field "- Target: ..."' },
  options: noOptions,
  docs: {
    rationale:
      'A goal is Measurable when at the review everyone agrees whether it was met: it states a quantity (a number, percentage, currency amount, count of a unit, a rate) or a from -> to change, or it is a milestone, one verifiable event such as "Sign the MSA with Initech by June" or "Hire a UK mid-market manager by end of March". A continuous aim ("Grow the pipeline", "Expand subscriptions at two sites") needs a quantity. `Baseline:` and `Target:` fields with a number count; a `Metric:` field only names the KPI and is no quantity. See docs/judging-goals.md.',
    invalid: '- **G1** Grow the ACME account by year-end.',
    valid: '- **G1** Grow ACME ARR from $2.0M to $2.6M by year-end.',
  },
  check({ plan, report }) {
    for (const item of smartItems(plan, ['goals'])) {
      if (isMeasurable(item)) continue;
      report({ messageId: 'noMeasure', data: { item: itemLabel(item), kinds: measureKinds(plan) }, at: item, anchor: anchorOf.item(item.id) });
    }
  },
});
