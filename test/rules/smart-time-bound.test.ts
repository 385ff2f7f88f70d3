import { ruleTester } from '../helpers/rule-tester.js';

const goals = (statement: string, fields = '  - Opportunities: O1\n  - Owner: Dana Reyes') => `## Goals\n\n- **G1** ${statement}\n${fields}`;

ruleTester('smart-time-bound', {
  valid: [
    { name: 'the clean plan' },
    { name: 'a fiscal quarter', sections: { goals: goals('Close 3 logos in Q3 2027.') } },
    { name: 'a relative span', sections: { goals: goals('Present to 10 accounts within 90 days.') } },
    { name: 'a Due field', sections: { goals: goals('Close 3 logos in retail.', '  - Opportunities: O1\n  - Due: end of Q2') } },
    { name: 'a Deadline alias', sections: { goals: goals('Close 3 logos in retail.', '  - Opportunities: O1\n  - Deadline: 2027-06-30') } },
    { name: "an out-of-period deadline is deadline-in-period's business", sections: { goals: goals('Close 3 logos by Q2 2028.') } },
    { name: 'no period: frontmatter reports it', frontMatter: { period: null }, sections: { goals: goals('Close 3 logos.') } },
  ],
  invalid: [
    {
      name: 'no deadline',
      sections: { goals: goals('Close 3 new logos in DACH.') },
      errors: [{ at: 'goals:3', message: 'Goal G1 has no deadline: add one such as "by 2027-03-31" or "by end of Q1"' }],
    },
    {
      name: 'a rate is not a deadline',
      sections: { goals: goals('Make 50 calls a day.') },
      errors: [{ at: 'goals:3', message: 'Goal G1 has no deadline: add one such as "by 2027-03-31" or "by end of Q1"' }],
    },
    {
      name: 'the example follows a quarter plan',
      frontMatter: { period: 'FY2027-Q3' },
      sections: { goals: goals('Close 3 new logos in DACH.') },
      errors: [{ at: 'goals:3', message: 'Goal G1 has no deadline: add one such as "by 2027-09-30" or "by end of Q3"' }],
    },
    {
      name: 'an unreadable Due field is reported on its line',
      sections: { goals: goals('Close 3 logos in retail.', '  - Opportunities: O1\n  - Due: soon') },
      errors: [{ at: 'goals:5', message: 'Goal G1 has a Due date the tool cannot read ("soon"): write it like "2027-03-31" or "end of Q1"' }],
    },
  ],
});
