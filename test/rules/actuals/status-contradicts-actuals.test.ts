import { ruleTester } from '../../helpers/rule-tester.js';
import { plan } from './fixtures.js';

const GROW = '- **G1** Grow ARR from $2.0M to $2.6M by 2027-12-31.';

ruleTester('status-contradicts-actuals', {
  valid: [
    { name: '"on track" on pace', text: plan(`## Goals\n\n${GROW}\n  - Status: on track\n  - Actual: $2.3M (2027-07-01)`), today: '2027-07-02' },
    { name: '"at risk" behind pace', text: plan(`## Goals\n\n${GROW}\n  - Status: at risk\n  - Actual: $2.05M (2027-07-01)`), today: '2027-07-02' },
    { name: '"on track" with no reading says nothing', text: plan(`## Goals\n\n${GROW}\n  - Status: on track`), today: '2027-07-02' },
    {
      name: 'only the newest check-in counts',
      text: plan(`## Goals\n\n${GROW}\n\n## Check-ins\n\n- 2027-03-01 **G1** $2.1M — on track.\n- 2027-07-01 **G1** $2.1M — off track: two renewals slipped.`),
      today: '2027-07-02',
    },
    {
      name: 'a Review "Met" at target',
      text: plan(`## Goals\n\n${GROW}\n  - Actual: $2.61M (2027-12-20)\n\n## Review\n\n- **G1** Met — renewals closed early.`),
      today: '2028-01-10',
    },
    {
      name: 'a Review "Partially met" below target',
      text: plan(`## Goals\n\n${GROW}\n  - Actual: $2.4M (2027-12-20)\n\n## Review\n\n- **G1** Partially met — one renewal slipped.`),
      today: '2028-01-10',
    },
    {
      name: "a Review is checked against the newest reading on or before the period's end",
      text: plan(`## Goals\n\n${GROW}\n  - Actual: $2.6M (2027-12-30)\n  - Actual: $2.4M (2028-01-05)\n\n## Review\n\n- **G1** Met — on the last day.`),
      today: '2028-01-10',
    },
    {
      name: 'a milestone met, and its Review Met',
      text: plan(
        `## Goals\n\n- **G3** Sign the MSA with Initech by 2027-06-30.\n\n## Check-ins\n\n- 2027-06-12 **G3** done — signed.\n\n## Review\n\n- **G3** Met — signed in June.`,
      ),
      today: '2028-01-10',
    },
    {
      // Contract §8a: a milestone's reading is an outcome (met/done or missed); "0 of 1 — at risk" is news, not one.
      name: "a milestone's Review Met after a check-in that was only at risk",
      text: plan(
        `## Goals\n\n- **G2** Get a signed letter of intent from the Lyon site before the end of Q3.\n\n## Check-ins\n\n- 2027-08-02 **G2** 0 of 1 — at risk: the site budget is not approved yet.\n\n## Review\n\n- **G2** Met — the letter was signed on September 20.`,
      ),
      today: '2028-01-10',
    },
  ],
  invalid: [
    {
      name: 'Status "on track" while behind pace: at the field',
      text: plan(`## Goals\n\n${GROW}\n  - Status: on track\n  - Actual: $2.05M (2027-07-01)`),
      today: '2027-07-02',
      errors: [
        {
          at: 11,
          message:
            'Goal G1\'s Status says "on track" but it is behind pace, at 8% of its target ($2.05M on 2027-07-01) where 50% of its time has passed: set it to "at risk" or "off track", or record the newer reading',
        },
      ],
    },
    {
      name: 'the newest check-in says "on track" while behind pace: at the check-in',
      text: plan(`## Goals\n\n${GROW}\n\n## Check-ins\n\n- 2027-03-01 **G1** $2.0M — off track.\n- 2027-07-01 **G1** $2.1M — on track: renewals next month.`),
      today: '2027-07-02',
      errors: [
        {
          at: 15,
          message:
            'The check-in of G1 on 2027-07-01 says "on track" but it is behind pace, at 17% of its target ($2.1M on 2027-07-01) where 50% of its time has passed: say "at risk" or "off track" and why',
        },
      ],
    },
    {
      name: 'a Review "Met" while the last reading is below target',
      text: plan(`## Goals\n\n${GROW}\n  - Actual: $2.4M (2027-12-20)\n\n## Review\n\n- **G1** Met — close enough.`),
      today: '2028-01-10',
      errors: [
        {
          at: 15,
          message:
            'The Review says G1 was met, but its last reading is below target ($2.4M on 2027-12-20, 67% of the way): write "Partially met" or "Missed", or record the reading that met it',
        },
      ],
    },
    {
      name: 'a Review ✅ (the mark review-required accepts as Met) while the last reading is below target',
      text: plan(`## Goals\n\n${GROW}\n  - Actual: $2.4M (2027-12-20)\n\n## Review\n\n- **G1** ✅ close enough.`),
      today: '2028-01-10',
      errors: [
        {
          at: 15,
          message:
            'The Review says G1 was met, but its last reading is below target ($2.4M on 2027-12-20, 67% of the way): write "Partially met" or "Missed", or record the reading that met it',
        },
      ],
    },
    {
      name: 'a Review whose result is in a Result: field, while the last reading is below target',
      text: plan(`## Goals\n\n${GROW}\n  - Actual: $2.4M (2027-12-20)\n\n## Review\n\n- **G1** Renewals closed late.\n  - Result: met`),
      today: '2028-01-10',
      errors: [
        {
          at: 15,
          message:
            'The Review says G1 was met, but its last reading is below target ($2.4M on 2027-12-20, 67% of the way): write "Partially met" or "Missed", or record the reading that met it',
        },
      ],
    },
    {
      name: 'a Review "Missed" while the last reading reached the target (a falling target)',
      text: plan(
        `## Goals\n\n- **G1** Cut churn from 12% to 8% by 2027-12-31.\n  - Actual: 7.5% (2027-12-01)\n\n## Review\n\n- **G1** Missed — churn stayed high.`,
      ),
      today: '2028-01-10',
      errors: [
        { at: 15, message: 'The Review says G1 was missed, but its last reading reached the target (7.5% on 2027-12-01): write "Met", or correct the reading' },
      ],
    },
    {
      name: 'a milestone missed, reviewed as Met',
      text: plan(
        `## Goals\n\n- **G3** Sign the MSA with Initech by 2027-06-30.\n\n## Check-ins\n\n- 2027-07-01 **G3** missed — legal ran late.\n\n## Review\n\n- **G3** Met — signed in July.`,
      ),
      today: '2028-01-10',
      errors: [
        {
          at: 18,
          message:
            'The Review says G3 was met, but its last reading is below target (missed on 2027-07-01, 0% of the way): write "Partially met" or "Missed", or record the reading that met it',
        },
      ],
    },
  ],
});
