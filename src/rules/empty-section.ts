import type { SectionKey } from '../model/sections.js';
import { defineRule, noOptions } from './define.js';
import { ID_PREFIX } from './util.js';

function example(key: SectionKey): string {
  return `${ID_PREFIX[key] ?? 'G'}1`;
}

export default defineRule({
  id: 'empty-section',
  scope: 'plan',
  description: 'A section with no content, only template placeholders, or (an item section) no readable items',
  defaultSeverity: 'error',
  fixable: false,
  options: noOptions,
  docs: {
    rationale: "An empty part, or one still holding the template's TODO/TBD placeholders, looks done in a table of contents but says nothing.",
    invalid: '## Risks\n\n- **R1** TODO: what could go wrong',
    valid: '## Risks\n\n- **R1** The CIO sponsor may leave before budget approval.',
  },
  check({ plan, report }) {
    for (const section of plan.sections) {
      if (!section.key) continue;
      if (section.empty) {
        report({
          message: `Section "${section.heading}" is empty: write its content or remove the heading`,
          at: section.span,
          anchor: `section:${section.key}`,
        });
      } else if (section.unread) {
        report({
          message: `Section "${section.heading}" has no readable items (found ${section.unread}): write each item as a list item ("- **${example(section.key)}** …" with "- Key: value" fields), a table row (ID, statement and field columns) or an H3 ("### ${example(section.key)} …")`,
          at: section.span,
          anchor: `section:${section.key}`,
        });
      } else if (section.placeholderOnly) {
        report({
          message: `Section "${section.heading}" holds only template placeholders (TODO/TBD): replace them with real content`,
          at: section.span,
          anchor: `section:${section.key}`,
        });
      }
    }
  },
});
