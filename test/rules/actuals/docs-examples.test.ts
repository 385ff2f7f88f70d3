import { describe, expect, it } from 'vitest';
import { lintSources } from '../../../src/api.js';
import { validateConfig } from '../../../src/config/load.js';
import { RULES_BY_ID } from '../../../src/rules/index.js';

const FRONT = '---\nperiod: FY2027\n---\n';

/** The docs' invalid snippet is reported, the valid one is not (both on 2027-07-02, in the plan's own period). */
describe.each(['behind-pace', 'stale-actuals', 'status-contradicts-actuals', 'actuals-row'])('docs examples of %s', (id) => {
  const rule = RULES_BY_ID.get(id)!;
  const config = validateConfig({ rules: Object.fromEntries([...RULES_BY_ID.keys()].map((other) => [other, other === id ? 'warn' : 'off'])) }, process.cwd());
  const run = (snippet: string) => {
    // actuals-row's examples are CSV exports, read against a plan with a goal G1.
    const csv = id === 'actuals-row';
    const text = csv
      ? `---\nid: acme-fy2027\nperiod: FY2027\n---\n## Goals\n\n- **G1** Grow ARR to $2.6M by 2027-12-31.\n`
      : snippet.startsWith('---')
        ? snippet
        : FRONT + snippet;
    const results = lintSources([{ file: 'acme-fy2027.md', text }], {
      config,
      today: '2027-07-02',
      ...(csv ? { actualsText: [{ file: 'crm.csv', text: `${snippet}\n` }] } : {}),
    });
    return results.flatMap((r) => r.diagnostics).filter((d) => d.ruleId === id);
  };

  it('reports the invalid example', () => {
    expect(run(rule.docs!.invalid!).length).toBeGreaterThan(0);
  });

  it('does not report the valid example', () => {
    expect(run(rule.docs!.valid!)).toEqual([]);
  });
});
