import { ruleTester } from '../helpers/rule-tester.js';

const goals = (statement: string, fields = '  - Opportunities: O1\n  - Owner: Dana Reyes') => `## Goals\n\n- **G1** ${statement}\n${fields}`;

ruleTester('smart-measurable', {
  valid: [
    { name: 'the clean plan' },
    { name: 'number words count', sections: { goals: goals('Sign three new logos in retail by Q3.') } },
    { name: 'a recurring rate is measurable', sections: { goals: goals('Make 50 calls a day to mid-market prospects.') } },
    { name: 'a Target field counts', sections: { goals: goals('Grow ACME ARR by year-end.', '  - Opportunities: O1\n  - Target: $2.6M') } },
    {
      name: 'objectives are not asked',
      sections: { objectives: '## Objectives\n\n- **OB1** Publish the joint press release by Q2.\n  - Goals: G1, G2\n  - Owner: Sam Lee' },
    },
  ],
  invalid: [
    {
      name: 'no quantity',
      sections: { goals: goals('Secure executive sponsorship at Wayne Enterprises by mid-May.') },
      errors: [
        {
          at: 'goals:3',
          message:
            'Goal G1 has no measure: add the number that will show it was met (a count, an amount, a percentage, or "from ... to ..."), or a field "- Target: ..."',
        },
      ],
    },
    {
      name: 'a deadline is not a quantity',
      sections: { goals: goals('Improve the customer relationship within 90 days.') },
      errors: [
        {
          at: 'goals:3',
          message:
            'Goal G1 has no measure: add the number that will show it was met (a count, an amount, a percentage, or "from ... to ..."), or a field "- Target: ..."',
        },
      ],
    },
    {
      name: 'IDs and years are not quantities',
      sections: { goals: goals('Grow the FY2027 pipeline for O1 by Q3 2027.') },
      errors: [
        {
          at: 'goals:3',
          message:
            'Goal G1 has no measure: add the number that will show it was met (a count, an amount, a percentage, or "from ... to ..."), or a field "- Target: ..."',
        },
      ],
    },
    {
      name: 'a Metric field names the KPI, it is no quantity (§5)',
      sections: { goals: goals('Grow ACME ARR by year-end.', '  - Opportunities: O1\n  - KPI: ARR') },
      errors: [
        {
          at: 'goals:3',
          message:
            'Goal G1 has no measure: add the number that will show it was met (a count, an amount, a percentage, or "from ... to ..."), or a field "- Target: ..."',
        },
      ],
    },
    {
      name: 'a Target field without a number',
      sections: { goals: goals('Grow ACME by year-end.', '  - Opportunities: O1\n  - Target: TBD') },
      errors: [
        {
          at: 'goals:3',
          message:
            'Goal G1 has no measure: add the number that will show it was met (a count, an amount, a percentage, or "from ... to ..."), or a field "- Target: ..."',
        },
      ],
    },
  ],
});
