import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintSources } from '../../src/api.js';
import { validateConfig } from '../../src/config/load.js';
import { missingSectionFix, reviewSkeletonFix } from '../../src/model/edits.js';
import type { SectionKey } from '../../src/model/sections.js';
import { applyFixes } from '../../src/fix/apply.js';
import type { Diagnostic } from '../../src/types.js';
import { planFixes, writeFixes } from '../../src/fix/fix-files.js';
import { fixText, isFixable } from '../../src/fix/fix-text.js';
import { buildPlan } from '../../src/model/build.js';
import { RULES_BY_ID } from '../../src/rules/index.js';
import { buildPlanText } from '../helpers/clean-plan.js';
import { TODAY } from '../helpers/rule-tester.js';

const defaults = validateConfig({}, process.cwd());
const withNames = validateConfig({ rules: { 'canonical-names': 'warn' } }, process.cwd());

function linter(config = defaults) {
  return (text: string) => lintSources([{ file: 'plans/acme.md', text }], { config, today: TODAY })[0]!;
}

function fixTwice(text: string, config = defaults) {
  const first = fixText(text, linter(config), RULES_BY_ID);
  const second = fixText(first.text, linter(config), RULES_BY_ID);
  return { first, second };
}

function headings(text: string): string[] {
  return text.split('\n').filter((line) => line.startsWith('## '));
}

describe('--fix: missing required sections', () => {
  const { text } = buildPlanText({ sections: { organization: null, risks: null, contingencies: null, accountability: null } });

  it('inserts every missing section in canonical position, with its guidance as a TODO', () => {
    const { first } = fixTwice(text);
    expect(first.changed).toBe(true);
    expect(headings(first.text)).toEqual([
      '## Account Analysis',
      '## Organizational Analysis',
      '## Opportunities',
      '## Goals',
      '## Objectives',
      '## Approach',
      '## Risks',
      '## Contingencies',
      '## Resources',
      '## Accountability',
    ]);
    expect(first.text).toContain('## Risks\n\nTODO: Dependencies, assumptions, what can go wrong.\n\n## Contingencies');
    expect(first.text).not.toMatch(/\n\n\n/);
  });

  it("gives a territory plan's analysis the heading plan init writes for it", () => {
    const territory = buildPlanText({ frontMatter: { kind: 'territory' }, sections: { analysis: null } }).text;
    const { first, second } = fixTwice(territory);
    expect(headings(first.text)[0]).toBe('## Territory Analysis');
    expect(second.changed).toBe(false);
  });

  it('is idempotent and leaves no fixable finding', () => {
    const { first, second } = fixTwice(text);
    expect(second.changed).toBe(false);
    expect(second.text).toBe(first.text);
    expect(first.result.diagnostics.filter((d) => isFixable(d, RULES_BY_ID))).toEqual([]);
    expect(first.result.diagnostics.map((d) => d.ruleId)).not.toContain('required-section');
  });

  it('changes nothing in a clean plan', () => {
    expect(fixText(buildPlanText().text, linter(), RULES_BY_ID).changed).toBe(false);
  });

  it('adds sections at the end of a plan that has none, after a blank line', () => {
    const fixed = fixText('---\nkind: company\nowner: Dana\nperiod: FY2027\n---\n# Plan\nIntro.', linter(), RULES_BY_ID).text;
    expect(fixed).toBe(`---\nkind: company\nowner: Dana\nperiod: FY2027\n---\n# Plan\nIntro.\n\n## Goals\n\nTODO: ${fixed.split('## Goals\n\nTODO: ')[1]}`);
    expect(headings(fixed)).toEqual(['## Goals', '## Accountability']);
  });
});

describe('--fix: canonical names (opt-in rule canonical-names)', () => {
  const { text } = buildPlanText({
    sections: {
      approach:
        '## 6) strategy (FY2027)\n\n- **A1** Co-host quarterly finance roundtables.\n  - objective: OB1\n  - KPI: roundtables held\n- **A2** Offer a fixed-price pilot.\n  - Objectives: OB2',
    },
  });

  it('is off by default', () => {
    expect(fixText(text, linter(), RULES_BY_ID).changed).toBe(false);
  });

  it('renames headings and field keys, keeping a trailing note; idempotent', () => {
    const { first, second } = fixTwice(text, withNames);
    expect(first.text).toContain('## Approach (FY2027)\n\n- **A1** Co-host quarterly finance roundtables.\n  - Objectives: OB1\n  - Metric: roundtables held');
    expect(second.changed).toBe(false);
    expect(first.result.diagnostics.filter((d) => d.ruleId === 'canonical-names')).toEqual([]);
  });
});

