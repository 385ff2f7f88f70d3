import { describe, expect, it } from 'vitest';
import { lintSources } from '../../src/api.js';
import { validateConfig } from '../../src/config/load.js';
import { carriedFileName, carryPlan } from '../../src/init/carry.js';
import { InitError } from '../../src/init/errors.js';
import { scaffoldCarried } from '../../src/init/scaffold.js';
import { buildPlan } from '../../src/model/build.js';
import { isPlaceholder } from '../../src/model/placeholders.js';
import { buildPlanText } from '../helpers/clean-plan.js';

const TODAY = '2026-11-25';
const config = validateConfig({}, process.cwd());

const yearly = buildPlanText().text;

function quarterText(sections: Record<string, string | null>, review?: string): string {
  return buildPlanText({
    frontMatter: { id: 'acme-fy2027-q1', period: 'FY2027-Q1', parent: 'acme-fy2027', title: 'ACME Corp — FY2027-Q1 account plan' },
    sections: { ...sections, ...(review ? { review } : {}) },
  }).text;
}

function derive(text: string, file: string, period?: string) {
  const carried = carryPlan(buildPlan(text, file), { period, fiscalYearStart: 1 });
  return { carried, text: scaffoldCarried(carried) };
}

describe('plan init --from a yearly plan', () => {
  const { carried, text } = derive(yearly, 'plans/acme-fy2027.md', 'FY2027-Q2');
  const quarter = buildPlan(text, 'plans/acme-fy2027-q2.md');

  it('makes a quarter plan whose parent is the yearly plan', () => {
    expect(carried.fields).toMatchObject({
      kind: 'account',
      period: 'FY2027-Q2',
      owner: 'Dana Reyes',
      parent: 'acme-fy2027',
      title: 'ACME Corp — FY2027-Q2 account plan',
    });
    expect(quarter.frontMatter.data).toMatchObject({ period: 'FY2027-Q2', parent: 'acme-fy2027', kind: 'account' });
  });

  it('turns each yearly goal into a quarter goal that supports it, with a placeholder target', () => {
    const goals = quarter.items.filter((i) => i.section === 'goals');
    expect(goals.map((g) => g.id)).toEqual(['G1', 'G2']);
    for (const goal of goals) {
      expect(goal.placeholder).toBe(true);
      const supports = goal.fields.find((f) => f.name === 'supports')!;
      expect(supports.refs).toEqual([expect.objectContaining({ plan: 'acme-fy2027', id: goal.id })]);
      expect(goal.fields.find((f) => f.name === 'target')!.value).toMatch(/^TBD/);
      expect(goal.fields.find((f) => f.name === 'due')!.value).toBe('2027-06-30');
    }
    expect(text).toContain('Metric: ARR');
  });

  it('carries the analysis sections, the risks and their contingencies', () => {
    expect(text).toContain('ACME is a logistics group with EUR 4B revenue');
    expect(text).toContain('Dana leads the pursuit with one solutions engineer');
    expect(quarter.items.filter((i) => i.section === 'risks').map((i) => i.id)).toEqual(['R1', 'R2']);
    expect(quarter.items.filter((i) => i.section === 'contingencies').map((i) => i.id)).toEqual(['C1', 'C2']);
    expect(text).toContain('  - Likelihood: medium');
  });

  it('keeps the ten sections in order and lints with only placeholder findings next to its parent', () => {
    expect(quarter.sections.map((s) => s.key)).toEqual([
      'analysis',
      'organization',
      'opportunities',
      'goals',
      'objectives',
      'approach',
      'risks',
      'contingencies',
      'resources',
      'accountability',
    ]);
    const results = lintSources(
      [
        { file: 'plans/acme-fy2027.md', text: yearly },
        { file: 'plans/acme-fy2027-q2.md', text },
      ],
      { config, today: TODAY },
    );
    const lines = text.split('\n');
    const other = results[1]!.diagnostics.filter((d) => !(d.ruleId === 'empty-section' || isPlaceholder(lines[d.start.line - 1]!)));
    expect(other).toEqual([]);
    const reported = results[1]!.diagnostics.filter((d) => d.ruleId === 'empty-section').map((d) => lines[d.start.line - 1]);
    expect(reported).toEqual(['## Goals', '## Objectives', '## Approach', '## Resources', '## Accountability']);
  });

  it('refuses a period outside the year, or no quarter at all', () => {
    expect(() => derive(yearly, 'acme-fy2027.md', 'FY2028-Q1')).toThrow(
      /FY2028-Q1 is not a quarter of FY2027 \(choose one of FY2027-Q1, FY2027-Q2, FY2027-Q3, FY2027-Q4\)/,
    );
    expect(() => derive(yearly, 'acme-fy2027.md')).toThrow(InitError);
    expect(() => derive(yearly, 'acme-fy2027.md', 'FY2028')).toThrow(/must be a quarter/);
  });
});

