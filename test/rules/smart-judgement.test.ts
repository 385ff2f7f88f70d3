// Issue #17: cases written from the contract (plan-format.md §5, §5a, "Messages"), each in the rule-tester's table
// form. Verbs, milestones and date shapes not in the older tests; the README's example goals are among them.
import { ruleTester } from '../helpers/rule-tester.js';

const fields = '  - Opportunities: O1\n  - Owner: Dana Reyes';
const goals = (statement: string, extra = ''): string => `## Goals\n\n- **G1** ${statement}\n${fields}${extra}`;
/** FY2027 from February: 2026-02-01 .. 2027-01-31 (the clean plan's objectives are moved inside it). */
const febObjectives = '## Objectives\n\n- **OB1** Run 2 workshops by 2026-12-15.\n  - Goals: G1\n  - Owner: Sam Lee';
const feb = { config: { fiscalYearStart: 2 } };

// Specific on meaning: any English verb in the imperative or infinitive is an action; filler only in its filler sense.
ruleTester('smart-specific', {
  valid: [
    ...[
      'Walk the procurement board through the total-cost model by 2027-02-15.',
      "Pass the tender's pre-qualification round by April 30.",
      'Send the extension proposal to procurement by 2027-03-01.',
      'Secure a place on both lots of the regional IT framework by end of Q2.',
      'Table the multi-year renewal at the March board meeting.',
      'Broker an introduction to the new CFO at Umbrella.',
      'Staff the Singapore presales desk by 2027-03-01.',
      'Co-author the migration runbook with the customer IT team.',
      'Kick off the joint account plan with the regional VP.',
      'Lock in the renewal terms with Soylent before June.',
      'Stand up a customer advisory board for the insurance vertical.',
      'Reprice the legacy maintenance contracts at Hooli.',
      'Persuade Globex procurement to accept the usage-based model.',
      'Nominate Initech for the regional industry award.',
      'The EMEA team will shepherd the Contoso security review to sign-off.',
      'Team to relaunch the referral programme with revised payouts.',
      'Q2: ferry the pilot results to the steering committee.',
      'Launch the Internet of Things bundle with 5 distributors by Q3.',
      'Open 4 reseller accounts in Great Britain by 30 June.',
      'Migrate 12 customers off the legacy Synergy suite by Q3.',
      'Auction 3 lots of refurbished scanners through the dealer network.',
      'Sign the framework covering all lots of the NHS print tender.',
      'Sign the MSA with Initech by June.',
    ].map((statement) => ({ name: statement, sections: { goals: goals(statement) } })),
  ],
  invalid: [
    ...[
      ['Get lots of meetings with CFOs this quarter.', 'vague filler "lots of"'],
      ['Be the go-to supplier for rail operators.', '"Be ..." states a wish, not an action'],
      ['Enhance collaboration with the partner ecosystem.', '"enhance ... collaboration" is not concrete'],
      ['Drive various initiatives with channel partners, etc.', 'vague filler "various"'],
      ['Look into opportunities in Latin America.', 'vague filler "look into"'],
      ['Make great progress with the channel.', 'vague filler "great"'],
      ['Transform the way we sell.', '"transform ... way" is not concrete'],
    ].map(([statement, reason]) => ({
      name: statement as string,
      sections: { goals: goals(statement as string) },
      errors: [
        { at: 'goals:3', message: `Goal G1 is not specific (${reason}): start with the action and name what it acts on (a verb and its object, and how much)` },
      ],
    })),
  ],
});