describe('--fix: the Review an ended plan lacks (review-required)', () => {
  const { text } = buildPlanText({ frontMatter: { period: 'FY2026-Q3' } });

  it('adds a Review at the end with one item per goal', () => {
    const { first } = fixTwice(text);
    expect(first.changed).toBe(true);
    expect(headings(first.text).at(-1)).toBe('## Review');
    expect(buildPlan(first.text, 'plans/acme.md').reviewItems.map((item) => item.id)).toEqual(['G1', 'G2']);
  });

  it('is idempotent and leaves no fixable finding; the results are still owed', () => {
    const { first, second } = fixTwice(text);
    expect(second.changed).toBe(false);
    expect(second.text).toBe(first.text);
    expect(first.result.diagnostics.filter((d) => isFixable(d, RULES_BY_ID))).toEqual([]);
    const review = first.result.diagnostics.filter((d) => d.ruleId === 'review-required').map((d) => d.message);
    expect(review).toEqual([expect.stringContaining('The review of G1 gives no result'), expect.stringContaining('The review of G2 gives no result')]);
  });

  it('leaves a running plan alone', () => {
    expect(fixText(buildPlanText().text, linter(), RULES_BY_ID).text).not.toContain('## Review');
  });
});

describe('review skeleton builder (for review-required)', () => {
  it('inserts a Review with one item per goal at the end', () => {
    const { text } = buildPlanText();
    const plan = buildPlan(text, 'plans/acme.md');
    const fix = reviewSkeletonFix(plan, ['G1', 'G2']);
    const fixed = text.slice(0, fix.range[0]) + fix.text + text.slice(fix.range[1]);
    expect(headings(fixed).at(-1)).toBe('## Review');
    expect(fixed).toMatch(/## Review\n\n- \*\*G1\*\* TODO: Met, Missed or Partially met — and why\.\n {2}- Lesson: TODO\n- \*\*G2\*\* /);
    const model = buildPlan(fixed, 'plans/acme.md');
    expect(model.reviewItems.map((item) => item.id)).toEqual(['G1', 'G2']);
  });
});

describe('fixes in a CRLF file', () => {
  it('leave a blank line before and between the sections added at the end, as in an LF file', () => {
    // "\r\n" at the end of the last line was taken as two line breaks: the sections came with no blank line between.
    const lf = '---\nkind: team\nowner: Dana\nperiod: FY2027\n---\n\n## Goals\n\n- **G1** Book $500k of new ARR by 2027-06-30.\n  - Owner: Dana\n';
    const fixedText = (text: string) => {
      const plan = buildPlan(text, 'team.md');
      const fixes = ['objectives', 'approach'].map((key) => missingSectionFix(plan, key as SectionKey));
      return applyFixes(
        text,
        fixes.map((fix) => ({ fix }) as Diagnostic),
      ).text;
    };
    expect(fixedText(lf.replace(/\n/g, '\r\n'))).toBe(fixedText(lf).replace(/\n/g, '\r\n'));
    expect(fixedText(lf)).toContain('  - Owner: Dana\n\n## Objectives\n\nTODO: The tactical things that must be done to reach the goals.\n\n## Approach\n');
  });
});

describe('writing fixes', () => {
  it('keeps CRLF line endings and the byte order mark, and writes nothing else', () => {
    const dir = mkdtempSync(join(tmpdir(), 'plan-fix-'));
    const { text } = buildPlanText({ sections: { risks: null, contingencies: null } });
    const crlf = text.replace(/\n/g, '\r\n');
    writeFileSync(join(dir, 'acme.md'), `\uFEFF${crlf}`);
    writeFileSync(join(dir, 'clean.md'), buildPlanText().text);
    const results = lintSources(
      [
        { file: 'acme.md', text: crlf },
        { file: 'clean.md', text: buildPlanText().text },
      ],
      { config: defaults, today: TODAY },
    );
    const { fixes } = planFixes(results, { cwd: dir, config: defaults, today: TODAY });
    expect(fixes.map((f) => f.file)).toEqual(['acme.md']);
    writeFixes(fixes);
    const written = readFileSync(join(dir, 'acme.md'), 'utf8');
    expect(written.startsWith('\uFEFF')).toBe(true);
    expect(written.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(written).toContain('\r\n## Risks\r\n\r\nTODO: ');
    expect(readFileSync(join(dir, 'clean.md'), 'utf8')).toBe(buildPlanText().text);
  });
});
