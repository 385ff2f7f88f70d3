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
    {
      name: 'no front matter',
      frontMatter: false,
      errors: [{ at: 1, message: 'Plan has no front matter: start the file with a "---" block giving kind, owner and period' }],
    },
    {
      name: 'missing owner',
      frontMatter: { owner: null },
      errors: [{ at: 1, message: 'Front matter has no "owner": add the accountable person, such as "owner: Dana Reyes"' }],
    },
    {
      name: 'missing period',
      frontMatter: { period: null },
      errors: [{ at: 1, message: 'Front matter has no "period": add one such as "period: FY2027" or "period: FY2027-Q1"' }],
    },
    {
      name: 'unknown kind on its line',
      frontMatter: { kind: 'acount' },
      errors: [{ at: 4, message: 'Front matter "kind": kind must be one of company, region, team, territory, account, not "acount"' }],
    },
    {
      name: 'bad period on its line',
      frontMatter: { period: 'next year' },
      errors: [{ at: 6, message: 'Front matter "period": period must be a year or a quarter such as FY2027, FY2027-Q1, 2027 or 2027-Q1' }],
    },
    {
      name: 'bad status',
      frontMatter: { status: 'done' },
      errors: [{ at: 7, message: 'Front matter "status": status must be one of draft, active, closed, not "done"' }],
    },
    { name: 'empty owner', frontMatter: { owner: '""' }, errors: [{ at: 5, message: 'Front matter "owner": owner must name the accountable person' }] },
    {
      name: 'id with spaces',
      frontMatter: { id: 'acme plan' },
      errors: [{ at: 2, message: 'Front matter "id": id must be a single word of letters, digits, ".", "_" or "-", such as acme-fy2027' }],
    },
    {
      name: 'broken YAML reported on its line',
      frontMatter: '---\nkind: account\nowner: [Dana\nperiod: FY2027\n---',
      errors: [{ at: 4, message: 'Front matter is not valid YAML: missed comma between flow collection entries' }],
    },
    {
      name: 'duplicate key',
      frontMatter: '---\nkind: account\nowner: Dana\nowner: Sam\nperiod: FY2027\n---',
      errors: [{ at: 4, message: 'Front matter is not valid YAML: duplicated mapping key' }],
    },
    {
      name: 'a list instead of keys',
      frontMatter: '---\n- kind\n- account\n---',
      errors: [{ at: 2, message: 'Front matter must be a mapping of keys such as "kind: account", not a list or a single value' }],
    },
    {
      name: 'not closed',
      text: '---\nkind: account\nowner: Dana\n\n# Plan\n',
      errors: [{ at: 1, message: 'Front matter is not closed: add a line "---" after its last key' }],
    },
  ],
});
