import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseFrontMatter } from '../../src/parse/frontmatter.js';

/** Lines a front matter block may hold: keys, lists, comments, blanks, delimiters, broken YAML, tabs. */
const line = fc.oneof(
  fc.constantFrom(
    'kind: account',
    'period: FY2027-Q1',
    'owner: Dana Reyes',
    'parent: emea-fy2027',
    'id: acme',
    'title: "Acme: renewal"',
    "title: 'it''s'",
    'tags: [a, b',
    'tags:',
    '  - a',
    '- a',
    '  nested: 1',
    '# a comment',
    '  # an indented comment',
    '#',
    '\t# a tab, then a comment',
    '\tkind: team',
    '',
    '   ',
    '---',
    '--- ',
    '----',
    '---x',
    '...',
    '~',
    'null',
    '42',
    'just text',
    'key: value # comment',
    'a: b: c',
    '"unclosed',
    'excerpt_separator: "<!-- more -->"',
    'date: 2027-01-01',
    '? complex',
    '&anchor a: 1',
    '*alias',
    'x: !!binary aGk=',
    'x: !custom 1',
  ),
  fc.string({ maxLength: 12 }),
);
const block = fc.array(line, { maxLength: 10 });
const file = fc
  .tuple(
    fc.constantFrom('---', '---  ', '---\t'),
    block,
    fc.constantFrom('---', '...', '--- ', ''),
    fc.array(line, { maxLength: 3 }),
    fc.constantFrom('\n', '\r\n', '\r'),
  )
  .map(([open, lines, close, after, eol]) => [open, ...lines, close, ...after].join(eol));

describe('the front matter of a repo plan read without gray-matter', () => {
  it('has the data, key lines, end and problem that gray-matter gives', () => {
    fc.assert(
      fc.property(file, (text) => {
        expect(parseFrontMatter(text, { grayMatter: false }), JSON.stringify(text)).toEqual(parseFrontMatter(text));
      }),
      { numRuns: 3000 },
    );
  });

  it.each([
    ['keys', '---\nkind: account\nperiod: FY2027\n---\n# Plan\n'],
    ['only comments', '---\n# one\n  # two\n---\n'],
    ['an empty block', '---\n---\n'],
    ['a block of blanks', '---\n  \n\t\n---\n'],
    ['a closing "..."', '---\nkind: team\n...\nbody\n'],
    ['a line of four dashes inside', '---\nkind: team\n----\nperiod: 2027\n---\n'],
    ['a list', '---\n- a\n- b\n---\n'],
    ['a single value', '---\n42\n---\n'],
    ['null', '---\n~\n---\n'],
    ['broken YAML', '---\nkind: [team\n---\n'],
    ['a tab before a key', '---\n\tkind: team\n---\n'],
    ['CRLF', '---\r\nkind: team\r\n# c\r\n---\r\nbody'],
    ['CR only', '---\rkind: team\rperiod: 2027\r---\r'],
    ['not closed', '---\nkind: team\n'],
  ])('%s', (_, text) => {
    expect(parseFrontMatter(text, { grayMatter: false })).toEqual(parseFrontMatter(text));
  });
});
