import { ruleTester } from '../../helpers/rule-tester.js';

const yearly = {
  goals:
    '## Goals\n\n- **G1** Grow ACME ARR from $2.0M to $2.6M by 2027-12-31.\n  - Opportunities: O1\n  - Target: $2.6M\n- **G2** Hold 40 executive meetings by 2027-12-31.\n  - Opportunities: O2\n  - Target: 40 meetings',
};

/** Quarter plans under the plan under test: one per target, each goal supporting G1 (and G2 with 10 meetings). */
function quarters(
  targets: string[],
  meetings = '10 meetings',
  goal = (target: string) => `Book ${target} of ACME ARR.\n  - Supports: G1\n  - Target: ${target}`,
) {
  return Object.fromEntries(
    targets.map((target, i) => [
      `plans/q${i + 1}.md`,
      {
        frontMatter: { id: `acme-fy2027-q${i + 1}`, period: `FY2027-Q${i + 1}`, parent: 'acme-fy2027' },
        sections: {
          goals: `## Goals\n\n- **G1** ${goal(target)}\n- **G2** Hold executive meetings.\n  - Supports: G2\n  - Target: ${meetings}`,
        },
      },
    ]),
  );
}

ruleTester('quarters-sum-to-year', {
  valid: [
    { name: 'quarters that add up', sections: yearly, otherPlans: quarters(['$650k', '$650k', '$600k', '$700k']) },
    // Contract §5b: the sum must equal the yearly target within 0.5%.
    { name: 'within 0.5% under the year', sections: yearly, otherPlans: quarters(['$650k', '$650k', '$650k', '$640k']) },
    { name: 'within 0.5% over the year', sections: yearly, otherPlans: quarters(['$650k', '$650k', '$650k', '$660k']) },
    {
      name: "a quarter goal without Target: counts its statement's target (the to of from -> to)",
      sections: yearly,
      otherPlans: quarters(
        ['$650k', '$650k', '$650k', '$650k'],
        '10 meetings',
        (target) => `Grow ACME bookings from $400k to ${target} by the end of the quarter.\n  - Supports: G1`,
      ),
    },
    {
      name: "a yearly goal without Target: has its statement's target",
      sections: { goals: yearly.goals.replace('\n  - Target: $2.6M', '') },
      otherPlans: quarters(['$650k', '$650k', '$600k', '$700k']),
    },
    {
      name: 'amounts of one quarter for the same yearly goal add up',
      sections: yearly,
      otherPlans: {
        ...quarters(['$650k', '$650k', '$650k', '$650k']),
        'plans/q1.md': {
          frontMatter: { id: 'acme-fy2027-q1', period: 'FY2027-Q1', parent: 'acme-fy2027' },
          sections: {
            goals:
              '## Goals\n\n- **G1** Book $300k of new ACME ARR.\n  - Supports: G1\n  - Target: $300k\n- **G3** Book $350k of ACME renewals.\n  - Supports: G1\n  - Target: $350k\n- **G2** Hold executive meetings.\n  - Supports: G2\n  - Target: 10 meetings',
          },
        },
      },
    },
    { name: 'three quarters only: not checked yet', sections: yearly, otherPlans: quarters(['$100k', '$100k', '$100k']) },
    { name: 'other units do not add up with the target', sections: yearly, otherPlans: quarters(['5 logos', '5 logos', '5 logos', '5 logos']) },
    {
      name: 'percentages are never summed',
      sections: {
        goals:
          '## Goals\n\n- **G1** Raise adoption from 60% to 80% by 2027-12-31.\n  - Target: 80%\n- **G2** Hold 40 executive meetings by 2027-12-31.\n  - Target: 40 meetings',
      },
      otherPlans: quarters(['5%', '5%', '5%', '5%'], '10 meetings'),
    },
  ],
  invalid: [
    {
      name: 'currency targets that fall short, at the yearly goal',
      sections: yearly,
      otherPlans: quarters(['$500k', '$600k', '$600k', '$500k']),
      errors: [
        {
          at: 'goals:3',
          message:
            "Goal G1 targets $2.6M but its quarter plans' targets add up to $2.2M (FY2027-Q1 $500k, FY2027-Q2 $600k, FY2027-Q3 $600k, FY2027-Q4 $500k): raise the quarters' targets or lower the year's",
        },
      ],
    },
    {
      name: 'counts that fall short',
      sections: yearly,
      otherPlans: quarters(['$650k', '$650k', '$650k', '$650k'], '9 meetings'),
      errors: [
        {
          at: 'goals:6',
          message:
            "Goal G2 targets 40 meetings but its quarter plans' targets add up to 36 meetings (FY2027-Q1 9 meetings, FY2027-Q2 9 meetings, FY2027-Q3 9 meetings, FY2027-Q4 9 meetings): raise the quarters' targets or lower the year's",
        },
      ],
    },
    {
      name: 'quarters that add up to more than the year (the yearly target understates the plan)',
      sections: yearly,
      otherPlans: quarters(['$1M', '$1M', '$1M', '$1M']),
      errors: [
        {
          at: 'goals:3',
          message:
            "Goal G1 targets $2.6M but its quarter plans' targets add up to $4M (FY2027-Q1 $1M, FY2027-Q2 $1M, FY2027-Q3 $1M, FY2027-Q4 $1M): lower the quarters' targets or raise the year's",
        },
      ],
    },
    {
      name: "statement targets that fall short (each quarter's one quantity)",
      sections: yearly,
      otherPlans: quarters(['$500k', '$500k', '$500k', '$500k'], '10 meetings', (target) => `Book ${target} of ACME ARR.\n  - Supports: G1`),
      errors: [
        {
          at: 'goals:3',
          message:
            "Goal G1 targets $2.6M but its quarter plans' targets add up to $2M (FY2027-Q1 $500k, FY2027-Q2 $500k, FY2027-Q3 $500k, FY2027-Q4 $500k): raise the quarters' targets or lower the year's",
        },
      ],
    },
  ],
});
