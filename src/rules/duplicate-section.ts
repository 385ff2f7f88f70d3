import { sameSectionHeading } from '../model/sections.js';
import type { Section } from '../model/types.js';
import { anchorOf, defineRule, noOptions } from './define.js';

export default defineRule({
  id: 'duplicate-section',
  scope: 'plan',
  description: 'The same section twice',
  defaultSeverity: 'error',
  fixable: false,
  messages: { repeats: 'Section "{{heading}}" repeats "{{earlier}}" (line {{line}}): merge them into one' },
  options: noOptions,
  docs: {
    rationale: 'Two Goals sections split what belongs together, and a reader may only read one of them.',
    invalid: '## Goals\n\n- **G1** Grow ARR from $2.0M to $2.6M by 2027-12-31.\n\n## Goals\n\n- **G2** Win 3 executive sponsors by Q2 2027.',
    valid: '## Goals\n\n- **G1** Grow ARR from $2.0M to $2.6M by 2027-12-31.\n- **G2** Win 3 executive sponsors by Q2 2027.',
  },
  check({ plan, report }) {
    const first = new Map<string, Section>();
    for (const section of plan.sections) {
      if (!section.key) continue;
      const earlier = first.get(section.key);
      if (!earlier) {
        first.set(section.key, section);
        continue;
      }
      // A heading matched only by its words ("Stretch Goals" after "Goals") is a part of that section, not a repeat.
      if (!sameSectionHeading(earlier.heading, section.heading)) continue;
      report({
        messageId: 'repeats',
        data: { heading: section.heading, earlier: earlier.heading, line: earlier.span.start.line },
        at: section.span,
        anchor: anchorOf.section(section.key),
      });
    }
  },
});
