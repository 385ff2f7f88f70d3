import { sectionOrder } from '../model/sections.js';
import type { Section } from '../model/types.js';
import { defineRule, noOptions } from './define.js';
import { headingOf } from './util.js';

export default defineRule({
  id: 'section-order',
  scope: 'plan',
  description: 'Sections out of the canonical order',
  defaultSeverity: 'warn',
  fixable: false,
  options: noOptions,
  docs: {
    rationale: 'The parts build on each other: analysis reveals opportunities, opportunities give goals, goals need objectives and an approach, risks need contingencies. Readers find them where they expect them.',
    invalid: '## Goals\n...\n## Opportunities',
    valid: '## Opportunities\n...\n## Goals',
  },
  check({ plan, report }) {
    let latest: Section | undefined;
    const seen = new Set<string>();
    for (const section of plan.sections) {
      if (!section.key || seen.has(section.key)) continue;
      seen.add(section.key);
      if (latest?.key && sectionOrder(section.key) < sectionOrder(latest.key)) {
        report({
          message: `Section "${section.heading}" should come before "${latest.heading}" (canonical order: ${headingOf(section.key)} before ${headingOf(latest.key)})`,
          at: section.span,
          anchor: `section:${section.key}`,
        });
      } else {
        latest = section;
      }
    }
  },
});
