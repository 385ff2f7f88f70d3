import { ruleTester } from '../../helpers/rule-tester.js';
import { withGoals } from './plans.js';

/** A quarter plan under the plan under test, whose goals support the given IDs. */
function quarter(q: number, ...supports: string[]) {
  return { frontMatter: { id: `acme-fy2027-q${q}`, period: `FY2027-Q${q}`, parent: 'acme-fy2027' }, sections: withGoals(...supports) };
}

/** A plan of the same period under the plan under test. */
function child(id: string, ...supports: string[]) {
  return { frontMatter: { id, parent: 'acme-fy2027' }, sections: withGoals(...supports) };
}

ruleTester('parent-coverage', {
  valid: [
    { name: 'every goal supported by some child', otherPlans: { 'plans/a.md': child('a', 'G1'), 'plans/b.md': child('b', 'acme-fy2027#G2') } },
    {
      name: 'every goal supported by one of the four quarters',
      otherPlans: { 'plans/q1.md': quarter(1, 'G1'), 'plans/q2.md': quarter(2, 'G2'), 'plans/q3.md': quarter(3, 'G1'), 'plans/q4.md': quarter(4, 'G1') },
    },
    { name: 'a plan with no child plans is not checked', otherPlans: { 'plans/other.md': { frontMatter: { id: 'other-fy2027' } } } },
    {
      name: 'a plan that is not a child but supports a goal counts',
      otherPlans: { 'plans/a.md': child('a', 'G1'), 'plans/side.md': { frontMatter: { id: 'side-fy2027' }, sections: withGoals('acme-fy2027#G2') } },
    },
    {
      name: 'quarter plans are not checked against the year until every quarter has one',
      otherPlans: { 'plans/q1.md': quarter(1, 'G1'), 'plans/q2.md': quarter(2, 'G1') },
    },
  ],
  invalid: [
    {
      name: 'a goal no child supports, at that goal',
      otherPlans: { 'plans/globex.md': child('globex-fy2027', 'G1') },
      errors: [
        {
          at: 'goals:7',
          message: 'Goal G2 is supported by no child plan (globex-fy2027): add "Supports: acme-fy2027#G2" to one of their goals, or drop the goal',
        },
      ],
    },
    {
      name: 'a yearly goal none of the four quarters supports',
      otherPlans: { 'plans/q1.md': quarter(1, 'G1'), 'plans/q2.md': quarter(2, 'G1'), 'plans/q3.md': quarter(3, 'G1'), 'plans/q4.md': quarter(4, 'G1') },
      errors: [
        {
          at: 'goals:7',
          message:
            'Goal G2 is supported by no child plan (acme-fy2027-q1, acme-fy2027-q2, acme-fy2027-q3 and 1 more): add "Supports: acme-fy2027#G2" to one of their goals, or drop the goal',
        },
      ],
    },
  ],
});
