import { anchorOf, defineRule, noOptions } from './define.js';
import { ID_PREFIX } from './util.js';

export default defineRule({
  id: 'empty-section',
  scope: 'plan',
  description: 'A section with no content, only template placeholders, or (an item section) no readable items',
  defaultSeverity: 'error',
  fixable: false,
  messages: {
    empty: 'Section "{{heading}}" is empty: write its content or remove the heading',
    unread:
      'Section "{{heading}}" has no readable items (found {{found}}): write each item as a list item ("- **{{id}}** …" with "- Key: value" fields), a table row (ID, statement and field columns) or an H3 ("### {{id}} …")',
    placeholders: 'Section "{{heading}}" holds only template placeholders (TODO/TBD): replace them with real content',
  },
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
        report({ messageId: 'empty', data: { heading: section.heading }, at: section.span, anchor: anchorOf.section(section.key) });
      } else if (section.unread) {
        report({
          messageId: 'unread',
          data: { heading: section.heading, found: section.unread, id: `${ID_PREFIX[section.key] ?? 'G'}1` },
          at: section.span,
          anchor: anchorOf.section(section.key),
        });
      } else if (section.placeholderOnly) {
        report({ messageId: 'placeholders', data: { heading: section.heading }, at: section.span, anchor: anchorOf.section(section.key) });
      }
    }
  },
});
