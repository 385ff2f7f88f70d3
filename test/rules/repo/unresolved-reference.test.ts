import { ruleTester } from '../../helpers/rule-tester.js';
import { withGoals, TEAM } from './plans.js';

const child = { parent: 'emea-fy2027' };

ruleTester('unresolved-reference', {
  valid: [
    {
      name: 'an unqualified Supports ID names a goal of the parent',
      frontMatter: child,
      sections: withGoals('G1', 'G2'),
      otherPlans: { 'plans/emea.md': TEAM },
    },
    {
      name: 'plan-id#ID to a goal or objective of another plan',
      sections: withGoals('emea-fy2027#G1', 'emea-fy2027#OB1'),
      otherPlans: { 'plans/emea.md': TEAM },
    },
    {
      name: 'the parent named by a relative path',
      frontMatter: { parent: '../teams/emea.md' },
      sections: withGoals('G1'),
      otherPlans: { 'teams/emea.md': TEAM },
    },
    { name: 'the parent named by a path without .md', frontMatter: { parent: 'emea' }, sections: withGoals('G2'), otherPlans: { 'plans/emea.md': TEAM } },
    {
      name: 'a plan id two plans share is left to duplicate-plan-id',
      frontMatter: child,
      sections: withGoals('G1', 'emea-fy2027#G9'),
      otherPlans: { 'plans/emea.md': TEAM, 'plans/emea-copy.md': TEAM },
    },
    {
      name: 'prose around the ID: a bare period is no reference',
      frontMatter: child,
      sections: withGoals("the team's FY2027 goal G1 (Q3)"),
      otherPlans: { 'plans/emea.md': TEAM },
    },
    { name: 'a company plan without a parent and without Supports', frontMatter: { kind: 'company', id: 'company-fy2027' } },
  ],
  invalid: [
    {
      name: 'an unknown plan',
      sections: withGoals('nowhere-fy2027#G1'),
      errors: [{ at: 'goals:6', column: 15, message: '"nowhere-fy2027#G1" names plan "nowhere-fy2027", which does not exist (no plan has this id)' }],
    },
    {
      name: 'an unknown item of a known plan',
      sections: withGoals('emea-fy2027#G9'),
      otherPlans: { 'plans/emea.md': TEAM },
      errors: [{ at: 'goals:6', message: '"emea-fy2027#G9" does not exist: plan "emea-fy2027" has no item G9' }],
    },
    {
      name: 'Supports naming a risk',
      frontMatter: child,
      sections: withGoals('R1'),
      otherPlans: { 'plans/emea.md': TEAM },
      errors: [{ at: 'goals:6', message: '"R1" is a risk of plan "emea-fy2027", not a goal or an objective' }],
    },
    {
      name: 'a cross-plan Opportunities reference to a goal',
      sections: {
        ...withGoals(undefined),
        goals: '## Goals\n\n- **G1** Grow ACME EMEA ARR from $2.0M to $2.6M by 2027-12-31.\n  - Opportunities: O1, emea-fy2027#G1',
      },
      otherPlans: { 'plans/emea.md': TEAM },
      errors: [{ at: 'goals:4', column: 24, message: '"emea-fy2027#G1" is a goal of plan "emea-fy2027", not an opportunity' }],
    },
    {
      name: 'an unqualified Supports ID in a plan without a parent',
      sections: withGoals('G1'),
      errors: [
        {
          at: 'goals:6',
          message: '"G1" in Supports means an item of the parent plan, but this plan has no parent: write "plan-id#G1" or add "parent:" to the front matter',
        },
      ],
    },
    {
      name: 'an unknown parent, at the parent key',
      frontMatter: { parent: 'emea-fy2026' },
      sections: withGoals('G1'),
      otherPlans: { 'plans/emea.md': TEAM },
      errors: [{ at: 8, message: 'Parent "emea-fy2026" not found: no plan has this id, and no plan file has this path' }],
    },
    {
      name: 'local checks still run',
      sections: { ...withGoals(undefined), goals: '## Goals\n\n- **G1** Grow ACME EMEA ARR from $2.0M to $2.6M by 2027-12-31.\n  - Opportunities: O9' },
      errors: [{ at: 'goals:4', message: '"O9" does not exist in this plan' }],
    },
    {
      name: 'an ID the parent plan has: the qualified reference is suggested',
      frontMatter: child,
      sections: {
        objectives:
          '## Objectives\n\n- **OB1** Run 2 analytics workshops by 2027-06-30.\n  - Goals: G3\n  - Owner: Sam Lee\n- **OB2** Deliver a reporting pilot to 2 depots by 2027-06-30.\n  - Goals: G2\n  - Owner: Sam Lee',
      },
      otherPlans: {
        'plans/emea.md': {
          ...TEAM,
          sections: {
            goals:
              '## Goals\n\n- **G1** Grow EMEA ARR from $9M to $11M by 2027-12-31.\n  - Opportunities: O1\n  - Owner: Priya Shah\n- **G2** Win 3 new executive sponsors by end of Q2 2027.\n  - Opportunities: O2\n  - Owner: Priya Shah\n- **G3** Grow EMEA bookings by 20% by 2027-12-31.\n  - Opportunities: O1\n  - Owner: Priya Shah',
          },
        },
      },
      errors: [{ at: 'objectives:4', message: '"G3" does not exist in this plan; plan "emea-fy2027" has G3: write "emea-fy2027#G3"' }],
    },
    {
      name: 'a misspelt ID: did you mean',
      sections: {
        goals:
          '## Goals\n\n- **G1** Grow ACME EMEA ARR from $2.0M to $2.6M by 2027-12-31.\n  - Opportunities: O-2\n  - Owner: Dana Reyes\n- **G2** Win 3 new executive sponsors in logistics by end of Q2 2027.\n  - Opportunities: O2\n  - Owner: Dana Reyes',
      },
      errors: [{ at: 'goals:4', message: '"O-2" does not exist in this plan; did you mean "O2"?' }],
    },
    {
      name: 'another number is another item, not a typo',
      sections: {
        goals:
          '## Goals\n\n- **G1** Grow ACME EMEA ARR from $2.0M to $2.6M by 2027-12-31.\n  - Opportunities: O3\n  - Owner: Dana Reyes\n- **G2** Win 3 new executive sponsors in logistics by end of Q2 2027.\n  - Opportunities: O2\n  - Owner: Dana Reyes',
      },
      errors: [{ at: 'goals:4', message: '"O3" does not exist in this plan' }],
    },
  ],
});
