import { idKey } from '../model/ids.js';
import type { SectionKey } from '../model/sections.js';
import type { Item, PlanModel } from '../model/types.js';
import { defineRule, noOptions } from './define.js';
import { ID_PREFIX, itemLabel, SECTION_NOUN } from './util.js';

/**
 * IDs free in the plan, one per item without a valid ID, in the prefix its section's items use (else the
 * template's): after the highest number of that prefix, so the suggestion never names an item that exists.
 */
export function freeIds(plan: PlanModel, items: readonly Item[]): Map<Item, string> {
  const used = new Set(plan.items.flatMap((item) => (item.id ? [idKey(item.id)] : [])));
  const out = new Map<Item, string>();
  const next = new Map<SectionKey, { prefix: string; number: number }>();
  for (const item of items) {
    let counter = next.get(item.section);
    if (!counter) {
      const prefix = sectionPrefix(plan, item.section);
      const numbers = plan.items.flatMap((other) => {
        const m = other.id && new RegExp(`^${prefix.replace('-', '\\-')}(\\d+)$`, 'i').exec(other.id);
        return m ? [Number(m[1])] : [];
      });
      counter = { prefix, number: Math.max(0, ...numbers) };
      next.set(item.section, counter);
    }
    let id: string;
    do id = `${counter.prefix}${++counter.number}`;
    while (used.has(idKey(id)));
    used.add(idKey(id));
    out.set(item, id);
  }
  return out;
}

/** The prefix most IDs of the section use (`OPP-` in a plan that writes OPP-1, OPP-2), else the template's. */
function sectionPrefix(plan: PlanModel, section: SectionKey): string {
  const counts = new Map<string, number>();
  for (const item of plan.items) {
    const m = item.section === section && item.id ? /^([A-Za-z]{1,10}-?)\d+$/.exec(item.id) : null;
    if (m) counts.set(m[1]!, (counts.get(m[1]!) ?? 0) + 1);
  }
  const best = [...counts].sort((a, b) => b[1] - a[1])[0];
  return best?.[0] ?? ID_PREFIX[section] ?? 'X';
}

export default defineRule({
  id: 'item-id',
  scope: 'plan',
  description: "An item without an ID, or an ID that isn't one",
  defaultSeverity: 'error',
  fixable: false,
  messages: {
    invalidId: '"{{invalid}}" is not a valid ID: use a letter prefix and a number that is free, such as {{id}}',
    noId: '{{item}} has no ID: {{where}}',
    reviewNoId: '{{item}} has no goal ID: start it with the goal\'s ID, such as "**G1** Met — ..."',
  },
  options: noOptions,
  docs: {
    rationale:
      'Items are linked by ID: goals to opportunities, objectives to goals, contingencies to risks, and team goals to company goals. An item without an ID cannot be linked or tracked from quarter to quarter.',
    invalid: '## Goals\n\n- Grow ARR by 20% by Q4.',
    valid: '## Goals\n\n- **G1** Grow ARR by 20% by Q4.',
  },
  check({ plan, report }) {
    const suggestions = freeIds(
      plan,
      plan.items.filter((item) => !item.id),
    );
    for (const item of plan.items) {
      if (item.id) continue;
      const id = suggestions.get(item)!;
      const where =
        item.layout === 'table'
          ? `put one that is free in its ID column, such as "${id}"`
          : item.layout === 'heading'
            ? `start its heading with one that is free, such as "${id}"`
            : `start it with one that is free, such as "**${id}**"`;
      if (item.invalidId) report({ messageId: 'invalidId', data: { invalid: item.invalidId, id }, at: item });
      else report({ messageId: 'noId', data: { item: itemLabel(item), where }, at: item });
    }
    for (const item of plan.reviewItems) {
      if (item.id || item.placeholder) continue;
      report({ messageId: 'reviewNoId', data: { item: SECTION_NOUN.review }, at: item });
    }
  },
});
