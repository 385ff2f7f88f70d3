import { ruleTester } from '../helpers/rule-tester.js';

const goals = (body: string) => ({ goals: `## Goals\n\n${body}` });

ruleTester('item-id', {
  valid: [
    { name: 'bold IDs' },
    {
      name: 'bracketed, colon and plain IDs',
      sections: goals('- [G1] Grow ARR by 10%.\n- G2: Win 3 sponsors.\n- G3 Win 2 depots.\n- **G4:** Hire 1 SE.\n- `G5` Add 4 logos.\n- OPP-2 Hyphenated.'),
    },
    { name: 'a list in a blockquote is not an item', sections: goals('- **G1** Grow.\n\n> - no id in a quote') },
    { name: 'an ID in a code block is not an item', sections: goals('- **G1** Grow.\n\n```\n- no id in code\n```') },
    { name: 'resources are free lists', sections: { resources: '## Resources\n\n- One SE.' } },
    // A field written without its indent belongs to the item above it; it is no item of its own.
    {
      name: 'a Lesson line after the review table',
      sections: { review: '## Review\n\n| Goal | Result |\n|---|---|\n| G1 | Met |\n\n- Lesson: confirm who signs first.' },
    },
    { name: 'an Owner line without its indent', sections: goals('- **G1** Grow ARR by 10%.\n- Owner: Dana Reyes') },
  ],
  invalid: [
    {
      name: 'a review item without the goal ID',
      sections: { review: '## Review\n\n- Met — done.' },
      errors: [{ at: 'review:3', message: 'Review item has no goal ID: start it with the goal\'s ID, such as "**G1** Met — ..."' }],
    },
    {
      name: 'no ID',
      sections: goals('- **G1** Grow.\n- Win three sponsors by Q2.'),
      errors: [{ at: 'goals:4', message: 'Goal "Win three sponsors by Q2." has no ID: start it with one that is free, such as "**G2**"' }],
    },
    {
      name: 'a statement that starts like a field is still an item ("Risk:" names no risk)',
      sections: { risks: '## Risks\n\n- **R1** Budget freeze.\n- Risk: the sponsor leaves.' },
      errors: [{ at: 'risks:4', message: 'Risk "Risk: the sponsor leaves." has no ID: start it with one that is free, such as "**R2**"' }],
    },
    {
      name: 'a bold token that is not an ID',
      sections: goals('- **Goal-A** Grow.'),
      errors: [{ at: 'goals:3', message: '"Goal-A" is not a valid ID: use a letter prefix and a number that is free, such as G1' }],
    },
    {
      name: 'a bracketed token that is not an ID',
      sections: goals('- [first] Grow.'),
      errors: [{ at: 'goals:3', message: '"first" is not a valid ID: use a letter prefix and a number that is free, such as G1' }],
    },
    {
      name: 'a quarter is not an ID',
      sections: goals('- Q3 pipeline doubles.'),
      errors: [{ at: 'goals:3', message: 'Goal "Q3 pipeline doubles." has no ID: start it with one that is free, such as "**G1**"' }],
    },
    {
      name: 'in every item section',
      sections: { risks: '## Risks\n\n- The sponsor may leave.' },
      errors: [{ at: 'risks:3', message: 'Risk "The sponsor may leave." has no ID: start it with one that is free, such as "**R1**"' }],
    },
  ],
});

ruleTester('duplicate-id', {
  valid: [{ name: 'unique IDs' }, { name: 'a review item repeats its goal ID', sections: { review: '## Review\n\n- **G1** Met — done.' } }],
  invalid: [
    {
      name: 'the same ID twice',
      sections: goals('- **G1** Grow.\n- **G1** Win.'),
      errors: [{ at: 'goals:4', message: 'Duplicate ID "G1": already used at line 29; give this item a new ID' }],
    },
    {
      name: 'across sections, any case',
      sections: { risks: '## Risks\n\n- **r1** x\n- **O1** y' },
      errors: [{ at: 'risks:4', message: 'Duplicate ID "O1": already used at line 24; give this item a new ID' }],
    },
  ],
});

/** Keeps G2, which the clean plan's objectives reference. */
const goalsWithG2 = (body: string) => goals(`${body}\n- **G2** Win 3 sponsors.`);

