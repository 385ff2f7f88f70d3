import { describe, expect, it } from 'vitest';
import { actualsOf } from '../../src/actuals/run.js';
import { buildPlan } from '../../src/model/build.js';
import { buildGraph } from '../../src/repo/graph.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { plan } from '../rules/actuals/fixtures.js';

const company = (goal: string) => plan(`## Goals\n\n${goal}`, { id: 'company-fy2027', kind: 'company' });
const team = (id: string, goal: string) => plan(`## Goals\n\n${goal}`, { id, kind: 'team', parent: 'company-fy2027' });

function stateOf(texts: Record<string, string>, today: string, goalId = 'G1') {
  const plans = Object.entries(texts).map(([file, text]) => buildPlan(text, file));
  const graph = buildGraph(plans, new Set(plans));
  const run = actualsOf(graph, { today, fiscalYearStart: 1 });
  const parent = plans[0]!;
  return run.stateOf(parent, run.summaryOf(parent).goals.find((g) => g.id === goalId)!);
}

/** A company counting its ARR from $48M, and one of its regions counting from $12M. */
const COMPANY_ARR = company('- **G1** Grow total ARR from $48M to $60M by 2027-12-31.');
const WEST_ARR = team('west-fy2027', '- **G1** Grow West ARR from $12M to $15M by 2027-12-31.\n  - Supports: G1\n  - Actual: $13.1M (2027-05-02)');

describe('roll-up', () => {
  it('sums the latest readings of supporting goals counted in the same unit, dated by the oldest used', () => {
    const state = stateOf(
      {
        'company.md': company('- **G1** Book 40 new logos by 2027-12-31.'),
        'east.md': team(
          'east-fy2027',
          '- **G1** Book 20 new logos by 2027-12-31.\n  - Supports: G1\n  - Actual: 2 logos (2027-03-01)\n  - Actual: 4 logos (2027-06-01)',
        ),
        'west.md': team('west-fy2027', '- **G1** Book 20 new logos by 2027-12-31.\n  - Supports: company-fy2027#G1\n  - Actual: 6 logos (2027-05-15)'),
        'north.md': team('north-fy2027', '- **G1** Book 10 new logos by 2027-12-31.\n  - Supports: G1'),
      },
      '2027-07-01',
    );
    expect(state.rolledUp).toMatchObject({
      value: 10,
      date: '2027-05-15',
      source: 'roll-up',
      note: 'sum of 2 supporting goals: east-fy2027#G1, west-fy2027#G1',
    });
    expect(state.progress.progress).toBe(0.25);
  });

  it('sums currency across supporting goals, through two levels', () => {
    const state = stateOf(
      {
        'company.md': company('- **G1** Grow new ARR to $1M by 2027-12-31.'),
        'team.md': team('team-fy2027', '- **G1** Grow new ARR to $600k by 2027-12-31.\n  - Supports: G1'),
        'acme.md': plan('## Goals\n\n- **G1** Grow new ARR to $300k by 2027-12-31.\n  - Supports: G1\n  - Actual: $100k (2027-06-01)', {
          id: 'acme-fy2027',
          parent: 'team-fy2027',
        }),
        'beta.md': plan('## Goals\n\n- **G1** Grow new ARR to $300k by 2027-12-31.\n  - Supports: G1\n  - Actual: $150k (2027-06-10)', {
          id: 'beta-fy2027',
          parent: 'team-fy2027',
        }),
      },
      '2027-07-01',
    );
    expect(state.rolledUp?.value).toBe(250_000);
    expect(state.rolledUp?.text).toBe('$250k');
  });

  it("takes the target-weighted mean progress of percentages, on the parent's own scale", () => {
    const state = stateOf(
      {
        'company.md': company('- **G1** Raise the win rate from 20% to 30% by 2027-12-31.'),
        'east.md': team('east-fy2027', '- **G1** Raise the win rate from 20% to 30% by 2027-12-31.\n  - Supports: G1\n  - Actual: 28% (2027-06-01)'),
        'west.md': team('west-fy2027', '- **G1** Raise the win rate from 10% to 20% by 2027-12-31.\n  - Supports: G1\n  - Actual: 11% (2027-06-01)'),
      },
      '2027-07-01',
    );
    // (0.8 * 30 + 0.1 * 20) / 50 = 0.52 of the way from 20% to 30%.
    expect(state.rolledUp?.value).toBeCloseTo(25.2, 9);
    expect(state.progress.progress).toBeCloseTo(0.52, 9);
  });

  it("does not roll up mixed units, nor over a goal's own reading", () => {
    const mixed = stateOf(
      {
        'company.md': company('- **G1** Book 40 new logos by 2027-12-31.'),
        'east.md': team('east-fy2027', '- **G1** Book 20 new logos by 2027-12-31.\n  - Supports: G1\n  - Actual: 4 logos (2027-06-01)'),
        'west.md': team('west-fy2027', '- **G1** Grow new ARR to $300k by 2027-12-31.\n  - Supports: G1\n  - Actual: $100k (2027-06-01)'),
      },
      '2027-07-01',
    );
    expect(mixed.rolledUp).toBeUndefined();
    const own = stateOf(
      {
        'company.md': company('- **G1** Book 40 new logos by 2027-12-31.\n  - Actual: 30 logos (2027-06-20)'),
        'east.md': team('east-fy2027', '- **G1** Book 20 new logos by 2027-12-31.\n  - Supports: G1\n  - Actual: 4 logos (2027-06-01)'),
      },
      '2027-07-01',
    );
    expect(own.rolledUp).toBeUndefined();
    expect(own.progress.progress).toBe(0.75);
  });

  it('measures a goal counted from a baseline by its supporters only when their baselines add up to it', () => {
    // One region of four: its $13.1M is not the company's ARR, which starts at $48M (it would read as -291%).
    const partial = stateOf(
      {
        'company.md': COMPANY_ARR,
        'west.md': WEST_ARR,
      },
      '2027-06-01',
    );
    expect(partial.rolledUp).toBeUndefined();
    // Every region, starting from $48M together: their sum is the company's ARR.
    const whole = stateOf(
      {
        'company.md': COMPANY_ARR,
        'west.md': WEST_ARR,
        'east.md': team('east-fy2027', '- **G1** Grow East ARR from $16M to $20M by 2027-12-31.\n  - Supports: G1\n  - Actual: $17M (2027-05-10)'),
        'south.md': team('south-fy2027', '- **G1** Grow South ARR from $20M to $25M by 2027-12-31.\n  - Supports: G1\n  - Actual: $21.3M (2027-05-20)'),
      },
      '2027-06-01',
    );
    expect(whole.rolledUp).toMatchObject({ value: 51_400_000, date: '2027-05-02' });
    expect(whole.progress.progress).toBeCloseTo(3.4 / 12, 9);
  });

  it('counts met milestones toward a parent count', () => {
    const state = stateOf(
      {
        'company.md': company('- **G1** Sign 3 new partner agreements by 2027-12-31.'),
        'east.md': team('east-fy2027', '- **G1** Sign the partner agreement with Initech by 2027-06-30.\n  - Supports: G1\n  - Actual: done (2027-05-02)'),
        'west.md': team('west-fy2027', '- **G1** Sign the partner agreement with Globex by 2027-09-30.\n  - Supports: G1\n  - Actual: missed (2027-06-02)'),
      },
      '2027-07-01',
    );
    expect(state.rolledUp?.value).toBe(1);
    expect(state.progress.progress).toBeCloseTo(1 / 3, 9);
  });

  it('adds nothing when a supporter counts in another unit, met milestone or not', () => {
    const state = stateOf(
      {
        'company.md': company('- **G1** Add 8 new enterprise logos by 2027-12-31.'),
        'q1.md': team('q1-fy2027', '- **G1** Sign the master agreement with Northshore Health by 2027-03-31.\n  - Supports: G1\n  - Status: met'),
        'q2.md': team('q2-fy2027', '- **G1** Win 3 new hospital-group logos by 2027-06-30.\n  - Supports: G1\n  - Actual: 2 logos (2027-05-15)'),
        'q3.md': team('q3-fy2027', '- **G1** Book $1.5M in new bookings by 2027-09-30.\n  - Supports: G1\n  - Actual: $650k (2027-05-15)'),
      },
      '2027-05-20',
    );
    expect(state.rolledUp).toBeUndefined(); // $650k is no logo count
  });

  it("adds a met milestone to the supporters counted in the parent's unit", () => {
    // Recording "Status: met" on the quarter's milestone dropped the whole roll-up (two units among the supporters).
    const state = stateOf(
      {
        'company.md': company('- **G1** Add 8 new enterprise logos by 2027-12-31.'),
        'q1.md': team('q1-fy2027', '- **G1** Sign the master agreement with Northshore Health by 2027-03-31.\n  - Supports: G1\n  - Status: met'),
        'q2.md': team('q2-fy2027', '- **G1** Win 3 new hospital-group logos by 2027-06-30.\n  - Supports: G1\n  - Actual: 2 logos (2027-05-15)'),
      },
      '2027-05-20',
    );
    expect(state.rolledUp).toMatchObject({ value: 3, note: 'sum of 2 supporting goals: q1-fy2027#G1, q2-fy2027#G1' });
  });
});

