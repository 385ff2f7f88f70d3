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
    // Contract §1: team and region plans need all but Account Analysis (a Territory Analysis is accepted).
    { name: 'a team plan without an account analysis', frontMatter: { kind: 'team' }, sections: { analysis: null } },
    { name: 'a region plan without an account analysis', frontMatter: { kind: 'region' }, sections: { analysis: null } },
    { name: 'configured requirements', config: { requiredSections: { account: ['goals'] } }, sections: { resources: null } },
    { name: 'configured alias', config: { headingAliases: { resources: ['What we need'] } }, sections: { resources: '## What we need\n\nOne SE.' } },
    // A risk register writes each risk's contingency on it: the part is there, without a section of its own.
    {
      name: 'every risk carries its contingency, and no Contingencies section',
      sections: {
        contingencies: null,
        risks:
          '## Risks and Mitigations\n\n- **R1** The CFO leaves.\n  - Mitigation: build a second sponsor in IT.\n- **R2** Budget freeze.\n  - Contingency: offer quarterly billing.',
      },
    },
  ],
  invalid: [
    { name: 'missing risks', sections: { risks: null }, errors: [{ at: 1, message: 'Missing section "## Risks" (required in account plans)' }] },
    {
      name: 'one risk without a mitigation, and no Contingencies section',
      sections: { contingencies: null, risks: '## Risks\n\n- **R1** The CFO leaves.\n  - Mitigation: build a second sponsor in IT.\n- **R2** Budget freeze.' },
      errors: [{ at: 1, message: 'Missing section "## Contingencies" (required in account plans)' }],
    },
    {
      name: 'missing two, in canonical order',
      sections: { resources: null, analysis: null },
      errors: [
        { at: 1, message: 'Missing section "## Account Analysis" (required in account plans)' },
        { at: 1, message: 'Missing section "## Resources" (required in account plans)' },
      ],
    },
    {
      name: 'a territory plan without its territory analysis',
      frontMatter: { kind: 'territory' },
      sections: { analysis: null },
      errors: [{ at: 1, message: 'Missing section "## Territory Analysis" (required in territory plans)' }],
    },
    {
      name: 'a team plan without risks',
      frontMatter: { kind: 'team' },
      sections: { risks: null },
      errors: [{ at: 1, message: 'Missing section "## Risks" (required in team plans)' }],
    },
    {
      name: 'a company plan without accountability',
      frontMatter: { kind: 'company' },
      sections: { accountability: null },
      errors: [{ at: 1, message: 'Missing section "## Accountability" (required in company plans)' }],
    },
    {
      name: 'a heading the tool does not know does not count',
      sections: { risks: '## Things that could go wrong\n\n- **R1** x' },
      errors: [
        {
          at: 1,
          message:
            'Missing section "## Risks" (required in account plans); seen "## Things that could go wrong" (line 53), which is not a part the tool knows: if one is this part, map it in .planrc.yaml with headingAliases: { risks: ["Things that could go wrong"] }',
        },
      ],
    },
  ],
});

ruleTester('section-order', {
  valid: [{ name: 'canonical order' }, { name: 'unknown headings anywhere', sections: { extra: '## Notes\n\nFree text.' } }],
  invalid: [
    {
      name: 'goals before opportunities',
      sections: { opportunities: null, extra: '## Opportunities\n\n- **O1** Upsell.\n- **O2** Replace.' },
      errors: [{ at: 'extra:1', message: 'Section "Opportunities" is out of order: it belongs before "Goals"' }],
    },
    {
      name: 'one section moved to the top is one finding',
      sections: { accountability: null },
      preamble: '# Plan\n\n## Accountability\n\n- Monthly review.',
      errors: [{ at: 12, message: 'Section "Accountability" is out of order: it belongs after "Resources"' }],
    },
    {
      name: 'an adjacent swap reports the later one',
      sections: { risks: null, extra: '## Risks\n\n- **R1** x\n- **R2** y' },
      errors: [{ at: 'extra:1', message: 'Section "Risks" is out of order: it belongs before "Contingencies"' }],
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
    {
      name: 'goals twice, once with a year',
      sections: { extra: '## FY2027 Goals\n\n- **G3** More.' },
      errors: [{ at: 'extra:1', message: 'Section "FY2027 Goals" repeats "Goals" (line 27): merge them into one' }],
    },
    {
      name: 'goals twice',
      sections: { extra: '## Goals\n\n- **G3** More.' },
      errors: [{ at: 'extra:1', message: 'Section "Goals" repeats "Goals" (line 27): merge them into one' }],
    },
    {
      name: 'an alias of a section already there',
      sections: { extra: '## Contingency Plans\n\n- **C3** x\n  - Risks: R1' },
      errors: [{ at: 'extra:1', message: 'Section "Contingency Plans" repeats "Contingencies" (line 60): merge them into one' }],
    },
  ],
});

ruleTester('empty-section', {
  valid: [
    { name: 'content everywhere' },
    { name: 'a TODO among real content is not an empty section', sections: { resources: '## Resources\n\n- One SE.\n- TODO: budget' } },
  ],
  invalid: [
    {
      name: 'heading only',
      sections: { resources: '## Resources' },
      errors: [{ at: 'resources:1', message: 'Section "Resources" is empty: write its content or remove the heading' }],
    },
    {
      name: 'only a comment',
      sections: { resources: '## Resources\n\n<!-- people, budget -->' },
      errors: [{ at: 'resources:1', message: 'Section "Resources" is empty: write its content or remove the heading' }],
    },
    {
      name: 'only a subheading',
      sections: { resources: '## Resources\n\n### People' },
      errors: [{ at: 'resources:1', message: 'Section "Resources" is empty: write its content or remove the heading' }],
    },
    {
      name: 'only placeholders',
      sections: { risks: '## Risks\n\n- **R1** TODO: what could go wrong\n  - Likelihood: TBD', contingencies: '## Contingencies\n\nTBD' },
      errors: [
        { at: 'risks:1', message: 'Section "Risks" holds only template placeholders (TODO/TBD): replace them with real content' },
        { at: 'contingencies:1', message: 'Section "Contingencies" holds only template placeholders (TODO/TBD): replace them with real content' },
      ],
    },
  ],
});

ruleTester('required-section', {
  valid: [
    { name: 'an invalid kind leaves requirements unknown (frontmatter reports it)', frontMatter: { kind: 'acount' }, sections: { risks: null } },
    { name: 'broken front matter leaves requirements unknown', frontMatter: '---\nkind: [\n---', sections: { risks: null } },
  ],
  invalid: [
    {
      name: 'no kind: the full ten parts',
      frontMatter: { kind: null },
      sections: { risks: null },
      errors: [{ at: 1, message: 'Missing section "## Risks" (required in plans without a kind)' }],
    },
  ],
});
