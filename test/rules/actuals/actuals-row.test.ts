import { ruleTester } from '../../helpers/rule-tester.js';
import { plan } from './fixtures.js';

const GOALS = `## Goals

- **G1** Grow ARR from $2.0M to $2.6M by 2027-12-31.
  - Metric: ARR
- **G2** Hold 3 executive briefings by 2027-12-31.

## Risks

- **R1** The CFO sponsor may move roles.`;
const PLAN = plan(GOALS);
const HEADER = 'plan,item,metric,value,date,source\n';

ruleTester('actuals-row', {
  valid: [
    {
      name: 'rows that read: quoted commas, currency symbols, a percentage, a metric instead of an item',
      text: PLAN,
      actuals: { 'crm.csv': `${HEADER}acme-fy2027,G1,,"$1,200,000",2027-02-14,Salesforce\nacme-fy2027,,arr,2.1M,2027-03-14,\nacme-fy2027,G2,,1,2027-03-01,\n` },
      today: '2027-07-01',
    },
    {
      name: 'a BOM and CRLF line ends',
      text: PLAN,
      actuals: { 'crm.csv': `\uFEFF${HEADER.replace('\n', '\r\n')}acme-fy2027,G1,,$1.2M,2027-02-14,\r\n` },
      today: '2027-07-01',
    },
    {
      name: 'semicolons, from the header line, with a decimal comma',
      text: PLAN,
      actuals: { 'crm.csv': 'Plan;Item;Value;Date\nacme-fy2027;G1;"€ 2.100.000,50";2027-02-14\nacme-fy2027;G2;1;14/02/2027\n' },
      today: '2027-07-01',
    },
    {
      name: 'a row dated after today is ignored, not a finding',
      text: PLAN,
      actuals: { 'crm.csv': `${HEADER}acme-fy2027,G1,,$2.2M,2027-09-01,\n` },
      today: '2027-07-01',
    },
    {
      name: 'readable check-ins and Actual: fields',
      text: plan(
        `${GOALS.replace('- Metric: ARR', '- Metric: ARR\n  - Actual: $2.1M (2027-03-01)')}\n\n## Check-ins\n\n- 2027-02-14 **G1** $1.2M — on track: two renewals signed early.\n- 2027-02-14 **G2** 1 of 3 briefings held — at risk: CFO travel.\n- **G2** 2027-03-01: at risk`,
      ),
      today: '2027-07-01',
    },
  ],
  invalid: [
    {
      name: 'an empty value, an unknown item, a bad date, an unreadable value',
      text: PLAN,
      actuals: {
        'crm.csv': `${HEADER}acme-fy2027,G1,,,2027-02-14,\nacme-fy2027,G9,,5,2027-02-14,\nacme-fy2027,G1,,$1.2M,2027-02-30,\nacme-fy2027,G1,,n/a,2027-02-14,\nacme-fy2027,R1,,1,2027-02-14,\nacme-fy2027,G1,,35%,2027-02-14,\n`,
      },
      today: '2027-07-01',
      errors: [],
      actualsErrors: {
        'crm.csv': [
          { at: 2, message: 'This row has an empty value for G1: fill it in, or leave the row out' },
          { at: 3, message: 'This row names G9, which is not a goal or objective of plan "acme-fy2027": use one of G1, G2' },
          { at: 4, message: 'This row\'s date "2027-02-30" is not a date: write it as YYYY-MM-DD' },
          { at: 5, message: 'This row\'s value "n/a" is not a number for G1: write it as the goal\'s target is written, such as "$2.6M"' },
          { at: 6, message: 'This row names R1, which is not a goal or objective of plan "acme-fy2027": use one of G1, G2' },
          { at: 7, message: 'This row\'s value "35%" cannot be compared with G1\'s target "$2.6M": give the value in the target\'s unit' },
        ],
      },
    },
    {
      name: 'an unknown plan, when the run reads the whole repo',
      text: PLAN,
      actuals: { 'crm.csv': `${HEADER}globex-fy2027,G1,,5,2027-02-14,\n,G1,,5,2027-02-14,\n` },
      today: '2027-07-01',
      errors: [],
      actualsErrors: {
        'crm.csv': [
          { at: 2, message: 'This row names plan "globex-fy2027", which is not a plan here: use a plan\'s id (its front matter "id", else its file name)' },
          { at: 3, message: 'This row names no plan: fill the "plan" column with a plan\'s id' },
        ],
      },
    },
    {
      name: "a metric no goal has, and a row with neither item nor metric; a quoted line break keeps the next row's line",
      text: PLAN,
      actuals: { 'crm.csv': `${HEADER}acme-fy2027,,Pipeline,5,2027-02-14,"two\nlines"\nacme-fy2027,,,5,2027-02-14,\n` },
      today: '2027-07-01',
      errors: [],
      actualsErrors: {
        'crm.csv': [
          {
            at: 2,
            message:
              'This row\'s metric "Pipeline" is no goal\'s "Metric:" in plan "acme-fy2027": fill the "item" column with the goal\'s ID, or add "Metric: Pipeline" to the goal',
          },
          { at: 4, message: 'This row names no item and no metric: fill the "item" column with a goal\'s ID' },
        ],
      },
    },
    {
      name: 'a header without the needed columns',
      text: PLAN,
      actuals: { 'crm.csv': 'account,amount,when\nacme,5,2027-02-14\n' },
      today: '2027-07-01',
      errors: [],
      actualsErrors: {
        'crm.csv': [{ at: 1, message: 'the header has no "plan", "item", "value", "date" columns: it needs plan,item,value,date (optional: metric, source)' }],
      },
    },
    {
      name: 'check-ins and Actual: fields that cannot be read, at their lines',
      text: plan(
        `${GOALS.replace('- Metric: ARR', '- Metric: ARR\n  - Actual: soon')}\n\n## Check-ins\n\n- Renewals look good.\n- 2027-02-14 signed two renewals\n- 2027-02-14 **G2** going well\n- 2027-02-14 **R1** $5 — on track`,
      ),
      today: '2027-07-01',
      errors: [
        { at: 12, message: '"Actual: soon" has no value it can read: write it as "Actual: $1.2M (2027-02-14)"' },
        {
          at: 21,
          message: 'This check-in has no date it can read: start it with the date, as in "- 2027-02-14 **G1** $1.2M — on track: two renewals signed early"',
        },
        {
          at: 22,
          message: 'This check-in names no goal: put the goal\'s ID after the date, as in "- 2027-02-14 **G1** $1.2M — on track: two renewals signed early"',
        },
        {
          at: 23,
          message:
            'The check-in of G2 has no value or status it can read: write the value, as in "- 2027-02-14 **G1** $1.2M — on track: two renewals signed early", or a status (on track, at risk, off track, met, missed)',
        },
        { at: 24, message: 'This check-in names R1, which is not a goal or objective of this plan: use the ID of one' },
      ],
    },
  ],
});
