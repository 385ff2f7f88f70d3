import { ruleTester } from '../helpers/rule-tester.js';

const goals = (statement: string, fields = '  - Opportunities: O1\n  - Owner: Dana Reyes') => `## Goals\n\n- **G1** ${statement}\n${fields}`;

ruleTester('smart-specific', {
  valid: [
    { name: 'the clean plan' },
    { name: 'action and concrete object', sections: { goals: goals('Meet 3 new decision makers at Globex by end of Q2.') } },
    { name: 'named account without a number', sections: { goals: goals('Secure executive sponsorship at Wayne Enterprises by mid-May.') } },
    {
      name: 'a generic object made concrete by a Target field',
      sections: { goals: goals('Grow ARR by year-end.', '  - Opportunities: O1\n  - Target: $2.6M') },
    },
    { name: 'a placeholder goal is left to empty-section', sections: { goals: goals('TODO') } },
    {
      // Contract §3a's own OKR example: the key results are its measures, as a Target field is.
      name: 'an OKR goal whose key results carry the numbers',
      sections: {
        goals:
          '## Goals\n\n### G1 Become the preferred analytics vendor\n\nKey results:\n\n- Sign 3 pilots by Q2\n- Grow ARR to $3M by 2027-12-31\n\n- Opportunities: O1\n- Owner: Dana Reyes',
      },
    },
  ],
  invalid: [
    {
      name: 'an OKR goal whose key results say no number either',
      sections: {
        goals:
          '## Goals\n\n### G1 Become the preferred analytics vendor\n\nKey results:\n\n- The CIO sees us as a partner\n\n- Opportunities: O1\n- Owner: Dana Reyes',
      },
      errors: [
        {
          at: 'goals:3',
          message:
            'Goal G1 is not specific ("Become ..." states a wish, not an action): start with the action and name what it acts on (a verb and its object, and how much)',
        },
      ],
    },
    {
      name: 'the seed example',
      sections: { goals: goals('Improve the relationship with the customer.') },
      errors: [
        {
          at: 'goals:3',
          message:
            'Goal G1 is not specific ("improve ... relationship" is not concrete): start with the action and name what it acts on (a verb and its object, and how much)',
        },
      ],
    },
    {
      name: 'filler word',
      sections: { goals: goals('Maximize revenue from existing customers by Q4.') },
      errors: [
        {
          at: 'goals:3',
          message: 'Goal G1 is not specific (vague filler "maximize"): start with the action and name what it acts on (a verb and its object, and how much)',
        },
      ],
    },
    {
      name: 'generic object',
      sections: { goals: goals('Increase sales.') },
      errors: [
        {
          at: 'goals:3',
          message: 'Goal G1 is not specific (the object is too generic): start with the action and name what it acts on (a verb and its object, and how much)',
        },
      ],
    },
    {
      name: 'an objective too',
      sections: {
        objectives:
          '## Objectives\n\n- **OB1** Do better on various things.\n  - Goals: G1\n  - Owner: Sam Lee\n- **OB2** Run 4 workshops by Q2.\n  - Goals: G2\n  - Owner: Sam Lee',
      },
      errors: [
        {
          at: 'objectives:3',
          message:
            'Objective OB1 is not specific (vague filler "things"): start with the action and name what it acts on (a verb and its object, and how much)',
        },
      ],
    },
    {
      name: 'extra vague words from options',
      options: { vagueWords: ['leverage'] },
      sections: { goals: goals('Leverage the ACME install base to close 3 deals by Q3.') },
      errors: [
        {
          at: 'goals:3',
          message: 'Goal G1 is not specific (vague filler "leverage"): start with the action and name what it acts on (a verb and its object, and how much)',
        },
      ],
    },
  ],
});
