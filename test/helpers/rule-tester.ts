import { describe, expect, it } from 'vitest';
import { lintSources } from '../../src/api.js';
import { validateConfig } from '../../src/config/load.js';
import { applyFixes } from '../../src/fix/apply.js';
import { RULES } from '../../src/rules/index.js';
// @ts-expect-error: the layout converter is plain JavaScript shared with the benchmark
import { convertLayout } from '../../bench/layouts.mjs';
import { buildPlanText, type PlanParts } from './clean-plan.js';

/** The layouts every case is run in again (contract 3a): the same findings at the lines the items moved to. */
const LAYOUTS = ['table', 'okr', 'inline'] as const;

export const TODAY = '2026-11-25';

/** Where a finding is expected: an absolute line, or `section:n` = line n of that section's snippet (1 = heading). */
export interface ExpectedFinding {
  at: number | string;
  column?: number;
  /** The whole message, exactly. */
  message: string;
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

/** Runs one rule (all others off) over valid and invalid cases and compares the lines and the whole messages it reports. */
export function ruleTester(ruleId: string, cases: { valid: RuleCase[]; invalid: InvalidCase[] }): void {
  describe(ruleId, () => {
    for (const c of cases.valid) {
      it(`valid: ${c.name}`, () => {
        expect(findings(ruleId, c).map(describeFinding)).toEqual([]);
        const others = run(ruleId, c).results.filter((r) => Object.hasOwn(c.otherPlans ?? {}, r.file));
        for (const other of others) expect(other.diagnostics.map(describeFinding), other.file).toEqual([]);
        expectSameInEveryLayout(ruleId, c);
      });
    }
    for (const c of cases.invalid) {
      it(`invalid: ${c.name}`, () => {
        const { diagnostics, sectionLines, results, text } = run(ruleId, c);
        expect(diagnostics.map(lineAndMessage)).toEqual(c.errors.map((e) => ({ line: resolveLine(e.at, sectionLines), message: e.message })));
        c.errors.forEach((e, i) => {
          if (e.column !== undefined) expect(diagnostics[i]!.start.column).toBe(e.column);
        });
        // A fixable rule's case may show what one pass of its fixes makes of the plan.
        if (c.output !== undefined) expect(applyFixes(text, diagnostics).text).toBe(c.output);
        // Findings in the CSV exports of actuals and in the other plans: files not named must have none.
        const others = [
          ...Object.keys(c.actuals ?? {}).map((file) => [file, c.actualsErrors?.[file]] as const),
          ...Object.keys(c.otherPlans ?? {}).map((file) => [file, c.otherErrors?.[file]] as const),
        ];
        for (const [file, wanted = []] of others) {
          const found = results.find((r) => r.file === file)?.diagnostics ?? [];
          expect(found.map(lineAndMessage), file).toEqual(wanted.map((e) => ({ line: resolveLine(e.at, {}), message: e.message })));
        }
        expectSameInEveryLayout(ruleId, c);
      });
    }
  });
}

/** The case with its plan (and the other plans) rewritten in each layout gives the same findings at the moved lines. */
function expectSameInEveryLayout(ruleId: string, c: RuleCase): void {
  const canonical = run(ruleId, c);
  const texts = [{ file: c.file ?? 'plans/acme-fy2027.md', text: canonical.text }, ...otherTexts(c)];
  for (const layout of LAYOUTS) {
    const converted = texts.map(({ file, text }) => ({ file, ...(convertLayout(text, layout) as { text: string; lineMap: number[] }) }));
    if (converted.every((plan, i) => plan.text === texts[i]!.text)) continue;
    const results = lintSources(converted, { config: configFor(ruleId, c), today: c.today ?? TODAY, actualsText: actualsTexts(c) });
    for (const plan of converted) {
      const before = canonical.results.find((r) => r.file === plan.file)!.diagnostics;
      const after = results.find((r) => r.file === plan.file)!.diagnostics;
      // Messages that name a line ("already used at line 29") name the moved line.
      const moved = (message: string) => message.replace(/\bline (\d+)/g, (_, n: string) => `line ${plan.lineMap[Number(n)]}`);
      const want = before.map((d) => `${plan.lineMap[d.start.line]}: ${moved(d.message)}`);
      expect(after.map(describeFinding), `${layout} layout of ${plan.file}:\n${plan.text}`).toEqual(want);
    }
  }
}

function lineAndMessage(d: { start: { line: number }; message: string }) {
  return { line: d.start.line, message: d.message };
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
  const file = c.file ?? 'plans/acme-fy2027.md';
  const results = lintSources([{ file, text: built.text }, ...otherTexts(c)], {
    config: configFor(ruleId, c),
    today: c.today ?? TODAY,
    actualsText: actualsTexts(c),
  });
  const mine = results.find((r) => r.file === file)!;
  return { diagnostics: mine.diagnostics, sectionLines: built.sectionLines, results, text: built.text };
}

function configFor(ruleId: string, c: RuleCase) {
  const rules = { [ruleId]: c.options ? ['error', c.options] : 'error' };
  // Only the rule under test runs, so a case asserts exactly its findings.
  const allOff = Object.fromEntries(Object.keys(ALL_RULE_IDS).map((id) => [id, 'off']));
  return validateConfig({ ...(c.config ?? {}), rules: { ...allOff, ...rules } }, process.cwd());
}

function otherTexts(c: RuleCase): { file: string; text: string }[] {
  return Object.entries(c.otherPlans ?? {}).map(([name, other]) => ({ file: name, text: typeof other === 'string' ? other : buildPlanText(other).text }));
}

const ALL_RULE_IDS = Object.fromEntries(RULES.map((r) => [r.id, true]));

/** The case's CSV exports of actuals, as texts. */
function actualsTexts(c: RuleCase): { file: string; text: string }[] {
  return Object.entries(c.actuals ?? {}).map(([name, text]) => ({ file: name, text }));
}
