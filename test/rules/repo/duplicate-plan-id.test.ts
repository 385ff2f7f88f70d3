import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester('duplicate-plan-id', {
  valid: [
    { name: 'distinct ids', otherPlans: { 'plans/globex.md': { frontMatter: { id: 'globex-fy2027' } } } },
    {
      name: 'file names that coincide in two folders, named by no plan',
      file: 'accounts/acme/fy2027.md',
      frontMatter: { id: null },
      otherPlans: { 'accounts/globex/fy2027.md': { frontMatter: { id: null } } },
    },
  ],
  invalid: [
    {
      name: 'two plans with one id: reported in both, at the id key',
      otherPlans: { 'plans/acme-copy.md': {} },
      errors: [{ at: 2, message: 'Plan id "acme-fy2027" is also the id of plans/acme-copy.md: give each plan its own id (front matter "id:")' }],
      otherErrors: {
        'plans/acme-copy.md': [
          { at: 2, message: 'Plan id "acme-fy2027" is also the id of plans/acme-fy2027.md: give each plan its own id (front matter "id:")' },
        ],
      },
    },
    {
      name: 'file names that coincide and that a plan names as its parent',
      file: 'accounts/acme/fy2027.md',
      frontMatter: { id: null },
      otherPlans: { 'accounts/globex/fy2027.md': { frontMatter: { id: null } }, 'accounts/q1.md': { frontMatter: { id: 'q1', parent: 'fy2027' } } },
      errors: [{ at: 1, message: 'Plan id "fy2027" is also the id of accounts/globex/fy2027.md: give each plan its own id (front matter "id:")' }],
      otherErrors: {
        'accounts/globex/fy2027.md': [
          { at: 1, message: 'Plan id "fy2027" is also the id of accounts/acme/fy2027.md: give each plan its own id (front matter "id:")' },
        ],
      },
    },
  ],
});
