import { ruleTester } from '../helpers/rule-tester.js';

const goals = (statement: string, fields = '  - Opportunities: O1\n  - Owner: Dana Reyes') => `## Goals\n\n- **G1** ${statement}\n${fields}`;
const q1 = { period: 'FY2027-Q1' };
const q1Objectives = '## Objectives\n\n- **OB1** Run 4 workshops by 2027-03-15.\n  - Goals: G1\n  - Owner: Sam Lee';

ruleTester('deadline-in-period', {
  valid: [
    { name: 'the clean plan' },
    { name: 'a Q1 plan accepts "by end of Q1"', frontMatter: q1, sections: { goals: goals('Close 3 logos by end of Q1.'), objectives: q1Objectives } },
    { name: 'a Q1 plan accepts "within 60 days"', frontMatter: q1, sections: { goals: goals('Close 3 logos within 60 days.'), objectives: q1Objectives } },
    {
      name: 'February fiscal start: January 2027 is inside FY2027',
      config: { fiscalYearStart: 'February' },
      sections: { goals: goals('Close 3 logos by 2027-01-31.'), objectives: q1Objectives.replace('2027-03-15', 'March') },
    },
    { name: 'a baseline year is no deadline', sections: { goals: goals('Grow pipeline by 40% compared to FY2026, by Q4.') } },
  ],
  invalid: [
    {
      name: "a Q1 plan's goal due in September",
      frontMatter: q1,
      sections: { goals: goals('Close 3 logos by September.'), objectives: q1Objectives },
      errors: [
        {
          at: 'goals:3',
          message:
            'Goal G1\'s deadline "September" (2027-09-30) is outside the plan\'s period FY2027-Q1 (2027-01-01 .. 2027-03-31): move it into the period (e.g. by 2027-03-31) or into the plan for that period',
        },
      ],
    },
    {
      name: 'a deadline in the next year',
      sections: { goals: goals('Close 20 deals by Q1 2028.') },
      errors: [
        {
          at: 'goals:3',
          message:
            'Goal G1\'s deadline "Q1 2028" (2028-03-31) is outside the plan\'s period FY2027 (2027-01-01 .. 2027-12-31): move it into the period (e.g. by 2027-03-31) or into the plan for that period',
        },
      ],
    },
    {
      name: 'a deadline before the period',
      sections: { goals: goals('Renew Contoso by December 2026.') },
      errors: [
        {
          at: 'goals:3',
          message:
            'Goal G1\'s deadline "December 2026" (2026-12-31) is outside the plan\'s period FY2027 (2027-01-01 .. 2027-12-31): move it into the period (e.g. by 2027-03-31) or into the plan for that period',
        },
      ],
    },
    {
      name: 'a Due field out of period, reported on its line',
      frontMatter: q1,
      sections: { goals: goals('Close 3 logos.', '  - Opportunities: O1\n  - Due: 2027-06-30'), objectives: q1Objectives },
      errors: [
        {
          at: 'goals:5',
          message:
            "Goal G1's Due 2027-06-30 is outside the plan's period FY2027-Q1 (2027-01-01 .. 2027-03-31): move it into the period (e.g. by 2027-03-31) or into the plan for that period",
        },
      ],
    },
    {
      name: 'an objective out of period',
      frontMatter: q1,
      sections: { goals: goals('Close 3 logos by Q1.'), objectives: '## Objectives\n\n- **OB1** Run 4 workshops by July.\n  - Goals: G1\n  - Owner: Sam Lee' },
      errors: [
        {
          at: 'objectives:3',
          message:
            'Objective OB1\'s deadline "July" (2027-07-31) is outside the plan\'s period FY2027-Q1 (2027-01-01 .. 2027-03-31): move it into the period (e.g. by 2027-03-31) or into the plan for that period',
        },
      ],
    },
    {
      name: 'February fiscal start: 2027-01-31 is before an FY2028 plan (2027-02-01 .. 2028-01-31)',
      config: { fiscalYearStart: 2 },
      frontMatter: { period: 'FY2028' },
      sections: { goals: goals('Close 3 logos by 2027-01-31.') },
      errors: [
        {
          at: 'goals:3',
          message:
            "Goal G1's deadline 2027-01-31 is outside the plan's period FY2028 (2027-02-01 .. 2028-01-31): move it into the period (e.g. by 2027-04-30) or into the plan for that period",
        },
      ],
    },
  ],
});
