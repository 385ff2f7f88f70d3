import { defineRule, noOptions } from './define.js';

export default defineRule({
  id: 'empty-section',
  scope: 'plan',
  description: 'A section with no content, or only template placeholders',
  defaultSeverity: 'error',
  fixable: false,
  options: noOptions,
  docs: {
    rationale: 'An empty part, or one still holding the template\'s TODO/TBD placeholders, looks done in a table of contents but says nothing.',
    invalid: '## Risks\n\n- **R1** TODO: what could go wrong',
    valid: '## Risks\n\n- **R1** The CIO sponsor may leave before budget approval.',
  },
  check({ plan, report }) {
    for (const section of plan.sections) {
      if (!section.key) continue;
      if (section.empty) {
        report({ message: `Section "${section.heading}" is empty: write its content or remove the heading`, at: section.span, anchor: `section:${section.key}` });
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
