import { z } from '../zod.js';
import { canonicalFieldKey, canonicalHeadingText, fieldKeyFix, headingFix } from '../model/edits.js';
import { anchorOf, defineRule } from './define.js';

/** Opt-in (off by default): plans read the same across a team when every writer uses the template's names. */
export default defineRule({
  id: 'canonical-names',
  scope: 'plan',
  description: 'A section heading or field key written as an accepted variant instead of its canonical name',
  defaultSeverity: 'off',
  fixable: true,
  messages: {
    heading: 'Heading "{{heading}}" means "{{wanted}}": use the canonical name',
    field: 'Field "{{key}}:" means "{{wanted}}:": use the canonical name',
  },
  options: z
    .strictObject({
      headings: z.boolean().default(true).describe('Report headings such as "## 4. Strategy" that mean "## Approach"'),
      fields: z.boolean().default(true).describe('Report field keys such as "KPI:" or "traces to:" that mean "Metric:" or "Opportunities:"'),
    })
    .default({ headings: true, fields: true }),
  docs: {
    rationale:
      'The linter accepts variants (Strategy for Approach, KPI for Metric, numbering, any case) so that existing plans pass; a team that wants every plan to read alike turns this rule on and lets --fix rename them.',
    invalid: '## 6) strategy\n\n- **A1** Co-host finance roundtables.\n  - objective: OB1\n  - KPI: roundtables held',
    valid: '## Approach\n\n- **A1** Co-host finance roundtables.\n  - Objectives: OB1\n  - Metric: roundtables held',
  },
  check({ plan, options, report }) {
    if (options.headings) {
      for (const section of plan.sections) {
        const wanted = canonicalHeadingText(section);
        if (!wanted) continue;
        const fix = headingFix(plan, section, wanted);
        report({
          messageId: 'heading',
          data: { heading: section.heading, wanted },
          at: section.span,
          // A heading with a canonical name has a key.
          anchor: anchorOf.section(section.key!),
          ...(fix ? { fix } : {}),
        });
      }
    }
    if (options.fields) {
      for (const item of [...plan.items, ...plan.reviewItems]) {
        for (const field of item.fields) {
          if (!field.name) continue;
          const wanted = canonicalFieldKey(field.name);
          if (field.key === wanted) continue;
          const fix = fieldKeyFix(plan, field);
          report({
            messageId: 'field',
            data: { key: field.key, wanted },
            at: field.span,
            anchor: anchorOf.field(item.id, field.name),
            ...(fix ? { fix } : {}),
          });
        }
      }
    }
  },
});
