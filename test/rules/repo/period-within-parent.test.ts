import { ruleTester } from '../../helpers/rule-tester.js';
import { TEAM } from './plans.js';

const team = { 'plans/emea.md': TEAM };

ruleTester('period-within-parent', {
  valid: [
    { name: 'a quarter inside its year', frontMatter: { period: 'FY2027-Q1', parent: 'emea-fy2027' }, otherPlans: team },
    { name: 'the same year written two ways', frontMatter: { period: '2027', parent: 'emea-fy2027' }, otherPlans: team },
    {
      name: 'a fiscal quarter that spills into the next calendar year',
      frontMatter: { period: 'FY2027-Q4', parent: 'emea-fy2027' },
      config: { fiscalYearStart: 2 },
      otherPlans: team,
    },
    { name: 'a plan without a parent', frontMatter: { period: 'FY2031' } },
  ],
  invalid: [
    {
      name: 'a quarter plan outside its year, at the period key',
      frontMatter: { period: 'FY2028-Q1', parent: 'emea-fy2027' },
      otherPlans: team,
      errors: [
        {
          at: 6,
          message:
            'Period FY2028-Q1 (2028-01-01 to 2028-03-31) is not inside the period of parent plan "emea-fy2027", FY2027 (2027-01-01 to 2027-12-31): fix the period or the parent',
        },
      ],
    },
    {
      name: 'a year longer than its parent quarter',
      frontMatter: { period: 'FY2027', parent: 'emea-fy2027' },
      otherPlans: { 'plans/emea.md': { ...TEAM, frontMatter: { ...(TEAM.frontMatter as object), period: 'FY2027-Q1' } } },
      errors: [
        {
          at: 6,
          message:
            'Period FY2027 (2027-01-01 to 2027-12-31) is not inside the period of parent plan "emea-fy2027", FY2027-Q1 (2027-01-01 to 2027-03-31): fix the period or the parent',
        },
      ],
    },
  ],
});
