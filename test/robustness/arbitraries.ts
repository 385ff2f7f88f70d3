import fc from 'fast-check';
import { SECTIONS } from '../../src/model/sections.js';
import { RULES } from '../../src/rules/index.js';
import { CLEAN } from './hostile.js';

/** How many cases each property runs: a few dozen in `npm test`, thousands in `npm run fuzz` (FUZZ_RUNS). */
export const RUNS = Number(process.env.FUZZ_RUNS ?? 40);

const headingNames = SECTIONS.flatMap((s) => [s.heading, ...s.aliases]);
const ids = ['G1', 'G2', 'O1', 'O2', 'OB1', 'A1', 'R1', 'C1', 'OPP-2', 'g1', 'Q3', 'FY2027', 'G1.2', 'X', '1', 'G-', 'other#G1', 'acme-fy2027#G2'];
const fieldKeys = [
  'Opportunities',
  'Goals',
  'Objectives',
  'Risks',
  'Supports',
  'Owner',
  'Metric',
  'Baseline',
  'Target',
  'Due',
  'Status',
  'Likelihood',
  'Impact',
  'Traces to',
  'Lesson',
  'Unknown',
];

const word = fc.constantFrom(
  'Grow',
  'ARR',
  'by',
  '2027-12-31',
  'Q3 2027',
  '$2.0M',
  'to',
  '$2.6M',
  '15%',
  'end of March',
  'within 90 days',
  'TODO',
  'TBD',
  'improve',
  'things',
  'etc.',
  'Met',
  'Missed',
  'Partially met',
  '—',
  'FY2027-Q2',
);
const text = fc.oneof(
  { weight: 4, arbitrary: fc.array(word, { maxLength: 12 }).map((w) => w.join(' ')) },
  { weight: 1, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
);
const id = fc.constantFrom(...ids);
const idForm = fc.tuple(id, fc.constantFrom('**%**', '%', '[%]', '`%`', '**%:**', '%:', '*%*', '__%__')).map(([i, form]) => form.replace('%', i));
const refs = fc.tuple(fc.array(id, { maxLength: 4 }), fc.constantFrom(', ', ' ', ';', ' and ')).map(([list, separator]) => list.join(separator));

const item = fc.tuple(fc.constantFrom('-', '*', '+', '1.', '2)'), idForm, text).map(([marker, i, t]) => `${marker} ${i} ${t}`);
const field = fc
  .tuple(fc.constantFrom('  - ', '    - ', '  ', '- ', '\t- '), fc.constantFrom(...fieldKeys), fc.oneof(refs, text))
  .map(([indent, k, v]) => `${indent}${k}: ${v}`);
const heading = fc
  .tuple(
    fc.constantFrom('#', '##', '###', '## 1)', '## 4.', '##'),
    fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...headingNames) }, { weight: 1, arbitrary: text }),
    fc.constantFrom('', ' (FY2027)', ':', ' ##'),
  )
  .map(([h, name, tail]) => `${h} ${name}${tail}`);
const setext = fc.constantFrom(...headingNames).map((name) => `${name}\n---`);
const ruleIds = RULES.map((r) => r.id);
const directive = fc
  .tuple(fc.constantFrom('disable', 'enable', 'disable-line', 'disable-next-line'), fc.subarray(ruleIds, { maxLength: 2 }))
  .map(([kind, rules]) => `<!-- plan-lint-${kind} ${rules.join(', ')} -->`);
const block = fc.constantFrom(
  '```\n- **G9** fenced, not an item\n```',
  '~~~md\n## Goals\n~~~',
  '<div>\n- **G8** inside HTML, not an item\n</div>',
  '<!--\n- **G7** commented out\n-->',
  '> - **G6** quoted, not an item',
  '    - **G5** indented code',
  '| a | b |\n| --- | --- |\n| G1 | x |',
  '[ref]: https://example.com',
  '***',
  '<!-- unterminated comment',
  '```',
  '- ',
  '-',
  '1.',
  '<script>alert(1)</script>',
  '\u001b[31mred\u001b[0m',
  '::error file=x::injected',
  '%0A%25',
);
const frontMatterLine = fc.oneof(
  fc
    .tuple(
      fc.constantFrom('kind', 'owner', 'period', 'parent', 'status', 'id', 'title', '__proto__', 'constructor', 'x-custom', '$schema'),
      fc.oneof(
        text,
        fc.constantFrom(
          'account',
          'team',
          'FY2027',
          'FY2027-Q1',
          '2027-H1',
          '[a, b]',
          '{a: 1}',
          '&a x',
          '*a',
          '!!binary aGk=',
          '!!js/function x',
          'null',
          '~',
          '12',
          '-',
          '|',
          '>',
        ),
      ),
    )
    .map(([k, v]) => `${k}: ${v}`),
  fc.constantFrom('  nested: 1', '- list', '? complex', '---', '...', 'key', ': value', '"unterminated', '\t tab: x'),
);
const frontMatter = fc.oneof(
  { weight: 3, arbitrary: fc.array(frontMatterLine, { maxLength: 8 }).map((lines) => `---\n${lines.join('\n')}\n---`) },
  { weight: 1, arbitrary: fc.constant('') },
  { weight: 1, arbitrary: fc.array(frontMatterLine, { maxLength: 4 }).map((lines) => `---\n${lines.join('\n')}`) },
);

