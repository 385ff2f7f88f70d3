import { ruleTester } from '../../helpers/rule-tester.js';
import { plan } from './fixtures.js';

const GROW = '- **G1** Grow ARR from $2.0M to $2.6M by 2027-12-31.';
const CHECKINS = '## Check-ins\n\n- 2027-03-20 **G2** 1 of 3 briefings held — on track.';

ruleTester('stale-actuals', {
  valid: [
    { name: 'a reading younger than maxAgeDays', text: plan(`## Goals\n\n${GROW}\n  - Actual: $2.2M (2027-06-10)`), today: '2027-07-01' },
    { name: 'a repo that records no actuals gets no finding', text: plan(`## Goals\n\n${GROW}`), today: '2027-10-01' },
    { name: 'a milestone needs no reading', text: plan(`## Goals\n\n- **G1** Sign the MSA with Initech by 2027-12-31.\n\n${CHECKINS}`), today: '2027-10-01' },
    {
      name: 'a milestone whose contract has a length is still a milestone ("3-year" is no target)',
      text: plan(`## Goals\n\n- **G1** Get the Midlands NHS trust to sign a 3-year framework call-off by 2027-12-31.\n\n${CHECKINS}`),
      today: '2027-10-01',
    },
    {
      name: 'the goal is not running any more (status met)',
      text: plan(`## Goals\n\n${GROW}\n  - Status: met\n  - Actual: $2.6M (2027-02-01)`),
      today: '2027-10-01',
    },
    { name: 'maxAgeDays is an option', text: plan(`## Goals\n\n${GROW}\n  - Actual: $2.2M (2027-05-01)`), today: '2027-07-01', options: { maxAgeDays: 90 } },
    {
      name: "a tracked plan, but less than a quarter of the goal's time has passed",
      text: plan(`## Goals\n\n${GROW}\n\n${CHECKINS}`),
      today: '2027-03-25',
    },
  ],
  invalid: [
    {
      name: "a value rolled up from supporting goals is never a reason for a finding (the supporting goal's own reading is judged in its plan)",
      file: 'company.md',
      text: plan(`## Goals\n\n- **G1** Book 40 new logos by 2027-12-31.`, { id: 'company-fy2027', kind: 'company' }),
      otherPlans: {
        'team.md': plan(`## Goals\n\n- **G1** Book 20 new logos by 2027-12-31.\n  - Supports: G1\n  - Actual: 4 logos (2027-02-01)`, {
          id: 'team-fy2027',
          kind: 'team',
          parent: 'company-fy2027',
        }),
      },
      today: '2027-07-01',
      errors: [],
      otherErrors: {
        'team.md': [
          {
            at: 11,
            message:
              'Goal G1\'s newest reading is from 2027-02-01, 150 days ago (more than 35): add a check-in ("- 2027-07-01 **G1** <value> — on track"), an "Actual:" field, or a row in the actuals export',
          },
        ],
      },
    },
    {
      name: 'the newest reading is older than maxAgeDays',
      text: plan(`## Goals\n\n${GROW}\n  - Actual: $2.1M (2027-03-01)\n  - Actual: $2.2M (2027-05-01)`),
      today: '2027-07-01',
      errors: [
        {
          at: 10,
          message:
            'Goal G1\'s newest reading is from 2027-05-01, 61 days ago (more than 35): add a check-in ("- 2027-07-01 **G1** <value> — on track"), an "Actual:" field, or a row in the actuals export',
        },
      ],
    },
    {
      name: 'no reading a quarter into its time, in a plan with Check-ins',
      text: plan(`## Goals\n\n${GROW}\n- **G2** Hold 3 executive briefings by 2027-12-31.\n\n${CHECKINS}`),
      today: '2027-04-02',
      errors: [
        {
          at: 10,
          message:
            'Goal G1 has no reading and a quarter of its time (from 2027-01-01 to 2027-12-31) has passed: add a check-in ("- 2027-04-02 **G1** <value> — on track"), an "Actual:" field, or a row in the actuals export',
        },
      ],
    },
    {
      name: 'no reading where the config names CSV exports (--actuals)',
      text: plan(`## Goals\n\n${GROW}`),
      actuals: { 'crm.csv': 'plan,item,value,date\n' },
      today: '2027-04-02',
      errors: [
        {
          at: 10,
          message:
            'Goal G1 has no reading and a quarter of its time (from 2027-01-01 to 2027-12-31) has passed: add a check-in ("- 2027-04-02 **G1** <value> — on track"), an "Actual:" field, or a row in the actuals export',
        },
      ],
    },
    {
      name: 'a CSV reading that is stale',
      text: plan(`## Goals\n\n${GROW}`),
      actuals: { 'crm.csv': 'plan,item,value,date\nacme-fy2027,G1,2100000,2027-01-31\n' },
      today: '2027-04-02',
      errors: [
        {
          at: 10,
          message:
            'Goal G1\'s newest reading is from 2027-01-31, 61 days ago (more than 35): add a check-in ("- 2027-04-02 **G1** <value> — on track"), an "Actual:" field, or a row in the actuals export',
        },
      ],
    },
  ],
});
