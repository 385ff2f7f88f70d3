import { ruleTester } from '../helpers/rule-tester.js';

const goals = (statement: string, fields = '  - Opportunities: O1\n  - Owner: Dana Reyes') => `## Goals\n\n- **G1** ${statement}\n${fields}`;

ruleTester('smart-achievable', {
  valid: [
    { name: 'the clean plan (x1.3)' },
    { name: 'exactly doubling', sections: { goals: goals('Double ACME ARR by year-end.') } },
    { name: 'a reduction is not growth', sections: { goals: goals('Cut churn from 10% to 2% by Q4.') } },
    { name: 'a looser bound', options: { maxGrowth: 4 }, sections: { goals: goals('Grow ARR from $1.0M to $3.0M by Q4.') } },
    { name: 'no baseline, no judgement', sections: { goals: goals('Book $3M of new ARR by Q4.') } },
  ],
  invalid: [
    {
      name: 'tripling in the statement',
      sections: { goals: goals('Grow ARR from $1.0M to $3.0M by Q4.') },
      errors: [
        {
          at: 'goals:3',
          message:
            "Goal G1 asks for 3x (from $1.0M to $3.0M) growth, more than the 2x treated as achievable: lower the target, spread it over more periods, or raise smart-achievable's maxGrowth",
        },
      ],
    },
    {
      name: 'Baseline and Target fields',
      sections: { goals: goals('Grow ACME ARR by Q4.', '  - Opportunities: O1\n  - Baseline: $2M\n  - Target: $5M') },
      errors: [
        {
          at: 'goals:3',
          message:
            "Goal G1 asks for 2.5x (from $2M to $5M) growth, more than the 2x treated as achievable: lower the target, spread it over more periods, or raise smart-achievable's maxGrowth",
        },
      ],
    },
    {
      name: 'a percentage',
      sections: { goals: goals('Grow bookings by 150% by year-end.') },
      errors: [
        {
          at: 'goals:3',
          message:
            "Goal G1 asks for 2.5x (150%) growth, more than the 2x treated as achievable: lower the target, spread it over more periods, or raise smart-achievable's maxGrowth",
        },
      ],
    },
    {
      name: 'a tighter bound',
      options: { maxGrowth: 1.2 },
      sections: { goals: goals('Grow ARR from $2.0M to $2.6M by Q4.') },
      errors: [
        {
          at: 'goals:3',
          message:
            "Goal G1 asks for 1.3x (from $2.0M to $2.6M) growth, more than the 1.2x treated as achievable: lower the target, spread it over more periods, or raise smart-achievable's maxGrowth",
        },
      ],
    },
  ],
});