/** Plan-shaped Markdown: front matter, headings, items, fields, blocks, directives and noise, with any line ending. */
export const planText = fc
  .tuple(
    frontMatter,
    fc.array(
      fc.oneof(
        { weight: 3, arbitrary: item },
        { weight: 3, arbitrary: field },
        { weight: 2, arbitrary: heading },
        setext,
        block,
        directive,
        text,
        fc.constant(''),
      ),
      { maxLength: 40 },
    ),
    fc.constantFrom('\n', '\r\n', '\r'),
    fc.boolean(),
  )
  .map(([fm, lines, eol, bom]) => `${bom ? '\uFEFF' : ''}${[fm, ...lines].join('\n').replace(/\r\n|\r|\n/g, eol)}`);

type Mutation = (lines: string[]) => string[];

/** One edit a person (or a bad merge, or a broken editor) could make to a valid plan. */
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.nat().map((n) => (lines: string[]) => lines.filter((_, i) => i !== n % lines.length)),
  fc.tuple(fc.nat(), fc.nat({ max: 30 })).map(([at, len]) => (lines: string[]) => {
    const start = at % lines.length;
    return [...lines.slice(0, start + len), ...lines.slice(start, start + len), ...lines.slice(start + len)];
  }),
  fc.tuple(fc.nat(), fc.nat()).map(([a, b]) => (lines: string[]) => {
    const out = [...lines];
    const i = a % out.length;
    const j = b % out.length;
    [out[i], out[j]] = [out[j]!, out[i]!];
    return out;
  }),
  fc.nat().map((n) => (lines: string[]) => lines.slice(0, n % (lines.length + 1))),
  fc.tuple(fc.nat(), fc.nat()).map(
    ([line, cut]) =>
      (lines: string[]) =>
        lines.map((l, i) => (i === line % lines.length ? l.slice(0, cut % (l.length + 1)) : l)),
  ),
  fc.tuple(fc.nat(), fc.string({ unit: 'binary', minLength: 1, maxLength: 8 })).map(
    ([line, junk]) =>
      (lines: string[]) =>
        lines.map((l, i) => (i === line % lines.length ? `${l.slice(0, l.length >> 1)}${junk}${l.slice(l.length >> 1)}` : l)),
  ),
  fc.tuple(fc.nat(), fc.constantFrom('  ', '    ', '\t', '> ', '- ', '## ', '<!-- ', '```\n')).map(
    ([line, prefix]) =>
      (lines: string[]) =>
        lines.map((l, i) => (i === line % lines.length ? prefix + l : l)),
  ),
  fc.tuple(fc.nat(), planText).map(([line, inserted]) => (lines: string[]) => [
    ...lines.slice(0, line % lines.length),
    ...inserted.split(/\r\n|\r|\n/),
    ...lines.slice(line % lines.length),
  ]),
);

/** The clean plan after a few edits: mostly valid, broken in a handful of places. */
export const mutatedPlan = fc
  .tuple(fc.array(mutation, { minLength: 1, maxLength: 6 }), fc.constantFrom('\n', '\r\n', '\r'))
  .map(([edits, eol]) => edits.reduce((lines, edit) => edit(lines), CLEAN.split('\n')).join(eol));

/** Whole sections duplicated, dropped, renamed or shuffled. */
export const shuffledSections = fc
  .tuple(fc.shuffledSubarray(CLEAN.split(/\n(?=## )/).slice(1)), fc.array(fc.nat(), { maxLength: 3 }))
  .map(([sections, dupes]) => {
    const head = CLEAN.split(/\n(?=## )/)[0]!;
    const doubled = dupes.flatMap((n) => (sections.length > 0 ? [sections[n % sections.length]!] : []));
    return [head, ...sections, ...doubled].join('\n');
  });
