import { ruleTester } from '../../helpers/rule-tester.js';
import { TEAM } from './plans.js';

const plan = (id: string, kind: string, period = 'FY2027') => ({ frontMatter: { id, kind, owner: 'Priya Shah', period } });

ruleTester('hierarchy', {
  valid: [
    { name: 'an account plan under a team plan', frontMatter: { parent: 'emea-fy2027' }, otherPlans: { 'plans/emea.md': TEAM } },
    { name: 'an account plan under a territory plan', frontMatter: { parent: 'north' }, otherPlans: { 'plans/north.md': plan('north', 'territory') } },
    {
      name: 'a team plan straight under the company plan',
      frontMatter: { kind: 'team', parent: 'company' },
      otherPlans: { 'plans/company.md': plan('company', 'company') },
    },
    {
      name: 'a quarter plan under the yearly plan of the same account',
      frontMatter: { period: 'FY2027-Q1', parent: 'acme-year' },
      otherPlans: { 'plans/acme-year.md': plan('acme-year', 'account') },
    },
    {
      name: 'a parent without a kind is not judged',
      frontMatter: { parent: 'misc' },
      otherPlans: { 'plans/misc.md': { frontMatter: { id: 'misc', kind: null, owner: 'Priya Shah', period: 'FY2027' } } },
    },
    { name: 'a plan without a parent', frontMatter: { kind: 'company' } },
    {
      name: "a same-kind parent of another year is period-within-parent's finding, not this rule's",
      frontMatter: { period: 'FY2028-Q1', parent: 'acme-year' },
      otherPlans: { 'plans/acme-year.md': plan('acme-year', 'account') },
    },
    {
      name: "two team plans that name each other are parent-cycle's finding",
      frontMatter: { kind: 'team', parent: 'south' },
      otherPlans: { 'plans/south.md': { frontMatter: { id: 'south', kind: 'team', parent: 'acme-fy2027' } } },
    },
  ],
  invalid: [
    {
      name: 'a team plan under an account plan, at the parent key',
      frontMatter: { kind: 'team', parent: 'globex' },
      otherPlans: { 'plans/globex.md': plan('globex', 'account') },
      errors: [{ at: 8, message: 'Parent plan "globex" is an account plan, not wider than this team plan: a team plan\'s parent is a region or company plan' }],
    },
    {
      name: 'an account plan under another account plan of the same period',
      frontMatter: { parent: 'globex' },
      otherPlans: { 'plans/globex.md': plan('globex', 'account') },
      errors: [
        {
          at: 8,
          message:
            'Parent plan "globex" is an account plan, not wider than this account plan: an account plan\'s parent is a territory, team, region or company plan',
        },
      ],
    },
    {
      name: 'a region plan under a team plan',
      frontMatter: { kind: 'region', parent: 'emea-fy2027' },
      otherPlans: { 'plans/emea.md': TEAM },
      errors: [{ at: 8, message: 'Parent plan "emea-fy2027" is a team plan, not wider than this region plan: a region plan\'s parent is a company plan' }],
    },
    {
      name: 'a company plan under a region plan',
      frontMatter: { kind: 'company', parent: 'emea' },
      otherPlans: { 'plans/emea.md': plan('emea', 'region') },
      errors: [{ at: 8, message: 'Parent plan "emea" is a region plan, not wider than this company plan: a company plan has no wider plan to align to' }],
    },
  ],
});
