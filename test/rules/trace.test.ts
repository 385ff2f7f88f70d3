import { ruleTester } from '../helpers/rule-tester.js';

ruleTester('goal-traces-opportunity', {
  valid: [
    { name: 'every goal names an opportunity' },
    {
      name: 'a company plan without opportunities',
      frontMatter: { kind: 'company' },
      sections: { opportunities: null, goals: '## Goals\n\n- **G1** Grow ARR by 10% by Q4.' },
    },
  ],
  invalid: [
    {
      name: 'a goal with no Opportunities field',
      sections: { goals: '## Goals\n\n- **G1** Grow.\n  - Owner: Dana' },
      errors: [{ at: 'goals:3', message: 'Goal G1 names no opportunity: add a field such as "- Opportunities: O1"' }],
    },
    {
      name: 'a field naming nothing',
      sections: { goals: '## Goals\n\n- **G1** Grow.\n  - Opportunities: none yet' },
      errors: [{ at: 'goals:3', message: 'Goal G1 names no opportunity: add a field such as "- Opportunities: O1"' }],
    },
  ],
});

ruleTester('objective-supports-goal', {
  valid: [
    { name: 'every objective names a goal' },
    { name: 'alias Goal:', sections: { objectives: '## Objectives\n\n- **OB1** Run workshops.\n  - Goal: G1' } },
  ],
  invalid: [
    {
      name: 'no Goals field',
      sections: { objectives: '## Objectives\n\n- **OB1** Run workshops.' },
      errors: [{ at: 'objectives:3', message: 'Objective OB1 names no goal: add a field such as "- Goals: G1"' }],
    },
  ],
});

ruleTester('approach-serves-objective', {
  valid: [{ name: 'every approach item names an objective' }],
  invalid: [
    {
      name: 'no Objectives field',
      sections: { approach: '## Approach\n\n- **A1** Host roundtables.' },
      errors: [{ at: 'approach:3', message: 'Approach item A1 names no objective: add a field such as "- Objectives: OB1"' }],
    },
  ],
});

ruleTester('contingency-addresses-risk', {
  valid: [
    { name: 'every contingency names a risk' },
    { name: 'alias Mitigates:', sections: { contingencies: '## Contingencies\n\n- **C1** x\n  - Mitigates: R1\n- **C2** y\n  - Addresses: R2' } },
  ],
  invalid: [
    {
      name: 'no Risks field',
      sections: { contingencies: '## Contingencies\n\n- **C1** x\n  - Risks: R1, R2\n- **C2** y' },
      errors: [{ at: 'contingencies:5', message: 'Contingency C2 names no risk: add a field such as "- Risks: R1"' }],
    },
  ],
});

ruleTester('risk-has-contingency', {
  valid: [
    { name: 'every risk addressed' },
    {
      name: 'a risk that names its own contingency',
      sections: {
        contingencies: '## Contingencies\n\n- **C1** x\n  - Risks: R1\n- **C2** y\n  - Risks: R1',
        risks: '## Risks\n\n- **R1** a\n- **R2** b\n  - Contingency: C2',
      },
    },
    {
      name: 'a risk that writes its contingency out (a risk register)',
      sections: {
        contingencies: '## Contingencies\n\n- **C1** x\n  - Risks: R1',
        risks: '## Risks\n\n| ID | Risk | Mitigation |\n|----|------|------------|\n| R1 | a | |\n| R2 | b | Offer quarterly billing |',
      },
    },
  ],
  invalid: [
    {
      name: 'R2 unaddressed',
      sections: { contingencies: '## Contingencies\n\n- **C1** x\n  - Risks: R1' },
      errors: [{ at: 'risks:6', message: 'Risk R2 has no contingency: add one under Contingencies with "- Risks: R2"' }],
    },
    {
      name: 'no contingencies section at all',
      sections: { contingencies: null },
      errors: [
        { at: 'risks:3', message: 'Risk R1 has no contingency: add one under Contingencies with "- Risks: R1"' },
        { at: 'risks:6', message: 'Risk R2 has no contingency: add one under Contingencies with "- Risks: R2"' },
      ],
    },
  ],
});

ruleTester('orphan-opportunity', {
  valid: [{ name: 'every opportunity pursued' }],
  invalid: [
    {
      name: 'O3 pursued by no goal',
      sections: { opportunities: '## Opportunities\n\n- **O1** a\n- **O2** b\n- **O3** c' },
      errors: [{ at: 'opportunities:5', message: 'Opportunity O3 is pursued by no goal: add "- Opportunities: O3" to a goal, or drop it' }],
    },
  ],
});

ruleTester('owner-required', {
  valid: [{ name: 'every goal and objective owned' }, { name: 'risks need no owner' }],
  invalid: [
    {
      name: 'a goal and an objective without owner',
      sections: {
        goals: '## Goals\n\n- **G1** Grow.\n  - Opportunities: O1, O2\n- **G2** Win.\n  - Owner: TBD',
        objectives: '## Objectives\n\n- **OB1** Run.\n  - Goals: G1',
      },
      errors: [
        { at: 'goals:3', message: 'Goal G1 has no owner: add a field such as "- Owner: Dana Reyes"' },
        { at: 'goals:5', message: 'Goal G2 has no owner: add a field such as "- Owner: Dana Reyes"' },
        { at: 'objectives:3', message: 'Objective OB1 has no owner: add a field such as "- Owner: Dana Reyes"' },
      ],
    },
  ],
});
