import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildPlan, buildPlanHead } from '../../src/model/build.js';
import { summarize } from '../../src/model/summary.js';
import type { PlanSummary } from '../../src/model/types.js';
import { buildGraph } from '../../src/repo/graph.js';
import { supportersIndex } from '../../src/repo/references.js';

const ALIGNED = fileURLToPath(new URL('../fixtures/repos/aligned/', import.meta.url));
const FILES = ['company.md', 'teams/emea.md', 'accounts/acme.md', 'accounts/globex.md'];

/** The plans as a run has them: read for their heads only (repo plans without --cache), or as summaries (--cache). */
const heads = (): PlanSummary[] => FILES.map((file) => buildPlanHead(readFileSync(join(ALIGNED, file), 'utf8'), file));
const summaries = (): PlanSummary[] => FILES.map((file) => summarize(buildPlan(readFileSync(join(ALIGNED, file), 'utf8'), file)));

describe('supportersIndex', () => {
  it('finds the same supporters from plan heads and from summaries as from whole plans', () => {
    const full = FILES.map((file) => buildPlan(readFileSync(join(ALIGNED, file), 'utf8'), file));
    const describeAll = (list: PlanSummary[]) => {
      const supportersOf = supportersIndex(buildGraph(list, new Set(list), ALIGNED));
      return list.flatMap((plan) => plan.items.map((goal) => [plan.file, goal.id, supportersOf(plan, goal).map((s) => [s.plan.file, s.item.id])]));
    };
    const expected = describeAll(full);
    expect(expected.some(([, , supporters]) => (supporters as unknown[]).length > 0)).toBe(true);
    expect(describeAll(heads())).toEqual(expected);
    expect(describeAll(summaries())).toEqual(expected);
  });
});