describe('plan init --from a yearly plan into a later quarter', () => {
  it('leaves out the goals due before the quarter starts (saying so), and the opportunities only they came from', () => {
    // G2 is due by the end of Q2 2027: not ahead of Q3. O2 stays because G1 uses it too; when G1 uses only O1, O2 goes.
    const { carried, text } = derive(yearly, 'plans/acme-fy2027.md', 'FY2027-Q3');
    const quarter = buildPlan(text, 'plans/acme-fy2027-q3.md');
    expect(quarter.items.filter((i) => i.section === 'goals').map((g) => g.id)).toEqual(['G1']);
    expect(quarter.items.filter((i) => i.section === 'opportunities').map((o) => o.id)).toEqual(['O1', 'O2']);
    expect(carried.notes).toContain('goal G2 is not carried: it was due on 2027-06-30, before FY2027-Q3 starts');
    const onlyG2 = yearly.replace('  - Opportunities: O1, O2', '  - Opportunities: O1');
    const q3 = buildPlan(derive(onlyG2, 'plans/acme-fy2027.md', 'FY2027-Q3').text, 'plans/acme-fy2027-q3.md');
    expect(q3.items.filter((i) => i.section === 'opportunities').map((o) => o.id)).toEqual(['O1']);
  });

  it('leaves out a risk whose deadline has passed', () => {
    const dated = yearly.replace(
      '- **R1** The CFO sponsor may move roles before budget approval.',
      '- **R1** The CFO sponsor may move roles before budget approval.\n  - Due: 2027-02-28',
    );
    const { carried, text } = derive(dated, 'plans/acme-fy2027.md', 'FY2027-Q2');
    const quarter = buildPlan(text, 'plans/acme-fy2027-q2.md');
    expect(quarter.items.filter((i) => i.section === 'risks').map((r) => r.id)).toEqual(['R2']);
    expect(quarter.items.filter((i) => i.section === 'contingencies').map((c) => c.id)).toEqual(['C2']);
    expect(carried.notes).toContain('risk R1 is not carried: it was due on 2027-02-28, before FY2027-Q2 starts');
  });
});