ruleTester('unresolved-reference', {
  valid: [
    { name: 'references resolve' },
    { name: 'own plan id qualifies', sections: { contingencies: '## Contingencies\n\n- **C1** x\n  - Risks: acme-fy2027#R1, R2' } },
    { name: 'field aliases', sections: goalsWithG2('- **G1** Grow.\n  - Traces to: O1 and O2') },
  ],
  invalid: [
    {
      name: 'unknown ID on its field line and column',
      sections: goalsWithG2('- **G1** Grow.\n  - Opportunities: O1, O9'),
      errors: [{ at: 'goals:4', column: 24, message: '"O9" does not exist in this plan' }],
    },
    {
      name: 'wrong type',
      sections: goalsWithG2('- **G1** Grow.\n  - Opportunities: R1'),
      errors: [{ at: 'goals:4', message: '"R1" is a risk, not an opportunity' }],
    },
    // An unqualified Supports ID means the parent plan (repo rules); this plan has none.
    {
      name: 'supports without a parent',
      sections: goalsWithG2('- **G1** Grow.\n  - Opportunities: O1\n  - Supports: G7'),
      errors: [
        {
          at: 'goals:5',
          message: '"G7" in Supports means an item of the parent plan, but this plan has no parent: write "plan-id#G7" or add "parent:" to the front matter',
        },
      ],
    },
    {
      name: 'review of a goal that does not exist',
      sections: { review: '## Review\n\n- **G9** Met — done.' },
      errors: [{ at: 'review:3', message: 'Review item "G9" names no goal of this plan' }],
    },
  ],
});

ruleTester('smart-time-bound', {
  valid: [
    {
      name: 'a statement wrapped over two lines keeps its deadline',
      sections: {
        goals:
          '## Goals\n\n- **G1** Grow ACME ARR from $2.0M to $2.6M\n  by 2027-12-31.\n  - Opportunities: O1, O2\n- **G2** Win 3 sponsors by Q2 2027.\n  - Opportunities: O2',
      },
    },
    {
      name: 'field lines continuing the paragraph are not statement text',
      sections: {
        goals:
          '## Goals\n\n- **G1** Grow ACME ARR from $2.0M to $2.6M by 2027-12-31.\n  Opportunities: O1, O2\n  Owner: Dana\n- **G2** Win 3 sponsors by Q2 2027.',
      },
    },
  ],
  invalid: [
    {
      name: 'no deadline on either line',
      sections: { goals: '## Goals\n\n- **G1** Grow ACME ARR from $2.0M\n  to $2.6M.\n- **G2** Win 3 sponsors by Q2 2027.' },
      errors: [{ at: 'goals:3', message: 'Goal G1 has no deadline: add one such as "by 2027-03-31" or "by end of Q1"' }],
    },
  ],
});

ruleTester('canonical-names', {
  valid: [
    { name: 'the template’s names' },
    {
      name: 'variants, with both checks turned off',
      options: { headings: false, fields: false },
      sections: { approach: '## 4. Strategy\n\n- **A1** Co-host quarterly finance roundtables.\n  - objective: OB1' },
    },
  ],
  invalid: [
    {
      name: 'a numbered variant of a section heading',
      sections: {
        approach:
          '## 4. Strategy\n\n- **A1** Co-host quarterly finance roundtables.\n  - Objectives: OB1\n- **A2** Offer a fixed-price pilot.\n  - Objectives: OB2',
      },
      errors: [{ at: 'approach:1', message: 'Heading "4. Strategy" means "Approach": use the canonical name' }],
    },
    {
      name: 'field keys written as variants',
      sections: {
        goals:
          '## Goals\n\n- **G1** Grow ACME EMEA ARR from $2.0M to $2.6M by 2027-12-31.\n  - Opportunities: O1, O2\n  - Owner: Dana Reyes\n  - KPI: ARR\n- **G2** Win 3 new executive sponsors in logistics by end of Q2 2027.\n  - opportunities: O2\n  - Owner: Dana Reyes',
      },
      errors: [
        { at: 'goals:6', message: 'Field "KPI:" means "Metric:": use the canonical name' },
        { at: 'goals:8', message: 'Field "opportunities:" means "Opportunities:": use the canonical name' },
      ],
    },
  ],
});
