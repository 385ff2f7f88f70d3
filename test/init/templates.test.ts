import { describe, expect, it } from 'vitest';
import { lintSources, lintText } from '../../src/api.js';
import { validateConfig } from '../../src/config/load.js';
import { PLAN_KINDS } from '../../src/model/frontmatter-schema.js';
import { isPlaceholder } from '../../src/model/placeholders.js';
import { scaffoldPlan } from '../../src/init/scaffold.js';
import type { Diagnostic } from '../../src/types.js';
import { buildPlanText } from '../helpers/clean-plan.js';

const PERIODS = ['FY2027', 'FY2027-Q1', 'FY2027-Q4', 'FY2027-H2', '2027', '2027-Q3'];
// Before every period here starts: an ended period would (rightly) ask for a review and for outcomes of due items.
const TODAY = '2026-01-15';

/** A finding about a placeholder: empty-section's placeholder report, or one on a line that still carries a marker. */
function isPlaceholderFinding(text: string, d: Diagnostic): boolean {
  if (d.ruleId === 'empty-section') return /placeholders/.test(d.message);
  return isPlaceholder(text.split('\n')[d.start.line - 1] ?? '');
}

/** Replaces the placeholders as a writer would: markers out of example items, real sentences for prose. */
function fillPlaceholders(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      if (/^\s*- (\*\*\w+\*\* )?TODO: /.test(line)) return line.replace('TODO: ', '');
      if (line.startsWith('TODO: ')) return 'The finance team consolidates its reporting in 2027; the CFO signs every purchase above $250k.';
      return line;
    })
    .join('\n');
}

describe('plan init templates', () => {
  for (const fiscalYearStart of [1, 2]) {
    const config = validateConfig({ fiscalYearStart }, process.cwd());
    for (const kind of PLAN_KINDS) {
      for (const period of PERIODS) {
        const text = scaffoldPlan({ kind, period, owner: 'Dana Reyes', title: `ACME ${period}`, id: 'acme' }, { fiscalYearStart });
        it(`${kind} ${period} (fiscal year from month ${fiscalYearStart}): only placeholder findings`, () => {
          const result = lintText(text, { config, today: TODAY, filePath: 'acme.md' });
          expect(result.diagnostics.length).toBeGreaterThan(0);
          expect(result.diagnostics.filter((d) => !isPlaceholderFinding(text, d))).toEqual([]);
        });
        it(`${kind} ${period} (fiscal year from month ${fiscalYearStart}): lints clean once filled`, () => {
          const filled = fillPlaceholders(text);
          expect(isPlaceholder(filled.replace(/<!--[\s\S]*?-->/g, ''))).toBe(false);
          expect(lintText(filled, { config, today: TODAY, filePath: 'acme.md' }).diagnostics).toEqual([]);
        });
      }
    }
  }
});

describe('plan init templates with a parent', () => {
  const config = validateConfig({}, process.cwd());
  const parent = buildPlanText({ frontMatter: { id: 'emea-fy2027', kind: 'region', title: 'EMEA FY2027' } }).text;
  // Every kind a region plan can be the parent of (a company plan cannot: the hierarchy rule's case).
  for (const kind of PLAN_KINDS.filter((k) => k !== 'company')) {
    it(`${kind} FY2027-Q2 under emea-fy2027: a Supports field to fill, and only placeholder findings`, () => {
      const text = scaffoldPlan({ kind, period: 'FY2027-Q2', owner: 'Dana Reyes', parent: 'emea-fy2027', id: 'acme' });
      expect(text).toContain('parent: emea-fy2027\n');
      expect(text).toContain('  - Supports: TBD\n');
      const [, result] = lintSources(
        [
          { file: 'emea-fy2027.md', text: parent },
          { file: 'acme.md', text },
        ],
        { config, today: TODAY },
      );
      expect(result!.diagnostics.filter((d) => !isPlaceholderFinding(text, d))).toEqual([]);
    });
  }
});
