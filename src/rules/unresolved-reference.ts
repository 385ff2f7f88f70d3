import { isReferenceField, REFERENCE_FIELDS } from '../model/fields.js';
import { idKey } from '../model/ids.js';
import type { SectionKey } from '../model/sections.js';
import type { Item, PlanModel, Reference } from '../model/types.js';
import { defineRule, noOptions, type Report } from './define.js';
import { isLocal, sectionNoun } from './util.js';

/** A reference and the section its target must be in (undefined: any item). */
export interface CheckedReference {
  item: Item;
  ref: Reference;
  expected?: SectionKey;
}

export function localReferences(plan: PlanModel): CheckedReference[] {
  const out: CheckedReference[] = [];
  for (const item of plan.items) {
    for (const field of item.fields) {
      // Supports points at the parent plan; the repo graph resolves it.
      if (!isReferenceField(field.name) || field.name === 'supports') continue;
      for (const ref of field.refs) {
        if (isLocal(ref, plan)) out.push({ item, ref, expected: REFERENCE_FIELDS[field.name] });
      }
    }
  }
  return out;
}

export function checkLocalReferences(plan: PlanModel, report: (r: Report) => void): void {
  const byId = new Map<string, Item>();
  for (const item of plan.items) if (item.id && !byId.has(idKey(item.id))) byId.set(idKey(item.id), item);
  for (const { ref, expected } of localReferences(plan)) {
    const target = byId.get(idKey(ref.id));
    if (!target) {
      report({ message: `"${ref.raw}" does not exist in this plan`, at: ref.span, anchor: `ref:${ref.raw}` });
    } else if (expected && target.section !== expected) {
      report({
        message: `"${ref.raw}" is ${article(sectionNoun(target.section))}, not ${article(sectionNoun(expected))}`,
        at: ref.span,
        anchor: `ref:${ref.raw}`,
      });
    }
  }
  for (const review of plan.reviewItems) {
    if (!review.id) continue;
    const goal = byId.get(idKey(review.id));
    if (!goal || goal.section !== 'goals') {
      report({ message: `Review item "${review.id}" names no goal of this plan`, at: review.span, anchor: `ref:${review.id}` });
    }
  }
}

function article(noun: string): string {
  return `${/^[AEIOU]/i.test(noun) ? 'an' : 'a'} ${noun.toLowerCase()}`;
}

export default defineRule({
  id: 'unresolved-reference',
  scope: 'repo',
  description: "A reference to an ID or plan that doesn't exist, or of the wrong type",
  defaultSeverity: 'error',
  fixable: false,
  options: noOptions,
  docs: {
    rationale: 'A link that points nowhere breaks the chain from opportunity to goal to objective, or from a rep\'s goal to the company\'s.',
    invalid: '- **G1** Grow ARR by 20% by Q4.\n  - Opportunities: O9',
    valid: '- **G1** Grow ARR by 20% by Q4.\n  - Opportunities: O1',
  },
  check({ graph, report }) {
    for (const plan of graph.plans) {
      if (!graph.isLinted(plan)) continue;
      checkLocalReferences(plan, (r) => report({ ...r, plan }));
    }
  },
});
