import { ruleTester } from '../../helpers/rule-tester.js';
import { lineOf, plan } from './fixtures.js';

const GROW = '- **G1** Grow ARR from $2.0M to $2.6M by 2027-12-31.';
const behind = plan(`## Goals\n\n${GROW}\n  - Actual: $2.05M (2027-07-01)`);
const checkInBehind = plan(`## Goals\n\n${GROW}\n\n## Check-ins\n\n- 2027-06-30 **G1** $2.1M — on track: renewals slipped.`);

// FY2027 starts 2026-02-01 with a February fiscal start: on 2026-08-01 half of FY2027 has gone by.
const februaryPlan = plan(`## Goals\n\n- **G1** Book 40 new logos by 2027-01-31.\n  - Actual: 12 logos (2026-07-28)`);

ruleTester('behind-pace', {
  valid: [
    { name: 'progress within the tolerance of expected progress', text: plan(`## Goals\n\n${GROW}\n  - Actual: $2.25M (2027-07-01)`), today: '2027-07-02' },
    { name: 'no reading: no progress, not zero', text: plan(`## Goals\n\n${GROW}`), today: '2027-10-01' },
    { name: 'the plan has not started', text: behind, today: '2026-12-01' },
    { name: 'the plan has ended (the Review judges it)', text: behind, today: '2028-01-15' },
    { name: 'a closed plan', text: plan(`## Goals\n\n${GROW}\n  - Actual: $2.05M (2027-07-01)`, { status: 'closed' }), today: '2027-07-02' },
    { name: 'a goal whose status is met', text: plan(`## Goals\n\n${GROW}\n  - Status: met\n  - Actual: $2.05M (2027-07-01)`), today: '2027-07-02' },
    {
      name: 'a goal whose deadline has passed (overdue-item says so)',
      text: plan(`## Goals\n\n- **G1** Grow ARR from $2.0M to $2.6M by 2027-06-30.\n  - Actual: $2.05M (2027-06-01)`),
      today: '2027-07-02',
    },
    {
      name: 'a milestone is never behind pace',
      text: plan(`## Goals\n\n- **G1** Sign the MSA with Initech by 2027-12-31.\n  - Status: on track`),
      today: '2027-11-01',
    },
    {
      name: 'a reading dated after today is ignored',
      text: plan(`## Goals\n\n${GROW}\n  - Actual: $2.5M (2027-06-01)\n  - Actual: $2.01M (2027-09-01)`),
      today: '2027-07-02',
    },
    { name: 'the tolerance is an option', text: behind, today: '2027-07-02', options: { tolerance: 0.5 } },
    {
      name: 'pace weights: a back-loaded year expects little by mid-year',
      text: plan(`## Goals\n\n${GROW}\n  - Actual: $2.1M (2027-07-01)`),
      today: '2027-07-02',
      options: { pace: [0.1, 0.15, 0.25, 0.5] },
    },
    {
      name: 'pace from the config',
      text: plan(`## Goals\n\n${GROW}\n  - Actual: $2.1M (2027-07-01)`),
      today: '2027-07-02',
      config: { pace: [0.1, 0.15, 0.25, 0.5] },
    },
    {
      name: 'a fiscal year starting in February: on pace',
      text: plan(`## Goals\n\n- **G1** Book 40 new logos by 2027-01-31.\n  - Actual: 16 logos (2026-07-28)`),
      today: '2026-08-01',
      config: { fiscalYearStart: 2 },
    },
  ],
  invalid: [
    {
      name: 'an Actual: field behind pace',
      text: behind,
      today: '2027-07-02',
      errors: [
        {
          at: lineOf(behind, '**G1**'),
          message:
            'Goal G1 is behind pace: at 8% of its target ($2.05M on 2027-07-01) where 50% of its time has passed: record a newer reading, or change the approach and say so in a check-in',
        },
      ],
    },
    {
      name: 'a check-in behind pace',
      text: checkInBehind,
      today: '2027-07-02',
      errors: [
        {
          at: lineOf(checkInBehind, '**G1**'),
          message:
            'Goal G1 is behind pace: at 17% of its target ($2.1M on 2027-06-30) where 50% of its time has passed: record a newer reading, or change the approach and say so in a check-in',
        },
      ],
    },
    {
      name: 'a CSV reading behind pace',
      text: plan(`## Goals\n\n${GROW}`),
      actuals: { 'crm.csv': 'plan,item,value,date\nacme-fy2027,G1,"$2,050,000",2027-07-01\n' },
      today: '2027-07-02',
      errors: [
        {
          at: 10,
          message:
            'Goal G1 is behind pace: at 8% of its target ($2.05M on 2027-07-01) where 50% of its time has passed: record a newer reading, or change the approach and say so in a check-in',
        },
      ],
    },
    {
      name: 'pace weights: a front-loaded year expects more by mid-year',
      text: plan(`## Goals\n\n${GROW}\n  - Actual: $2.2M (2027-07-01)`),
      today: '2027-07-02',
      options: { pace: [0.4, 0.3, 0.2, 0.1] },
      errors: [
        {
          at: 10,
          message:
            'Goal G1 is behind pace: at 33% of its target ($2.2M on 2027-07-01) where 70% of its time has passed: record a newer reading, or change the approach and say so in a check-in',
        },
      ],
    },
    {
      name: 'a fiscal year starting in February: behind',
      text: februaryPlan,
      today: '2026-08-01',
      config: { fiscalYearStart: 2 },
      errors: [
        {
          at: 10,
          message:
            'Goal G1 is behind pace: at 30% of its target (12 logos on 2026-07-28) where 50% of its time has passed: record a newer reading, or change the approach and say so in a check-in',
        },
      ],
    },
    {
      name: 'a "1 of 3" check-in behind pace',
      text: plan(
        `## Goals\n\n- **G2** Hold 3 executive briefings by 2027-12-31.\n\n## Check-ins\n\n- 2027-09-01 **G2** 1 of 3 briefings held — at risk: CFO travel.`,
      ),
      today: '2027-09-02',
      errors: [
        {
          at: 10,
          message:
            'Goal G2 is behind pace: at 33% of its target (1 of 3 on 2027-09-01) where 67% of its time has passed: record a newer reading, or change the approach and say so in a check-in',
        },
      ],
    },
  ],
});