// Milestones are measurable; continuous aims need a quantity; a Metric alone is no quantity (§5).
ruleTester('smart-measurable', {
  valid: [
    ...[
      'Sign the MSA with Initech by June.',
      'Renew the Core contract by 2027-03-31.',
      'Hire a UK mid-market manager by end of March.',
      'Obtain the G-Cloud listing for the managed SOC service by 30 September.',
      'Get the reseller agreement with Northwind countersigned by July 15.',
      'Decommission the legacy quoting tool by EOQ2.',
      'Earn the AWS Advanced Tier partnership by year-end.',
      'Win Globex.',
      'Sell 300 fleet subscriptions to the two depots by end of August.',
    ].map((statement) => ({ name: `milestone or count: ${statement}`, sections: { goals: goals(statement) } })),
    {
      name: 'a Target with a number',
      sections: { goals: goals('Expand fleet subscriptions at the two depots by Q3.', '\n  - Metric: Fleet subscriptions\n  - Target: 400 subscriptions') },
    },
    {
      name: 'a Baseline and a Target',
      sections: { goals: goals('Grow renewals revenue in the Midlands by year-end.', '\n  - Baseline: £1.1M\n  - Target: £1.3M') },
    },
  ],
  invalid: [
    {
      name: 'a Metric names the KPI, it is no quantity',
      sections: { goals: goals('Expand fleet subscriptions at the two depots by Q3.', '\n  - Metric: Fleet subscriptions') },
      errors: [
        {
          at: 'goals:3',
          message:
            'Goal G1 has no measure: add the number that will show it was met (a count, an amount, a percentage, or "from ... to ..."), or a field "- Target: ..."',
        },
      ],
    },
    {
      name: 'a count of places is not the aim',
      sections: { goals: goals('Expand subscriptions at two sites.') },
      errors: [
        {
          at: 'goals:3',
          message:
            'Goal G1 has no measure: add the number that will show it was met (a count, an amount, a percentage, or "from ... to ..."), or a field "- Target: ..."',
        },
      ],
    },
    {
      name: 'a verb of degree needs a number',
      sections: { goals: goals('Grow managed-services revenue in Iberia by year-end.') },
      errors: [
        {
          at: 'goals:3',
          message:
            'Goal G1 has no measure: add the number that will show it was met (a count, an amount, a percentage, or "from ... to ..."), or a field "- Target: ..."',
        },
      ],
    },
    {
      name: 'a fuzzy object is no event',
      sections: { goals: goals('Establish a relationship with the new procurement lead by Q2.') },
      errors: [
        {
          at: 'goals:3',
          message:
            'Goal G1 has no measure: add the number that will show it was met (a count, an amount, a percentage, or "from ... to ..."), or a field "- Target: ..."',
        },
      ],
    },
    {
      name: "the example is in the plan's currency",
      sections: { goals: goals('Raise attach rates for premium support.', `\n- **G2** Book £400k of new maintenance revenue by Q3.\n${fields}`) },
      errors: [
        {
          at: 'goals:3',
          message:
            'Goal G1 has no measure: add the number that will show it was met (a count, an amount in £, a percentage, or "from ... to ..."), or a field "- Target: ..."',
        },
      ],
    },
  ],
});

// Deadlines per §5a: Due wins; the last top-level date; plan-calendar quarters; EOQn; halves of a month.
ruleTester('deadline-in-period', {
  valid: [
    ...[
      'Shortlist the 6 university hospitals whose contracts end by March 2028, by 2027-03-15.',
      'Book £400k of new maintenance revenue by 2027-09-30 (stretch: £650k by 2028-03-31).',
      'Replace the incumbent at 4 sites, whose contracts end on 2028-08-31, by 2027-06-30.',
      'Renew the 3 contracts that expire in June 2028 before the end of April.',
      'Close 4 public-sector renewals by EOQ3.',
      'Land 2 new hospital groups in the first half of March.',
      'Deliver the pilot readout in the second half of May.',
      "Win back 3 lapsed accounts in Benelux by Q3'27.",
      'Onboard 25 new reseller partners by EOY.',
      'Roll out the partner portal to 12 distributors within 90 days of signature.',
    ].map((statement) => ({ name: statement, sections: { goals: goals(statement) } })),
    { name: 'Due wins over the statement', sections: { goals: goals('Shortlist 5 integrators by March 2028.', '\n  - Due: 2027-03-15') } },
    {
      name: 'a February start: "by March" is March 2026',
      ...feb,
      sections: { goals: goals('Hire two solution engineers by March.'), objectives: febObjectives },
    },
    { name: 'a February start: EOQ3 is 2026-10-31', ...feb, sections: { goals: goals('Add 15 referenceable customers by EOQ3.'), objectives: febObjectives } },
    {
      name: 'a calendar plan follows calendar quarters',
      config: { fiscalYearStart: 4 },
      frontMatter: { period: '2027' },
      sections: { goals: goals('Deliver 20 executive briefings by the end of Q4.') },
    },
    {
      name: 'a month without a year in a quarter plan: the first after its start',
      ...feb,
      frontMatter: { period: 'FY2027-Q4' },
      sections: {
        goals: goals('Sign the Globex renewal by January.'),
        objectives: '## Objectives\n\n- **OB1** Run 2 workshops by 2026-12-15.\n  - Goals: G1\n  - Owner: Sam Lee',
      },
    },
  ],
  invalid: [
    {
      name: 'a resolved date shows once',
      sections: { goals: goals('Close 5 deals with regional banks by 2028-06-30.') },
      errors: [
        {
          at: 'goals:3',
          message:
            "Goal G1's deadline 2028-06-30 is outside the plan's period FY2027 (2027-01-01 .. 2027-12-31): move it into the period (e.g. by 2027-03-31) or into the plan for that period",
        },
      ],
    },
    {
      name: 'words and their date',
      sections: { goals: goals('Sign the MSA with Initech by June 2028.') },
      errors: [
        {
          at: 'goals:3',
          message:
            'Goal G1\'s deadline "June 2028" (2028-06-30) is outside the plan\'s period FY2027 (2027-01-01 .. 2027-12-31): move it into the period (e.g. by 2027-03-31) or into the plan for that period',
        },
      ],
    },
    {
      name: 'the suggestion is inside the period and after today',
      ...feb,
      sections: { goals: goals('Close 3 deals with Japanese carmakers by 2027-03-31.'), objectives: febObjectives },
      errors: [
        {
          at: 'goals:3',
          message:
            "Goal G1's deadline 2027-03-31 is outside the plan's period FY2027 (2026-02-01 .. 2027-01-31): move it into the period (e.g. by 2027-01-31) or into the plan for that period",
        },
      ],
    },
    {
      name: 'Due wins: its own date is judged',
      sections: { goals: goals('Renew the Hooli support contract by 2027-03-31.', '\n  - Due: 2028-02-28') },
      errors: [
        {
          at: 'goals:6',
          message:
            "Goal G1's Due 2028-02-28 is outside the plan's period FY2027 (2027-01-01 .. 2027-12-31): move it into the period (e.g. by 2027-03-31) or into the plan for that period",
        },
      ],
    },
    {
      name: 'a February start: end of Q1 FY2028 is outside',
      ...feb,
      sections: { goals: goals('Renew the Hooli contract by end of Q1 FY2028.'), objectives: febObjectives },
      errors: [
        {
          at: 'goals:3',
          message:
            'Goal G1\'s deadline "Q1 FY2028" (2027-04-30) is outside the plan\'s period FY2027 (2026-02-01 .. 2027-01-31): move it into the period (e.g. by 2027-01-31) or into the plan for that period',
        },
      ],
    },
  ],
});

