import { describe, expect, it } from 'vitest';
import { lintSources } from '../../src/api.js';
import { resolveConfig } from '../../src/config/resolve.js';
import { buildPlanText } from '../helpers/clean-plan.js';
import { TODAY } from '../helpers/rule-tester.js';

describe('the clean plan the rule tests start from', () => {
  it('has no findings under every rule at its default severity', () => {
    const [result] = lintSources([{ file: 'plans/acme-fy2027.md', text: buildPlanText().text }], {
      config: resolveConfig({}, process.cwd()),
      today: TODAY,
    });
    expect(result!.diagnostics.map((d) => `${d.start.line} ${d.ruleId}: ${d.message}`)).toEqual([]);
  });
});
