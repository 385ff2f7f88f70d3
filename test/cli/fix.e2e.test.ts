import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runPlan } from '../helpers/cli.js';
import { buildPlanText } from '../helpers/clean-plan.js';

describe('plan lint --fix / --fix-dry-run', () => {
  const dir = mkdtempSync(join(tmpdir(), 'plan-fix-e2e-'));
  const original = buildPlanText({ sections: { risks: null, contingencies: null } }).text;
  writeFileSync(join(dir, 'acme.md'), original);

  it('--fix-dry-run prints a diff and writes nothing', () => {
    const run = runPlan(['lint', 'acme.md', '--fix-dry-run', '--format', 'json'], dir);
    expect(run.stdout).toMatch(/^--- a\/acme\.md\n\+\+\+ b\/acme\.md\n@@ /m);
    expect(run.stdout).toContain('+## Risks');
    expect(run.stderr).toBe('plan: --fix would fix 2 findings in 1 file (nothing written)\n');
    expect(readFileSync(join(dir, 'acme.md'), 'utf8')).toBe(original);
  });

  it('--fix writes the plan and reports what remains', () => {
    const run = runPlan(['lint', 'acme.md', '--fix', '--format', 'json'], dir);
    expect(run.stderr).toBe('plan: fixed 2 findings in 1 file\n');
    const fixed = readFileSync(join(dir, 'acme.md'), 'utf8');
    expect(fixed).toContain('## Risks\n\nTODO: ');
    const report = JSON.parse(run.stdout);
    expect(report[0].messages.map((m: { ruleId: string }) => m.ruleId)).not.toContain('required-section');
    expect(run.code).toBe(1); // the TODO sections are still empty-section errors for the writer to fill
  });
});
