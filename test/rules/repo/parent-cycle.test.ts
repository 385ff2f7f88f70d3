import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester('parent-cycle', {
  valid: [
    {
      name: 'a chain that ends',
      frontMatter: { parent: 'team' },
      otherPlans: { 'plans/team.md': { frontMatter: { id: 'team', parent: 'company' } }, 'plans/company.md': { frontMatter: { id: 'company' } } },
    },
  ],
  invalid: [
    {
      name: 'two plans that name each other: both, at the parent key',
      frontMatter: { parent: 'team' },
      otherPlans: { 'plans/team.md': { frontMatter: { id: 'team', parent: 'acme-fy2027' } } },
      errors: [{ at: 8, message: 'The chain of parents loops (acme-fy2027 → team → acme-fy2027): one of these plans must name a different parent, or none' }],
      otherErrors: {
        'plans/team.md': [
          { at: 8, message: 'The chain of parents loops (acme-fy2027 → team → acme-fy2027): one of these plans must name a different parent, or none' },
        ],
      },
    },
    {
      name: 'a plan that is its own parent',
      frontMatter: { parent: 'acme-fy2027' },
      errors: [{ at: 8, message: 'The chain of parents loops (acme-fy2027 → acme-fy2027): one of these plans must name a different parent, or none' }],
    },
    {
      name: 'a plan hanging below a loop is not part of it',
      frontMatter: { parent: 'a' },
      otherPlans: { 'plans/a.md': { frontMatter: { id: 'a', parent: 'b' } }, 'plans/b.md': { frontMatter: { id: 'b', parent: 'a' } } },
      errors: [],
      otherErrors: {
        'plans/a.md': [{ at: 8, message: 'The chain of parents loops (a → b → a): one of these plans must name a different parent, or none' }],
        'plans/b.md': [{ at: 8, message: 'The chain of parents loops (a → b → a): one of these plans must name a different parent, or none' }],
      },
    },
  ],
});