ruleTester('smart-time-bound', {
  valid: [
    ...[
      'Close 4 public-sector renewals by EOQ3.',
      'Ship the Japanese localisation before the end of H1.',
      'Translate the onboarding kit into German by mid-year.',
      'Host 2 customer roundtables in Madrid in the first half of October.',
      'Pick the integrator that fits the budget. Sign it by 2027-06-30.',
    ].map((statement) => ({ name: statement, sections: { goals: goals(statement) } })),
  ],
  invalid: [
    {
      name: 'an event with no date is no deadline',
      sections: { goals: goals('Roll out the partner portal to 12 distributors within 90 days of signature.') },
      errors: [{ at: 'goals:3', message: 'Goal G1 has no deadline: add one such as "by 2027-03-31" or "by end of Q1"' }],
    },
    {
      name: 'the suggestion is not past (FY2027 from February, on 2026-11-25)',
      ...feb,
      sections: { goals: goals('Sign the MSA with Initech.') },
      errors: [{ at: 'goals:3', message: 'Goal G1 has no deadline: add one such as "by 2027-01-31" or "by end of Q4"' }],
    },
    {
      name: 'no quarter left: move it',
      ...feb,
      today: '2027-02-10',
      sections: { goals: goals('Sign the MSA with Initech.') },
      errors: [{ at: 'goals:3', message: "Goal G1 has no deadline: no time is left in this plan's period, so move it to the next quarter's plan" }],
    },
  ],
});

ruleTester('contingency-addresses-risk', {
  valid: [{ name: 'the clean plan' }],
  invalid: [
    {
      name: 'the suggestion is the risk no contingency covers',
      sections: {
        contingencies:
          "## Contingencies\n\n- **C1** Build a second sponsor in the controller's team by Q1.\n  - Risks: R1\n- **C2** Lead with total cost of ownership, not licence price.",
      },
      errors: [{ at: 'contingencies:5', message: 'Contingency C2 names no risk: add a field such as "- Risks: R2"' }],
    },
  ],
});

// The README's examples of goals are judged as the README says.
ruleTester('smart-specific', {
  valid: ['Grow ACME ARR from $2.0M to $2.6M by 2027-12-31.', 'Meet 3 new decision makers at Globex by Q2.', 'Sign the MSA with Initech by June.'].map(
    (statement) => ({ name: `README: ${statement}`, sections: { goals: goals(statement) } }),
  ),
  invalid: [],
});
ruleTester('smart-measurable', {
  valid: ['Grow ACME ARR from $2.0M to $2.6M by 2027-12-31.', 'Meet 3 new decision makers at Globex by Q2.', 'Sign the MSA with Initech by June.'].map(
    (statement) => ({ name: `README: ${statement}`, sections: { goals: goals(statement) } }),
  ),
  invalid: [
    {
      name: 'README: Keep the lights on.',
      sections: { goals: goals('Keep the lights on.') },
      errors: [
        {
          at: 'goals:3',
          message:
            'Goal G1 has no measure: add the number that will show it was met (a count, an amount, a percentage, or "from ... to ..."), or a field "- Target: ..."',
        },
      ],
    },
  ],
});
