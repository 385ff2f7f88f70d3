import { ruleTester } from '../../helpers/rule-tester.js';

const fy2026 = { period: 'FY2026' };
const objectives = (status: string | undefined, due = 'by 2026-09-30') =>
  `## Objectives\n\n- **OB1** Run 4 analytics workshops with the EMEA finance team ${due}.\n  - Goals: G1\n  - Owner: Sam Lee${status ? `\n  - Status: ${status}` : ''}\n- **OB2** Deliver a logistics reporting pilot to 2 depots by 2026-12-31.\n  - Goals: G1, G2`;

ruleTester('overdue-item', {
  valid: [
    { name: 'met', frontMatter: fy2026, sections: { objectives: objectives('met') } },
    { name: 'missed is an outcome too', frontMatter: fy2026, sections: { objectives: objectives('Missed') } },
    { name: 'a closed plan', frontMatter: { ...fy2026, status: 'closed' }, sections: { objectives: objectives('on track') } },
    {
      name: 'a review result',
      frontMatter: fy2026,
      sections: { objectives: objectives(undefined), review: '## Review\n\n- **OB1** Met — four workshops held.' },
    },
    { name: 'not due yet', frontMatter: fy2026, sections: { objectives: objectives('at risk', 'by 2026-12-15') } },
    // Contract §8: a check-in's status word is one of the Status values; one that records the outcome is one.
    {
      name: 'a check-in that records the outcome',
      frontMatter: fy2026,
      sections: { objectives: objectives(undefined), checkins: '## Check-ins\n\n- 2026-10-02 **OB1** 4 of 4 workshops — met: the last one in Zurich.' },
    },
    // §8a: a milestone's reading is a check-in of done/met or missed.
    {
      name: 'a milestone done in a check-in',
      frontMatter: fy2026,
      sections: {
        goals: '## Goals\n\n- **G1** Sign the MSA with Initech by 2026-06-30.\n  - Opportunities: O1\n  - Owner: Dana Reyes',
        checkins: '## Check-ins\n\n- 2026-06-20 **G1** done — signed by their CFO.',
      },
    },
    { name: 'the clean FY2027 plan', frontMatter: {} },
    {
      // §5a: a Due: field wins over the statement's date; one the tool cannot read is smart-time-bound's finding.
      name: 'a Due the tool cannot read: the date in the statement is not put in its place',
      frontMatter: fy2026,
      sections: { objectives: `${objectives(undefined)}`.replace('  - Owner: Sam Lee', '  - Owner: Sam Lee\n  - Due: after the pilot') },
    },
  ],
  invalid: [
    {
      name: 'an OKR goal is due with its last key result',
      frontMatter: fy2026,
      sections: {
        goals:
          '## Goals\n\n### G1 Become the reference vendor for public health\n\nKey results:\n\n- Close 6 new logos by 2026-06-30.\n- Publish 2 joint case studies by 2026-09-30.\n\n- Opportunities: O1\n- Owner: Dana Reyes',
      },
      errors: [
        {
          at: 'goals:3',
          message:
            'Goal G1 was due on 2026-09-30 (its key result says "2026-09-30") and its status is not set: record the outcome ("Status: met" or "Status: missed") or move the deadline',
        },
      ],
    },
    {
      name: 'past due and still on track',
      frontMatter: fy2026,
      sections: { objectives: objectives('on track') },
      errors: [
        {
          at: 'objectives:3',
          message:
            'Objective OB1 was due on 2026-09-30 (its statement says "2026-09-30") and its status is still "on track": record the outcome ("Status: met" or "Status: missed") or move the deadline',
        },
      ],
    },
    {
      name: 'a check-in that says on track is no outcome',
      frontMatter: fy2026,
      sections: { objectives: objectives(undefined), checkins: '## Check-ins\n\n- 2026-09-15 **OB1** 3 of 4 workshops — on track.' },
      errors: [
        {
          at: 'objectives:3',
          message:
            'Objective OB1 was due on 2026-09-30 (its statement says "2026-09-30") and its status is not set: record the outcome ("Status: met" or "Status: missed") or move the deadline',
        },
      ],
    },
    {
      name: 'past due without a status',
      frontMatter: fy2026,
      sections: { objectives: objectives(undefined) },
      errors: [
        {
          at: 'objectives:3',
          message:
            'Objective OB1 was due on 2026-09-30 (its statement says "2026-09-30") and its status is not set: record the outcome ("Status: met" or "Status: missed") or move the deadline',
        },
      ],
    },
    {
      name: 'a quarter in a Due field',
      frontMatter: fy2026,
      sections: {
        objectives: objectives('at risk', 'for the board'),
        goals: '## Goals\n\n- **G1** Grow ARR from $2.0M to $2.6M.\n  - Due: 2026-Q2\n- **G2** Win 3 sponsors by 2026-12-31.',
      },
      errors: [
        {
          at: 'goals:3',
          message:
            'Goal G1 was due on 2026-06-30 (Due: 2026-Q2) and its status is not set: record the outcome ("Status: met" or "Status: missed") or move the deadline',
        },
      ],
    },
  ],
});