ruleTester('behind-pace', {
  valid: [
    {
      name: 'a company goal counted from $48M, with one region of several in the repo: not judged on that region',
      file: 'company.md',
      text: COMPANY_ARR,
      otherPlans: {
        'west.md': WEST_ARR,
      },
      today: '2027-06-01',
    },
  ],
  invalid: [
    {
      name: 'a parent goal behind pace on the sum of its supporters',
      file: 'company.md',
      text: company('- **G1** Book 40 new logos by 2027-12-31.'),
      otherPlans: {
        'east.md': team('east-fy2027', '- **G1** Book 20 new logos by 2027-12-31.\n  - Supports: G1\n  - Actual: 4 logos (2027-06-01)'),
        'west.md': team('west-fy2027', '- **G1** Book 20 new logos by 2027-12-31.\n  - Supports: G1\n  - Actual: 6 logos (2027-06-20)'),
      },
      otherErrors: {
        'east.md': [
          {
            at: 11,
            message:
              'Goal G1 is behind pace: at 20% of its target (4 logos on 2027-06-01) where 50% of its time has passed: record a newer reading, or change the approach and say so in a check-in',
          },
        ],
        'west.md': [
          {
            at: 11,
            message:
              'Goal G1 is behind pace: at 30% of its target (6 logos on 2027-06-20) where 50% of its time has passed: record a newer reading, or change the approach and say so in a check-in',
          },
        ],
      },
      today: '2027-07-01',
      errors: [
        {
          at: 10,
          message:
            'Goal G1 is behind pace: at 25% of its target (10 logos on 2027-06-01, sum of 2 supporting goals: east-fy2027#G1, west-fy2027#G1) where 50% of its time has passed: record a newer reading, or change the approach and say so in a check-in',
        },
      ],
    },
  ],
});
