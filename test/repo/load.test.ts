import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadPlans, lintText } from '../../src/api.js';
import { resolveConfig } from '../../src/config/resolve.js';
import { buildPlanText } from '../helpers/clean-plan.js';

const ALIGNED = fileURLToPath(new URL('../fixtures/repos/aligned/', import.meta.url));
const config = resolveConfig({}, ALIGNED);
const ids = (plans: { id: string }[]) => plans.map((p) => p.id).sort();

describe('loading the plans repo around the linted plans', () => {
  it('reads nothing more when every link resolves inside the given plans', async () => {
    const run = await loadPlans(['.'], { cwd: ALIGNED, config });
    expect(run.plans).toHaveLength(8);
    expect(run.extras).toEqual([]);
  });

  it('loads the rest of the repo, for resolution only, when a parent leaves the given files', async () => {
    const run = await loadPlans(['accounts/acme.md'], { cwd: ALIGNED, config });
    expect(ids(run.plans)).toEqual(['acme-fy2027']);
    expect(ids(run.extras)).toEqual(['acme-fy2027-q1', 'acme-fy2027-q2', 'acme-fy2027-q3', 'acme-fy2027-q4', 'company-fy2027', 'emea-fy2027', 'globex-fy2027']);
  });

  it('takes a folder given as a whole as the scope for coverage, and still resolves its parents', async () => {
    const run = await loadPlans(['accounts'], { cwd: ALIGNED, config });
    expect(run.plans).toHaveLength(6);
    expect(ids(run.extras)).toEqual(['company-fy2027', 'emea-fy2027']);
  });
});

describe('lintText (one buffer, no repo)', () => {
  it('does not report links to plans it cannot see', () => {
    const text = buildPlanText({ frontMatter: { parent: 'emea-fy2027' }, sections: {} }).text.replace(
      '  - Metric: ARR',
      '  - Metric: ARR\n  - Supports: emea-fy2027#G1',
    );
    const found = lintText(text, { config, today: '2026-11-25' }).diagnostics.filter((d) => d.ruleId === 'unresolved-reference');
    expect(found).toEqual([]);
  });
});
