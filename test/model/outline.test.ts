import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: the benchmark is plain JavaScript outside src/
import { corpusPlans } from '../../bench/corpus.mjs';
import { buildPlan } from '../../src/model/build.js';
import { readOutline, readOutlineFromTree } from '../../src/model/outline.js';
import { headingMatcher } from '../../src/model/sections.js';
import { parseFrontMatter } from '../../src/parse/frontmatter.js';
import { LineIndex } from '../../src/parse/lines.js';
import { parseMarkdown } from '../../src/parse/markdown.js';

const matchHeading = headingMatcher();

/** The outline read by scanning and parsing only some parts, and the one read from the whole file's mdast. */
function outlines(text: string) {
  const end = parseFrontMatter(text).endOffset;
  const lines = new LineIndex(text);
  const quick = readOutline(text, end, lines, matchHeading);
  const full = readOutlineFromTree(parseMarkdown(text, end), lines, matchHeading);
  return {
    scanned: quick.tree === undefined,
    quick: { sections: quick.sections, directives: quick.directives },
    full: { sections: full.sections, directives: full.directives },
  };
}

function markdownFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? markdownFiles(path) : name.endsWith('.md') ? [path] : [];
  });
}

const BASE = `---
id: acme-fy2027
kind: account
owner: Dana Reyes
period: FY2027
---

# ACME — FY2027

## Account Analysis

ACME consolidates vendors. The **CIO** sponsors the programme.

## Opportunities

- **O1** Upsell analytics.
  - Owner: Dana Reyes

## Goals

- **G1** Grow ARR from $2.0M to $2.6M by 2027-12-31.
  - Opportunities: O1

## Resources

One solutions engineer.
`;

/** Snippets that a line scan could misread; each goes into a prose section and into an item section. */
const TRICKY = [
  'Some **TO**DO text.',
  '- TODO\n- write this',
  'lorem\nipsum',
  'TO  \nDO',
  '&#84;ODO later',
  '[TO](https://example.com)DO',
  'TBD',
  '<!-- plan-lint-disable owner-required -->',
  '<!-- plan-lint-disable-next-line -->\nText.',
  '<!-- just a comment -->',
  '<!-- multi\nline -->',
  '<!-->',
  '<div>\n## Goals\n</div>',
  '```\n## Goals\n```',
  '~~~\n# Title\n~~~',
  'Title\n---',
  'Title\n===',
  'Text.\n\n---\n\nMore.',
  'Text.\n\n-\n',
  ' ## Indented heading',
  '   # Indented title',
  '[ref]: https://example.com\n\nSee [ref].',
  '### Minor heading only',
  '#### Minor\n\n<!-- c -->',
  '    indented code',
  '\t- tabbed item',
  '> quote TODO',
  '> ## Quoted heading',
  '- item\n## Heading right after a list',
  'Text\n# Title inside\nmore',
  '#hashtag is not a heading',
  '####### seven hashes',
  '\u00a0',
  'See the [deck](https://example.com/deck) for more.',
  '[TO][ref]DO\n\n[ref]: https://example.com',
  'Text [TO](https://example.com/a_(b))DO more',
  'A [link](https://example.com/to-do) to it',
  '![TO](https://example.com/x.png)DO',
  'Unbalanced [TO](https://example.com DO',
  'Escaped \\[TO\\](x)DO',
  '[TODO] later',
  '  [ref]: https://example.com',
  'R&D and M&A teams',
  '&amp; &copy; &#x54;ODO',
  'AT&T',
];

/** Whole prose sections: each replaces everything under Resources, so emptiness and placeholders decide alone. */
const PROSE_SECTIONS = [
  '[ref]: https://example.com',
  '[a]: https://example.com\n[b]: https://example.com "title"',
  '[TO](https://example.com)DO',
  '[TO](https://example.com) [DO](https://example.com)',
  'See the [deck](https://example.com).',
  '[deck](https://example.com)',
  'x[TO](a)DO',
  'R&D',
  '&#84;ODO',
  '### Minor heading\n\n[x]: y',
];

