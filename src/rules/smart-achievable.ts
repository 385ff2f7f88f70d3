import { z } from '../zod.js';
import { parseAmount } from '../smart/amount.js';
import { findGrowth, growthBetween, type Growth } from '../smart/growth.js';
import type { Item } from '../model/types.js';
import { anchorOf, defineRule } from './define.js';
import { filledField } from '../model/item-fields.js';
import { smartItems } from './smart-context.js';
import { itemLabel } from './util.js';

const options = z
  .strictObject({
    maxGrowth: z.number().gt(1).default(2).describe('Largest target / baseline ratio treated as achievable (2 = doubling is fine, more is flagged)'),
  })
  .default({ maxGrowth: 2 });

/** The growth an item asks for: `Baseline:` and `Target:` fields first, else the statement's from -> to or "+30%". */
function growthOf(item: Item): Growth | undefined {
  const baseline = filledField(item, 'baseline');
  const target = filledField(item, 'target');
  const from = baseline && parseAmount(baseline.value);
  const to = target && parseAmount(target.value);
  const fromFields = from && to ? growthBetween(from, to) : undefined;
  return fromFields ?? findGrowth(item.statement);
}

function describe(growth: Growth): string {
  const ratio = `${Number(growth.ratio.toFixed(2))}x`;
  return growth.from && growth.to ? `${ratio} (from ${growth.from.text} to ${growth.to.text})` : `${ratio} (${growth.to?.text ?? ''})`;
}

export default defineRule({
  id: 'smart-achievable',
  scope: 'plan',
  description: 'Baseline -> target growth beyond the configured bound',
  defaultSeverity: 'warn',
  fixable: false,
  messages: {
    tooMuch:
      "{{item}} asks for {{growth}} growth, more than the {{maxGrowth}}x treated as achievable: lower the target, spread it over more periods, or raise smart-achievable's maxGrowth",
  },
  options,
  docs: {
    rationale:
      'A goal is Achievable when the growth it asks for is within what the team can deliver; by default a target more than double its baseline is flagged (option maxGrowth). Reductions are not checked.',
    invalid: '- **G1** Grow ACME ARR from $1.0M to $3.0M by year-end.',
    valid: '- **G1** Grow ACME ARR from $1.0M to $1.6M by year-end.',
  },
  check({ plan, options: { maxGrowth }, report }) {
    for (const item of smartItems(plan, ['goals', 'objectives'])) {
      const growth = growthOf(item);
      if (!growth || !Number.isFinite(growth.ratio) || growth.ratio <= maxGrowth) continue;
      report({ messageId: 'tooMuch', data: { item: itemLabel(item), growth: describe(growth), maxGrowth }, at: item, anchor: anchorOf.item(item.id) });
    }
  },
});
