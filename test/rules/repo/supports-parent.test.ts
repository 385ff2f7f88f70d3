import { ruleTester } from '../../helpers/rule-tester.js';
import { TEAM, withGoals } from './plans.js';

const COMPANY = { frontMatter: { id: 'company-fy2027', kind: 'company', owner: 'Alex Kim' } };
const TEAM_UNDER_COMPANY = { ...TEAM, frontMatter: { ...(TEAM.frontMatter as object), parent: 'company-fy2027' } };
const child = { parent: 'emea-fy2027' };

ruleTester('supports-parent', {
  valid: [
    { name: 'every goal supports a parent goal', frontMatter: child, sections: withGoals('G1', 'emea-fy2027#G2'), otherPlans: { 'plans/emea.md': TEAM } },
    { name: 'a plan without a parent', sections: withGoals(undefined, undefined) },
    {
      name: 'a reference that does not resolve is left to unresolved-reference',
      frontMatter: child,
      sections: withGoals('nowhere#G1'),
      otherPlans: { 'plans/emea.md': TEAM },
    },
  ],
  invalid: [
    {
      name: 'a goal may support a goal higher up the chain (the team plan between them is judged on its own)',
      frontMatter: child,
      sections: withGoals('company-fy2027#G1'),
      otherPlans: { 'plans/emea.md': TEAM_UNDER_COMPANY, 'plans/company.md': COMPANY },
      errors: [],
      otherErrors: {
        'plans/emea.md': [
          { at: 30, message: 'Goal G1 supports no item of the parent plan "company-fy2027": add a field such as "- Supports: company-fy2027#G1"' },
          { at: 34, message: 'Goal G2 supports no item of the parent plan "company-fy2027": add a field such as "- Supports: company-fy2027#G1"' },
        ],
      },
    },
    {
      name: 'a goal without Supports',
      frontMatter: child,
      sections: withGoals('G1', undefined),
      otherPlans: { 'plans/emea.md': TEAM },
      errors: [{ at: 'goals:7', message: 'Goal G2 supports no item of the parent plan "emea-fy2027": add a field such as "- Supports: emea-fy2027#G1"' }],
    },
    {
      name: 'a goal that supports only a plan outside its chain',
      frontMatter: child,
      sections: withGoals('company-fy2027#G1'),
      otherPlans: { 'plans/emea.md': TEAM, 'plans/company.md': COMPANY },
      errors: [
        {
          at: 'goals:3',
          message:
            'Goal G1 supports no item of the parent plan "emea-fy2027" (it supports company-fy2027#G1 only): add a field such as "- Supports: emea-fy2027#G1"',
        },
      ],
    },
    {
      name: 'a goal without Supports whose parent cannot be found',
      frontMatter: { parent: 'emea-fy2026' },
      sections: withGoals(undefined),
      errors: [{ at: 'goals:3', message: 'Goal G1 supports no item of the parent plan "emea-fy2026": add a field such as "- Supports: emea-fy2026#G1"' }],
    },
  ],
});
