import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../src/model/build.js';
import { headOf, lazyPlan } from '../../src/model/lazy-plan.js';
import type { PlanModel } from '../../src/model/types.js';
import { buildGraph } from '../../src/repo/graph.js';
import { supportersIndex } from '../../src/repo/references.js';

const ALIGNED = fileURLToPath(new URL('../fixtures/repos/aligned/', import.meta.url));
const FILES = ['company.md', 'teams/emea.md', 'accounts/acme.md', 'accounts/globex.md'];

/** The plans as a --cache run has them: heads only, their items read (and counted) when something asks. */
function cachedPlans(): { plans: PlanModel[]; reads: Map<string, number> } {
  const reads = new Map<string, number>();
  const plans = FILES.map((file) => {
    const source = readFileSync(join(ALIGNED, file), 'utf8');
    const head = headOf(buildPlan(source, file));
    return lazyPlan(head, () => source, (text) => {
      reads.set(file, (reads.get(file) ?? 0) + 1);
      return buildPlan(text, file);
    });
  });
  return { plans, reads };
}

describe('supportersIndex', () => {
  it('finds the same supporters from a plan head as from the whole plan', () => {
    const full = FILES.map((file) => buildPlan(readFileSync(join(ALIGNED, file), 'utf8'), file));
    const { plans } = cachedPlans();
    const describeAll = (list: PlanModel[]) => {
      const supportersOf = supportersIndex(buildGraph(list, new Set(list), ALIGNED));
      return list.flatMap((plan) => plan.items.map((goal) => [plan.file, goal.id, supportersOf(plan, goal).map((s) => [s.plan.file, s.item.id])]));
    };
    const expected = describeAll(full);
    expect(expected.some(([, , supporters]) => (supporters as unknown[]).length > 0)).toBe(true);
    expect(describeAll(plans)).toEqual(expected);
  });

  it('counts the supporters of a goal without reading the supporting plans', () => {
    const { plans, reads } = cachedPlans();
    const team = plans.find((plan) => plan.file === 'teams/emea.md')!;
    const supportersOf = supportersIndex(buildGraph(plans, new Set(plans), ALIGNED));
    const counts = team.items.map((goal) => supportersOf(team, goal).length);
    expect(counts.some((n) => n > 0)).toBe(true);
    // The team's own items (the goals asked about) are read; the accounts that support them are not.
    expect([...reads.keys()].filter((file) => file.startsWith('accounts/'))).toEqual([]);
  });
});
