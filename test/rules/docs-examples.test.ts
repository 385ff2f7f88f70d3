import { describe, expect, it } from 'vitest';
import { lintSources } from '../../src/api.js';
import { validateConfig } from '../../src/config/load.js';
import { RULES } from '../../src/rules/index.js';
import { buildPlanText, CLEAN_SECTIONS, type CleanSectionKey } from '../helpers/clean-plan.js';
import { TODAY } from '../helpers/rule-tester.js';

/**
 * Every rule's `docs.invalid` and `docs.valid` (what `plan explain` and docs/rules show) run through the rule, as
 * remark-lint runs its rules' examples: put into a clean plan (or as the whole file, when it has front matter and
 * sections), the invalid one gets a finding of the rule on its lines, the valid one none. An example that is not
 * plan text (a repo rule's, about several files, or one with parts left out) is listed in PROSE.
 */
const PROSE: Record<string, string> = {
  'parent-coverage': 'two files: a company plan and the team plans under it',
  'quarters-sum-to-year': 'five files: a yearly plan and its four quarter plans',
  'duplicate-plan-id': 'two files with one id',
  'parent-cycle': 'two files that name each other as parent',
  'period-within-parent': 'a plan and its parent',
  hierarchy: 'a plan and its parent',
  'supports-parent': 'a plan and its parent',
  'section-order': 'the order of two headings, with the sections between them left out ("...")',
  'duplicate-id': 'two items with their statements left out ("...")',
};

const PREFIX_SECTION: [RegExp, CleanSectionKey][] = [
  [/^- \*\*OB\d/, 'objectives'],
  [/^- \*\*O\d/, 'opportunities'],
  [/^- \*\*G\d/, 'goals'],
  [/^- \*\*A\d/, 'approach'],
  [/^- \*\*R\d/, 'risks'],
  [/^- \*\*C\d/, 'contingencies'],
];

/** The clean plan with the example in it: its front matter keys over the plan's, its sections for the plan's. */
function planWith(example: string): string {
  let body = example;
  const frontMatter: Record<string, unknown> = {};
  const block = /^---\n([\s\S]*?)\n---\n?/.exec(example);
  if (block) {
    for (const line of block[1]!.split('\n')) {
      const [key, ...value] = line.split(':');
      if (key && value.length > 0) frontMatter[key.trim()] = value.join(':').trim();
    }
    body = example.slice(block[0].length).trim();
  }
  const sections: Record<string, string | null> = {};
  const headingOf = (key: CleanSectionKey) => CLEAN_SECTIONS[key].split('\n')[0]!;
  if (body.startsWith('- ')) {
    const key = PREFIX_SECTION.find(([pattern]) => pattern.test(body))?.[1] ?? 'goals';
    sections[key] = `${headingOf(key)}\n\n${body}`;
  } else {
    for (const part of body.split(/\n(?=## )/).filter((p) => p.startsWith('## '))) {
      const key = (Object.keys(CLEAN_SECTIONS) as CleanSectionKey[]).find((k) => headingOf(k) === part.split('\n')[0] && !(k in sections));
      sections[key ?? `extra-${Object.keys(sections).length}`] = part.trim();
    }
  }
  return buildPlanText({ frontMatter, sections }).text;
}

/** The rule's findings on the lines the example wrote (the clean plan around it may not fit every example). */
function findingsOf(ruleId: string, example: string): string[] {
  const text = example.startsWith('---') && example.includes('\n## ') ? example : planWith(example);
  const allOff = Object.fromEntries(RULES.map((rule) => [rule.id, 'off']));
  const config = validateConfig({ rules: { ...allOff, [ruleId]: 'error' } }, process.cwd());
  const [result] = lintSources([{ file: 'plans/acme-fy2027.md', text }], { config, today: TODAY });
  const lines = text.split('\n');
  return result!.diagnostics
    .filter((d) => d.ruleId === ruleId && lines[d.start.line - 1]!.trim() !== '' && example.includes(lines[d.start.line - 1]!.trim()))
    .map((d) => `${d.start.line}: ${d.message}`);
}

describe("every rule's documented examples", () => {
  it('has an invalid and a valid example', () => {
    expect(RULES.filter((rule) => !rule.docs?.invalid || !rule.docs.valid).map((rule) => rule.id)).toEqual([]);
  });

  for (const rule of RULES.filter((r) => !PROSE[r.id])) {
    it(`${rule.id}: the invalid example is reported, the valid one is not`, () => {
      expect(findingsOf(rule.id, rule.docs!.invalid!).length).toBeGreaterThan(0);
      expect(findingsOf(rule.id, rule.docs!.valid!)).toEqual([]);
    });
  }

  it('lists as prose only rules that have them', () => {
    expect(Object.keys(PROSE).filter((id) => !RULES.some((rule) => rule.id === id))).toEqual([]);
  });
});
