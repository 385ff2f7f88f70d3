import type { FieldName } from '../model/fields.js';
import type { SectionKey } from '../model/sections.js';
import { idKey } from '../model/ids.js';
import type { Item, PlanModel } from '../model/types.js';
import { anchorOf, defineRule, noOptions, type PlanRule } from './define.js';
import { expectsSection, itemLabel, itemsIn, refsOf } from './util.js';

interface TraceSpec {
  id: string;
  description: string;
  defaultSeverity: 'error' | 'warn';
  /** The items that must name a target. */
  from: SectionKey;
  /** The field that names it, and the section the target lives in. */
  field: FieldName & SectionKey;
  /** How the message names what is missing, e.g. "an opportunity". */
  target: string;
  example: string;
  /** An item of `from` as written without the field, for the docs. */
  exampleItem: string;
  rationale: string;
}

/**
 * The field to suggest, valid in this plan: the first target that no item traces to yet (the uncovered risk), else
 * the first target; the spec's example only when the plan has no target item with an ID.
 */
function suggestedTarget(plan: PlanModel, spec: TraceSpec): string {
  const targets = itemsIn(plan, spec.field).filter((item) => item.id);
  if (targets.length === 0) return spec.example;
  const traced = new Set(itemsIn(plan, spec.from).flatMap((item) => refsOf(item, spec.field).map((ref) => idKey(ref.id))));
  const target = targets.find((item) => !traced.has(idKey(item.id as string))) ?? (targets[0] as Item);
  return `${spec.example.split(':')[0]}: ${target.id}`;
}

/** goal -> opportunity, objective -> goal, approach -> objective, contingency -> risk: one shape, four rules. */
export function traceRule(spec: TraceSpec): PlanRule<Record<string, never>> {
  return defineRule({
    id: spec.id,
    scope: 'plan',
    description: spec.description,
    defaultSeverity: spec.defaultSeverity,
    fixable: false,
    messages: { missing: `{{item}} names no ${spec.target}: add a field such as "- {{suggestion}}"` },
    options: noOptions,
    docs: { rationale: spec.rationale, invalid: spec.exampleItem, valid: `${spec.exampleItem}\n  - ${spec.example}` },
    check({ plan, settings, report }) {
      // A plan that neither has nor needs the target section (a company plan without Opportunities) is not asked to trace to it.
      if (!expectsSection(plan, settings, spec.field)) return;
      const suggestion = suggestedTarget(plan, spec);
      for (const item of itemsIn(plan, spec.from)) {
        if (refsOf(item, spec.field).length > 0) continue;
        report({ messageId: 'missing', data: { item: itemLabel(item), suggestion }, at: item, anchor: anchorOf.item(item.id) });
      }
    },
  });
}
