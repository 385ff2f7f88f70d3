import { describe, expect, it } from 'vitest';
// @ts-expect-error: the benchmark is plain JavaScript outside src/
import { corpusPlans } from '../bench/corpus.mjs';
import { resolveConfig } from '../src/config/resolve.js';
import { lintText } from '../src/index.js';

interface BenchPlan {
  path: string;
  id: string;
  parent?: string;
  defect?: string;
  text: string;
}

const config = resolveConfig({}, process.cwd());

describe('bench corpus', () => {
  const plans = corpusPlans(24) as BenchPlan[];

  it('is the same on every run', () => {
    expect((corpusPlans(24) as BenchPlan[]).map((p) => p.text)).toEqual(plans.map((p) => p.text));
  });

  it('holds ~5 KB plans whose parents are plans of the corpus', () => {
    const ids = new Set(plans.map((p) => p.id));
    for (const plan of plans) {
      expect(plan.text.length).toBeGreaterThan(4000);
      expect(plan.text.length).toBeLessThan(7000);
      if (plan.parent) expect(ids.has(plan.parent)).toBe(true);
    }
  });

  it('has valid front matter everywhere and findings only in plans given a defect', () => {
    for (const plan of plans) {
      const result = lintText(plan.text, { config, filePath: plan.path, today: '2027-06-15' });
      expect(result.diagnostics.filter((d) => d.ruleId === 'frontmatter')).toEqual([]);
      if (!plan.defect) expect(result.diagnostics.map((d) => `${d.ruleId}: ${d.message}`)).toEqual([]);
    }
    expect(plans.some((p) => p.defect)).toBe(true);
  });
});