/** Item lists, canonical and not; each replaces the Goals list. */
const ITEM_LISTS = [
  '- **G2:** Statement.\n  - Owner: Dana',
  '- G2: plain id\n  - Opportunities: O1',
  '* **G2** star marker\n  * Owner: Dana',
  '+ **G2** plus marker',
  '- **G2**',
  '- **Goal A** bad id',
  '- **Grow the Nordics** bold phrase',
  '- **G2**x glued',
  '- **G2** with `code`',
  '- **G2** wrapped\n  over two lines',
  '- **G2** wrapped\nlazily',
  '- **G2** text\n\n  - Owner: X\n\n- **G3** next\n  - Owner: Y',
  '- **G2** x\n  * Owner: Y\n  - Metric: Z',
  '- **G2** trailing  \n  - Owner: X',
  '- **G2** x\n   - Owner: three spaces',
  '- **G2** x\n    - Owner: four spaces',
  '-  **G2** two spaces after the marker',
  '- 1. ordered inside',
  '- # heading inside',
  '- > quote inside',
  '- ---',
  '- TODO',
  '- **G2** TBD\n- **G3** TODO',
  '- **G2** x\n  - Owner:',
  '- **G2** x\n  - 1) nested ordered',
  '- **G2** x\n  - Owner: X\n    - deeper',
  '- **G2** x\n  - Supports: other-fy2027#G1, G2 — and O3',
  '  - Owner: a field before any item',
  'Intro paragraph.\n\n- **G2** x',
  '- **G2** x\n\n\n',
  '- **G2** tab\there',
  '1. **G2** ordered',
  // Layouts of contract 3a: parsed (tables, H3s) or scanned (inline fields), the same model either way.
  '| ID | Goal | Owner | Due |\n|----|------|-------|-----|\n| G2 | Grow ARR to $3M | Dana | 2027-12-31 |\n| G3 | Win 3 logos | | |',
  '| Goal | Target |\n|---|---|\n| **G2** Grow ARR | $3M |',
  '| Owner | Due |\n|---|---|\n| Dana | Q3 |',
  '### G2 Become the preferred analytics vendor\n\nKey results:\n\n- Sign 3 pilots by Q2\n- Grow ARR to $3M by 2027-12-31\n\n- Owner: Dana',
  '### Stretch goals\n\n- **G2** Win 3 logos by Q3.',
  '### G2 Heading item\nOwner: Dana\n### G3 next',
  '- **G2** Grow ARR to $3M by 2027-12-31. Opportunities: O1. Owner: Dana Reyes',
  '- **G2** Grow ARR to $3M (Opportunities: O1, O2)',
  '- Grow ARR to $3M. Owner: Dana',
  '- **G2** Risk: the goal: 3x',
  'We will grow.\n\nMore prose, no items.',
];

const HEADINGS = [
  '## Goals (FY2027)',
  '## 4. Goals',
  '## *Goals*',
  '## Goals ##',
  '##\tRisks',
  '##',
  '## Risks &amp; Contingencies',
  '## Approach `code`',
  '#',
  '## Resources  ',
];

describe('readOutline reads what the whole parse reads', () => {
  it('on the bench corpus, scanning prose instead of parsing it', () => {
    for (const plan of corpusPlans(12) as { text: string }[]) {
      const { scanned, quick, full } = outlines(plan.text);
      expect(scanned).toBe(true);
      expect(quick).toEqual(full);
    }
  });

  it('on the bench corpus with a third of its plans in table or OKR layout', () => {
    for (const plan of corpusPlans(12, { layouts: 'mixed' }) as { text: string }[]) {
      const { quick, full } = outlines(plan.text);
      expect(quick).toEqual(full);
    }
  });

  it('on the example plans', () => {
    for (const file of markdownFiles('examples')) {
      const { quick, full } = outlines(readFileSync(file, 'utf8'));
      expect(quick, file).toEqual(full);
    }
  });

  it.each(TRICKY)('with %j in a prose section and in an item section', (snippet) => {
    for (const text of [BASE.replace('ACME consolidates vendors.', snippet), BASE.replace('  - Opportunities: O1', `  - Opportunities: O1\n\n${snippet}`)]) {
      const { quick, full } = outlines(text);
      expect(quick).toEqual(full);
    }
  });

  it.each(PROSE_SECTIONS)('with a prose section holding only %j', (body) => {
    const { quick, full } = outlines(BASE.replace('One solutions engineer.', body));
    expect(quick).toEqual(full);
  });

  it.each(ITEM_LISTS)('with the item list %j', (list) => {
    const { quick, full } = outlines(BASE.replace('- **G1** Grow ARR from $2.0M to $2.6M by 2027-12-31.\n  - Opportunities: O1', list));
    expect(quick).toEqual(full);
  });

  it.each(HEADINGS)('with the heading %j', (heading) => {
    const { quick, full } = outlines(BASE.replace('## Resources', heading));
    expect(quick).toEqual(full);
  });

  it('with CRLF and CR line endings, no front matter, and unclosed front matter', () => {
    const plan = (corpusPlans(24) as { text: string }[])[7]!.text;
    for (const text of [plan.replace(/\n/g, '\r\n'), plan.replace(/\n/g, '\r'), plan.slice(plan.indexOf('# ')), plan.replace(/\n---\n/, '\n')]) {
      const { quick, full } = outlines(text);
      expect(quick).toEqual(full);
    }
  });

  it('with directives before the first section, under a title and in a skipped prose section', () => {
    const text = BASE.replace(
      '# ACME — FY2027',
      '<!-- plan-lint-disable section-order -->\n\n# ACME — FY2027\n\n<!-- plan-lint-disable-next-line -->\nIntro.',
    ).replace('One solutions engineer.', 'One solutions engineer.\n\n<!-- plan-lint-enable -->');
    const { scanned, quick, full } = outlines(text);
    expect(scanned).toBe(true);
    expect(quick.directives).toHaveLength(3);
    expect(quick).toEqual(full);
  });

  it('with sections that are empty or hold only comments or minor headings', () => {
    for (const body of ['', '<!-- to be written -->', '### Later', '\n\n   \n']) {
      const { quick, full } = outlines(
        BASE.replace('One solutions engineer.', body).replace('ACME consolidates vendors. The **CIO** sponsors the programme.', body),
      );
      expect(quick).toEqual(full);
    }
  });
});

describe('buildPlan', () => {
  it('parses the whole tree only when asked, with positions of the whole file', () => {
    const plan = buildPlan(BASE, 'acme.md');
    expect(Object.keys(plan)).not.toContain('tree');
    const goals = plan.tree.children.find((node) => node.type === 'heading' && node.position!.start.line === 19);
    expect(goals).toMatchObject({ type: 'heading', depth: 2 });
  });
});
