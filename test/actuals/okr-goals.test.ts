import { describe, expect, it } from 'vitest';
import { actualsOf } from '../../src/actuals/run.js';
import { buildPlan } from '../../src/model/build.js';
import { buildGraph } from '../../src/repo/graph.js';
import { plan } from '../rules/actuals/fixtures.js';

// Cases written from the contract (3a: key results are an OKR goal's measures; 5b/8: a goal's amount; 8: roll-up in
// the same unit), before running the tool on them; not part of any tuning set.

const goalOf = (body: string, id = 'G1') => buildPlan(plan(`## Goals\n\n${body}`), 'acme.md').actuals.goals.find((g) => g.id === id)!;

describe('an OKR goal (a heading with key results) in the actuals', () => {
  it('takes the amount and deadline of its one key result with a number', () => {
    const goal = goalOf('### G1 Become the reference vendor in the public sector\n\nKey results:\n\n- Close 6 new logos in the public sector by 2027-09-30.\n');
    expect(goal).toMatchObject({ milestone: false, target: 6, deadline: '2027-09-30' });
  });

  it('takes a from -> to of that key result as baseline and target', () => {
    const goal = goalOf('### G1 Make Acme a loyal customer\n\nKey results:\n\n- Raise the account NPS from 30 to 45 by end of Q3.\n');
    expect(goal).toMatchObject({ milestone: false, baseline: 30, target: 45, deadline: '2027-09-30' });
  });

  it('has no single target with several key results that carry numbers, is not a milestone, and is due with its last one', () => {
    const goal = goalOf(
      '### G1 Make Acme a loyal customer\n\nKey results:\n\n- Raise the account NPS from 30 to 45 by end of Q2.\n- Publish 3 joint case studies by 2027-10-31.\n',
    );
    expect(goal.milestone).toBe(false);
    expect(goal.target).toBeUndefined();
    expect(goal.deadline).toBe('2027-10-31');
  });

  it('is a milestone when its key results are events with no number', () => {
    const goal = goalOf("### G1 Win the architecture review\n\nKey results:\n\n- The customer's CTO approves our reference architecture by 2027-05-31.\n");
    expect(goal).toMatchObject({ milestone: true, deadline: '2027-05-31' });
    expect(goal.target).toBeUndefined();
  });

  it('keeps its own Target: and Due: over its key results', () => {
    const goal = goalOf('### G1 Grow the public sector\n\n- Close 6 new logos by 2027-09-30.\n- Target: 8 logos\n- Due: 2027-11-30\n');
    expect(goal).toMatchObject({ target: 8, deadline: '2027-11-30' });
  });
});

describe("a goal's amount (§5b) beside a parenthesis", () => {
  it('reads the number outside a parenthesis as the target, and one inside only when none is outside', () => {
    expect(goalOf('- **G1** Book $1.1M in new ARR by EOQ4 (stretch: $1.3M by 2027-12-31).')).toMatchObject({ target: 1_100_000, deadline: '2027-12-31' });
    expect(goalOf('- **G1** Sign the Initech MSA by 2027-06-30 (worth $400k).')).toMatchObject({ target: 400_000 });
    expect(goalOf('- **G1** Book $1.1M or $1.3M by 2027-12-31.').target).toBeUndefined();
  });
});

describe('roll-up in the same unit', () => {
  const company = (goal: string) => plan(`## Goals\n\n${goal}`, { id: 'company-fy2027', kind: 'company' });
  const team = (id: string, goal: string) => plan(`## Goals\n\n${goal}`, { id, kind: 'team', parent: 'company-fy2027' });
  const rolledUp = (texts: Record<string, string>) => {
    const plans = Object.entries(texts).map(([file, text]) => buildPlan(text, file));
    const run = actualsOf(buildGraph(plans, new Set(plans)), { today: '2027-07-01', fiscalYearStart: 1 });
    const parent = plans[0]!;
    return run.stateOf(parent, run.summaryOf(parent).goals[0]!).rolledUp;
  };

  it('does not add counts of another noun into a parent count', () => {
    expect(
      rolledUp({
        'company.md': company('- **G1** Sign 12 enterprise contracts by 2027-12-31.'),
        'east.md': team('east-fy2027', '- **G1** Generate 40 opportunities by 2027-06-30.\n  - Supports: G1\n  - Actual: 10 opportunities (2027-06-01)'),
      }),
    ).toBeUndefined();
  });

  it('adds counts of the same noun, singular or plural', () => {
    expect(
      rolledUp({
        'company.md': company('- **G1** Sign 12 contracts by 2027-12-31.'),
        'east.md': team('east-fy2027', '- **G1** Sign 1 contract by 2027-06-30.\n  - Supports: G1\n  - Actual: 1 contract (2027-06-01)'),
        'west.md': team('west-fy2027', '- **G1** Sign 5 contracts by 2027-09-30.\n  - Supports: G1\n  - Actual: 2 contracts (2027-06-01)'),
      }),
    ).toMatchObject({ value: 3 });
  });
});
