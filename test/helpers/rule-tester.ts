import { describe, expect, it } from 'vitest';
import { lintSources } from '../../src/api.js';
import { validateConfig } from '../../src/config/load.js';
import { applyFixes } from '../../src/fix/apply.js';
import { RULES } from '../../src/rules/index.js';
import { buildPlanText, type PlanParts } from './clean-plan.js';

export const TODAY = '2026-11-25';

/** Where a finding is expected: an absolute line, or `section:n` = line n of that section's snippet (1 = heading). */
export interface ExpectedFinding {
  at: number | string;
  column?: number;
  /** A part of the message. */
  message?: string | RegExp;
}

export interface RuleCase extends PlanParts {
  name: string;
  /** The whole file instead of a plan built from parts. */
  text?: string;
  /** Other plans of the same repo, for repo-level rules: file name -> text or parts. */
  otherPlans?: Record<string, string | PlanParts>;
  /** Options for the rule under test. */
  options?: Record<string, unknown>;
  /** Extra config (fiscalYearStart, requiredSections, headingAliases...). */
  config?: Record<string, unknown>;
  today?: string;
  file?: string;
  /** CSV exports of actuals for the run: file name -> text. */
  actuals?: Record<string, string>;
}

export interface InvalidCase extends RuleCase {
  errors: ExpectedFinding[];
  /** Findings expected in the other plans (absolute lines), by file name; files not named must have none. */
  otherErrors?: Record<string, ExpectedFinding[]>;
  /** Findings expected in the CSV exports of `actuals` (their lines), by file name; files not named must have none. */
  actualsErrors?: Record<string, ExpectedFinding[]>;
  /** The plan's text after one pass of the rule's fixes (as ESLint's RuleTester `output`); omit when there is no fix. */
  output?: string;
}

/** Runs one rule (all others off) over valid and invalid cases and compares the lines it reports. */
export function ruleTester(ruleId: string, cases: { valid: RuleCase[]; invalid: InvalidCase[] }): void {
  describe(ruleId, () => {
    for (const c of cases.valid) {
      it(`valid: ${c.name}`, () => {
        expect(findings(ruleId, c).map(describeFinding)).toEqual([]);
      });
    }
    for (const c of cases.invalid) {
      it(`invalid: ${c.name}`, () => {
        const { diagnostics, sectionLines, results, text } = run(ruleId, c);
        const expected = c.errors.map((e) => ({ line: resolveLine(e.at, sectionLines) }));
        expect(diagnostics.map((d) => ({ line: d.start.line }))).toEqual(expected);
        c.errors.forEach((e, i) => {
          const d = diagnostics[i]!;
          if (e.column !== undefined) expect(d.start.column).toBe(e.column);
          if (typeof e.message === 'string') expect(d.message).toContain(e.message);
          if (e.message instanceof RegExp) expect(d.message).toMatch(e.message);
        });
        // A fixable rule's case may show what one pass of its fixes makes of the plan.
        if (c.output !== undefined) expect(applyFixes(text, diagnostics).text).toBe(c.output);
        for (const file of Object.keys(c.actuals ?? {})) {
          const found = results.find((r) => r.file === file)?.diagnostics ?? [];
          const wanted = c.actualsErrors?.[file] ?? [];
          expect(found.map((d) => d.start.line), file).toEqual(wanted.map((e) => resolveLine(e.at, {})));
          wanted.forEach((e, i) => {
            if (typeof e.message === 'string') expect(found[i]!.message).toContain(e.message);
            if (e.message instanceof RegExp) expect(found[i]!.message).toMatch(e.message);
          });
        }
        if (c.otherPlans) {
          for (const file of Object.keys(c.otherPlans)) {
            const other = results.find((r) => r.file === file)!;
            const wanted = (c.otherErrors?.[file] ?? []).map((e) => ({ line: resolveLine(e.at, {}) }));
            expect(other.diagnostics.map((d) => ({ line: d.start.line })), file).toEqual(wanted);
          }
        }
      });
    }
  });
}

function describeFinding(d: { start: { line: number }; message: string }): string {
  return `${d.start.line}: ${d.message}`;
}

function resolveLine(at: number | string, sectionLines: Record<string, number>): number {
  if (typeof at === 'number') return at;
  const [section, offset] = at.split(':');
  const start = sectionLines[section!];
  if (start === undefined) throw new Error(`the case has no section "${section}"`);
  return start + Number(offset) - 1;
}

/** Every finding of the rule, in the plan under test and in the CSV exports of `actuals`. */
function findings(ruleId: string, c: RuleCase) {
  const { diagnostics, results } = run(ruleId, c);
  return [...diagnostics, ...results.filter((r) => Object.hasOwn(c.actuals ?? {}, r.file)).flatMap((r) => r.diagnostics)];
}

function run(ruleId: string, c: RuleCase) {
  const built = c.text === undefined ? buildPlanText(c) : { text: c.text, sectionLines: {} };
  const rules = { [ruleId]: c.options ? ['error', c.options] : 'error' };
  const allOff = Object.fromEntries(
    // Only the rule under test runs, so a case asserts exactly its findings.
    Object.keys(ALL_RULE_IDS).map((id) => [id, 'off']),
  );
  const config = validateConfig({ ...(c.config ?? {}), rules: { ...allOff, ...rules } }, process.cwd());
  const file = c.file ?? 'plans/acme-fy2027.md';
  const others = Object.entries(c.otherPlans ?? {}).map(([name, other]) => ({
    file: name,
    text: typeof other === 'string' ? other : buildPlanText(other).text,
  }));
  const actualsText = Object.entries(c.actuals ?? {}).map(([name, text]) => ({ file: name, text }));
  const results = lintSources([{ file, text: built.text }, ...others], { config, today: c.today ?? TODAY, actualsText });
  const mine = results.find((r) => r.file === file)!;
  return { diagnostics: mine.diagnostics, sectionLines: built.sectionLines, results, text: built.text };
}

const ALL_RULE_IDS = Object.fromEntries(RULES.map((r) => [r.id, true]));
