import { ruleTester } from '../helpers/rule-tester.js';

ruleTester('required-section', {
  valid: [
    { name: 'all ten parts' },
    {
      name: 'aliases and numbering',
      sections: { analysis: '## 1) Territory Analysis\n\nText.', approach: '## 6. Strategies and Tactics\n\n- **A1** Do it.\n  - Objectives: OB1' },
    },
    { name: 'trailing parenthesis and punctuation', sections: { goals: '## Goals (FY2027):\n\n- **G1** Grow ARR by 10% by Q4.' } },
    {
      name: 'a company plan needs only goals and accountability',
      frontMatter: { kind: 'company' },
      sections: {
        analysis: null,
        organization: null,
        opportunities: null,
        objectives: null,
        approach: null,
        risks: null,
        contingencies: null,
        resources: null,
      },
    },
    { name: 'configured requirements', config: { requiredSections: { account: ['goals'] } }, sections: { resources: null } },
    { name: 'configured alias', config: { headingAliases: { resources: ['What we need'] } }, sections: { resources: '## What we need\n\nOne SE.' } },
  ],
  invalid: [
    { name: 'missing risks', sections: { risks: null }, errors: [{ at: 1, message: '"## Risks"' }] },
    {
      name: 'missing two, in canonical order',
      sections: { resources: null, analysis: null },
      errors: [
        { at: 1, message: 'Account Analysis' },
        { at: 1, message: 'Resources' },
      ],
    },
    {
      name: 'a company plan without accountability',
      frontMatter: { kind: 'company' },
      sections: { accountability: null },
      errors: [{ at: 1, message: 'company plans' }],
    },
    {
      name: 'a heading the tool does not know does not count',
      sections: { risks: '## Things that could go wrong\n\n- **R1** x' },
      errors: [{ at: 1, message: 'Risks' }],
    },
  ],
});

ruleTester('section-order', {
  valid: [{ name: 'canonical order' }, { name: 'unknown headings anywhere', sections: { extra: '## Notes\n\nFree text.' } }],
  invalid: [
    {
      name: 'goals before opportunities',
      sections: { opportunities: null, extra: '## Opportunities\n\n- **O1** Upsell.\n- **O2** Replace.' },
      errors: [{ at: 'extra:1', message: 'belongs before "Goals"' }],
    },
    {
      name: 'one section moved to the top is one finding',
      sections: { accountability: null },
      preamble: '# Plan\n\n## Accountability\n\n- Monthly review.',
      errors: [{ at: 12, message: 'belongs after "Resources"' }],
    },
    {
      name: 'an adjacent swap reports the later one',
      sections: { risks: null, extra: '## Risks\n\n- **R1** x\n- **R2** y' },
      errors: [{ at: 'extra:1' }],
    },
  ],
});

ruleTester('duplicate-section', {
  valid: [
    { name: 'each section once' },
    {
      name: "a heading that only uses a section's word is part of it, not a repeat",
      sections: { extra: '## Stretch Goals\n\n- **G3** Win 2 more logos by 2027-06-30.' },
    },
  ],
  invalid: [
    { name: 'goals twice, once with a year', sections: { extra: '## FY2027 Goals\n\n- **G3** More.' }, errors: [{ at: 'extra:1', message: 'repeats' }] },
    { name: 'goals twice', sections: { extra: '## Goals\n\n- **G3** More.' }, errors: [{ at: 'extra:1', message: 'repeats' }] },
    { name: 'an alias of a section already there', sections: { extra: '## Contingency Plans\n\n- **C3** x\n  - Risks: R1' }, errors: [{ at: 'extra:1' }] },
  ],
});

ruleTester('empty-section', {
  valid: [
    { name: 'content everywhere' },
    { name: 'a TODO among real content is not an empty section', sections: { resources: '## Resources\n\n- One SE.\n- TODO: budget' } },
  ],
  invalid: [
    { name: 'heading only', sections: { resources: '## Resources' }, errors: [{ at: 'resources:1', message: 'is empty' }] },
    { name: 'only a comment', sections: { resources: '## Resources\n\n<!-- people, budget -->' }, errors: [{ at: 'resources:1', message: 'is empty' }] },
    { name: 'only a subheading', sections: { resources: '## Resources\n\n### People' }, errors: [{ at: 'resources:1' }] },
    {
      name: 'only placeholders',
      sections: { risks: '## Risks\n\n- **R1** TODO: what could go wrong\n  - Likelihood: TBD', contingencies: '## Contingencies\n\nTBD' },
      errors: [
        { at: 'risks:1', message: 'placeholders' },
        { at: 'contingencies:1', message: 'placeholders' },
      ],
    },
  ],
});

ruleTester('required-section', {
  valid: [
    { name: 'an invalid kind leaves requirements unknown (frontmatter reports it)', frontMatter: { kind: 'acount' }, sections: { risks: null } },
    { name: 'broken front matter leaves requirements unknown', frontMatter: '---\nkind: [\n---', sections: { risks: null } },
  ],
  invalid: [{ name: 'no kind: the full ten parts', frontMatter: { kind: null }, sections: { risks: null }, errors: [{ at: 1 }] }],
});
