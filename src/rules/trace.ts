import type { FieldName } from '../model/fields.js';
import type { SectionKey } from '../model/sections.js';
import { defineRule, noOptions, type PlanRule } from './define.js';
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

/** goal -> opportunity, objective -> goal, approach -> objective, contingency -> risk: one shape, four rules. */
export function traceRule(spec: TraceSpec): PlanRule<Record<string, never>> {
  return defineRule({
    id: spec.id,
    scope: 'plan',
    description: spec.description,
    defaultSeverity: spec.defaultSeverity,
    fixable: false,
    options: noOptions,
    docs: { rationale: spec.rationale, invalid: spec.exampleItem, valid: `${spec.exampleItem}\n  - ${spec.example}` },
    check({ plan, settings, report }) {
      // A plan that neither has nor needs the target section (a company plan without Opportunities) is not asked to trace to it.
      if (!expectsSection(plan, settings, spec.field)) return;
      for (const item of itemsIn(plan, spec.from)) {
        if (refsOf(item, spec.field).length > 0) continue;
        report({
          message: `${itemLabel(item)} names no ${spec.target}: add a field such as "- ${spec.example}"`,
          at: item.span,
          ...(item.id ? { anchor: `item:${item.id}` } : {}),
        });
      }
    },
  });
}