describe('plan init --from a quarter plan', () => {
  const goals = `## Goals

- **G1** Grow ACME EMEA ARR from $2.0M to $2.15M by 2027-03-31.
  - Opportunities: O1
  - Supports: acme-fy2027#G1
  - Owner: Dana Reyes
  - Target: $2.15M
- **G2** Win 1 new executive sponsor in logistics by 2027-03-31.
  - Opportunities: O2
  - Supports: acme-fy2027#G2
  - Owner: Sam Lee
  - Status: met
- **G3** Run 2 executive briefings by 2027-03-31.
  - Opportunities: O2
  - Owner: Dana Reyes`;
  const risks = `## Risks

- **R1** The CFO sponsor may move roles before budget approval.
  - Status: closed
- **R2** The incumbent may cut prices to keep the logistics business.`;

  it('carries the goals not met (by Status), open risks, and asks for a review of the previous quarter', () => {
    const { carried, text } = derive(quarterText({ goals, risks }), 'plans/acme-fy2027-q1.md');
    const plan = buildPlan(text, 'plans/acme-fy2027-q2.md');
    expect(carried.fields).toMatchObject({ period: 'FY2027-Q2', parent: 'acme-fy2027', title: 'ACME Corp — FY2027-Q2 account plan' });
    expect(plan.items.filter((i) => i.section === 'goals').map((g) => g.id)).toEqual(['G1', 'G3']);
    expect(text).toMatch(
      /- \*\*G1\*\* TODO: .*\n {2}- Supports: acme-fy2027#G1\n {2}- Opportunities: O1\n {2}- Owner: Dana Reyes\n {2}- Target: TBD \(FY2027-Q1 target: \$2\.15M\)\n {2}- Due: 2027-06-30/,
    );
    expect(plan.items.filter((i) => i.section === 'risks').map((r) => r.id)).toEqual(['R2']);
    expect(plan.items.filter((i) => i.section === 'contingencies').map((r) => r.id)).toEqual(['C2']);
    expect(text).toContain('run "plan review plans/acme-fy2027-q1.md"');
  });

  it('reads outcomes from the Review: Met goals stay behind, Missed and Partially met ones come along', () => {
    const review = `## Review

- **G1** Met — closed the analytics upsell in February.
- **G2** Partially met — one sponsor of two.
- **G3** Missed — the briefings slipped to April.`;
    const { text } = derive(quarterText({ goals, risks }, review), 'acme-fy2027-q1.md');
    const plan = buildPlan(text, 'acme-fy2027-q2.md');
    expect(plan.items.filter((i) => i.section === 'goals').map((g) => g.id)).toEqual(['G2', 'G3']);
    expect(text).toContain('G2 (partially met): Win 1 new executive sponsor');
    expect(text).toContain('Go through the review of FY2027-Q1');
  });

  it('reads the marks people use in a Review: ✅ met, ⚠️ partially met, ❌ missed', () => {
    const review = `## Review

- **G1** ✅ Met — closed the analytics upsell in February.
- **G2** ⚠️ one sponsor of two.
- **G3** ❌ the briefings slipped to April.`;
    const { text } = derive(quarterText({ goals, risks }, review), 'acme-fy2027-q1.md');
    const plan = buildPlan(text, 'acme-fy2027-q2.md');
    expect(plan.items.filter((i) => i.section === 'goals').map((g) => g.id)).toEqual(['G2', 'G3']);
    expect(text).toContain('G2 (partially met): Win 1 new executive sponsor');
    expect(text).toContain('G3 (missed): Run 2 executive briefings');
  });

  it('crosses into the next fiscal year without keeping the old parent', () => {
    const q4 = buildPlanText({ frontMatter: { id: 'acme-fy2027-q4', period: 'FY2027-Q4', parent: 'acme-fy2027' }, sections: { goals, risks } }).text;
    const { carried } = derive(q4, 'acme-fy2027-q4.md');
    expect(carried.fields.period).toBe('FY2028-Q1');
    expect(carried.fields.parent).toBeUndefined();
    expect(carried.notes.join('\n')).toMatch(/new fiscal year/);
  });
});

describe('carriedFileName', () => {
  it('puts the new period where the old one was in the name, else appends it', () => {
    expect(carriedFileName('plans/acme-fy2027.md', 'FY2027', 'FY2027-Q1')).toBe('plans/acme-fy2027-q1.md');
    expect(carriedFileName('plans/acme-fy2027-q4.md', 'FY2027-Q4', 'FY2028-Q1')).toBe('plans/acme-fy2028-q1.md');
    expect(carriedFileName('acme-2027.md', 'FY2027', 'FY2027-Q3')).toBe('acme-2027-q3.md');
    expect(carriedFileName('acme.md', '2027', '2027-Q2')).toBe('acme-2027-q2.md');
  });
});

describe("plan init --from keeps the way the source's title writes its period", () => {
  const titled = (title: string, period: string, to?: string) =>
    carryPlan(buildPlan(buildPlanText({ frontMatter: { id: 'east-q', period, title } }).text, 'east.md'), { period: to, fiscalYearStart: 1 }).fields.title;

  it.each([
    ['Enterprise East — Q2 2027', '2027-Q2', undefined, 'Enterprise East — Q3 2027'],
    ['ACME — FY2027 Q4', 'FY2027-Q4', undefined, 'ACME — FY2028 Q1'],
    ['ACME — FY2027-Q1 account plan', 'FY2027-Q1', undefined, 'ACME — FY2027-Q2 account plan'],
    ['ACME — Q4 FY27', 'FY2027-Q4', undefined, 'ACME — Q1 FY28'],
    ['ACME — FY2027 account plan', 'FY2027', 'FY2027-Q3', 'ACME — FY2027-Q3 account plan'],
    ['ACME account plan', 'FY2027-Q1', undefined, 'ACME account plan FY2027-Q2'],
  ])('%j (%s) -> %j', (title, period, to, expected) => {
    expect(titled(title, period, to)).toBe(expected);
  });
});
