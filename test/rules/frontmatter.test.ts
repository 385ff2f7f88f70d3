import { ruleTester } from '../helpers/rule-tester.js';

ruleTester('frontmatter', {
  valid: [
    { name: 'canonical front matter', frontMatter: {} },
    { name: 'unknown keys are allowed', frontMatter: { region: 'EMEA', 'x-crm-id': 42 } },
    { name: 'kind and status in any case', frontMatter: { kind: 'Account', status: 'Active' } },
    { name: 'period forms', frontMatter: { period: '2027' } },
    { name: 'quarter period', frontMatter: { period: 'FY2027-Q1' } },
    { name: 'calendar quarter period', frontMatter: { period: '2027-q3' } },
    { name: 'half period', frontMatter: { period: 'FY2027-H2' } },
    { name: 'no kind (optional)', frontMatter: { kind: null } },
    { name: 'CRLF line endings', text: '---\r\nkind: account\r\nowner: Dana\r\nperiod: FY2027\r\n---\r\n\r\n# Plan\r\n' },
  ],
  invalid: [
    { name: 'no front matter', frontMatter: false, errors: [{ at: 1, message: 'no front matter' }] },
    { name: 'missing owner', frontMatter: { owner: null }, errors: [{ at: 1, message: '"owner"' }] },
    { name: 'missing period', frontMatter: { period: null }, errors: [{ at: 1, message: '"period"' }] },
    { name: 'unknown kind on its line', frontMatter: { kind: 'acount' }, errors: [{ at: 4, message: 'kind must be one of' }] },
    { name: 'bad period on its line', frontMatter: { period: 'next year' }, errors: [{ at: 6, message: 'period must be' }] },
    { name: 'bad status', frontMatter: { status: 'done' }, errors: [{ at: 7, message: 'status must be one of' }] },
    { name: 'empty owner', frontMatter: { owner: '""' }, errors: [{ at: 5, message: 'owner' }] },
    { name: 'id with spaces', frontMatter: { id: 'acme plan' }, errors: [{ at: 2, message: 'id must be' }] },
    {
      name: 'broken YAML reported on its line',
      frontMatter: '---\nkind: account\nowner: [Dana\nperiod: FY2027\n---',
      errors: [{ at: 4, message: 'not valid YAML' }],
    },
    {
      name: 'duplicate key',
      frontMatter: '---\nkind: account\nowner: Dana\nowner: Sam\nperiod: FY2027\n---',
      errors: [{ at: 4, message: 'duplicated mapping key' }],
    },
    { name: 'a list instead of keys', frontMatter: '---\n- kind\n- account\n---', errors: [{ at: 2, message: 'mapping' }] },
    { name: 'not closed', text: '---\nkind: account\nowner: Dana\n\n# Plan\n', errors: [{ at: 1, message: 'not closed' }] },
  ],
});
