import { describe, expect, it } from 'vitest';
import { lintSources } from '../../src/api.js';
import { createBaseline, matchBaseline } from '../../src/baseline/baseline.js';
import { validateConfig } from '../../src/config/load.js';
import { buildPlanText } from '../helpers/clean-plan.js';
import { TODAY } from '../helpers/rule-tester.js';

const config = validateConfig({}, process.cwd());
const asIs = (file: string) => file;
const lint = (text: string) => lintSources([{ file: 'plans/acme.md', text }], { config, today: TODAY });

// Two known problems: a goal without an owner, and a missing Risks section.
const goals =
  '## Goals\n\n- **G1** Grow ACME EMEA ARR from $2.0M to $2.6M by 2027-12-31.\n  - Opportunities: O1\n- **G2** Win 3 new executive sponsors in logistics by end of Q2 2027.\n  - Opportunities: O2\n  - Owner: Dana Reyes';
const before = buildPlanText({ sections: { goals, risks: null, contingencies: null } }).text;

describe('baseline', () => {
  const baseline = createBaseline(lint(before), asIs);

  it('records findings per file and rule by anchor, not line', () => {
    expect(baseline.files['plans/acme.md']?.['owner-required']).toEqual({ 'item:G1': 1 });
    expect(baseline.files['plans/acme.md']?.['required-section']).toEqual({ 'section:contingencies': 1, 'section:risks': 1 });
    expect(JSON.stringify(baseline)).not.toMatch(/"line"/);
  });

  it('suppresses every recorded finding, and nothing is gone', () => {
    const match = matchBaseline(lint(before), baseline, asIs);
    expect(match.results[0]!.diagnostics).toEqual([]);
    expect(match.gone).toEqual([]);
    expect(match.pruned).toEqual(baseline);
  });

  it('is stable when lines are inserted above the findings', () => {
    const shifted = before.replace('# ACME Corp — FY2027 account plan', '# ACME Corp — FY2027 account plan\n\nA new introduction,\nover three\nlines.');
    const results = lint(shifted);
    expect(results[0]!.diagnostics.find((d) => d.ruleId === 'owner-required')!.start.line).toBeGreaterThan(
      lint(before)[0]!.diagnostics.find((d) => d.ruleId === 'owner-required')!.start.line,
    );
    expect(matchBaseline(results, baseline, asIs).results[0]!.diagnostics).toEqual([]);
  });

  it('reports a new finding, and names entries that are gone; pruning only shrinks', () => {
    const changed = buildPlanText({ sections: { goals: goals.replace('  - Owner: Dana Reyes', ''), contingencies: null } }).text;
    const match = matchBaseline(lint(changed), baseline, asIs);
    expect(match.results[0]!.diagnostics.map((d) => `${d.ruleId} ${d.anchor}`)).toEqual([
      'owner-required item:G2',
      'risk-has-contingency item:R1',
      'risk-has-contingency item:R2',
    ]); // Risks is back, without contingencies
    expect(match.gone).toEqual([{ file: 'plans/acme.md', ruleId: 'required-section', key: 'section:risks', count: 1 }]);
    expect(match.pruned.files['plans/acme.md']?.['required-section']).toEqual({ 'section:contingencies': 1 });
    expect(match.pruned.files['plans/acme.md']?.['owner-required']).toEqual({ 'item:G1': 1 });
  });

  it('keeps entries of files this run did not lint', () => {
    const other = createBaseline(lintSources([{ file: 'plans/other.md', text: before }], { config, today: TODAY }), asIs);
    const both = { version: 1 as const, files: { ...baseline.files, ...other.files } };
    const match = matchBaseline(lint(before), both, asIs);
    expect(match.gone).toEqual([]);
    expect(match.pruned).toEqual(both);
  });
});

describe('plan baseline / plan lint --baseline (CLI)', async () => {
  const { mkdtempSync, readFileSync, writeFileSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const { runPlan } = await import('../helpers/cli.js');

  // Three runs of the built CLI: generous on a loaded machine.
  it('records, then reports only new findings, names gone entries and prunes', { timeout: 120_000 }, () => {
    const dir = mkdtempSync(join(tmpdir(), 'plan-baseline-'));
    writeFileSync(join(dir, 'acme.md'), before);
    const created = runPlan(['baseline', 'acme.md'], dir);
    expect(created.stderr).toMatch(/^plan: \.plan-baseline\.json: recorded \d+ findings in 1 file\n$/);
    expect(runPlan(['baseline', 'acme.md'], dir).code).toBe(2); // no overwrite without --force
    writeFileSync(join(dir, 'acme.md'), buildPlanText({ sections: { goals, contingencies: null } }).text.replace('## Risks', '## Risks\n\nOne more line.\n'));
    const run = runPlan(['lint', 'acme.md', '--baseline', '.plan-baseline.json', '--prune-baseline', '--format', 'json'], dir);
    expect(JSON.parse(run.stdout)[0].messages.map((m: { ruleId: string }) => m.ruleId)).toEqual(['risk-has-contingency', 'risk-has-contingency']);
    expect(run.stderr).toContain('gone from acme.md: required-section at section:risks');
    expect(run.stderr).toContain('pruned 1 fixed entry');
    expect(JSON.parse(readFileSync(join(dir, '.plan-baseline.json'), 'utf8')).files['acme.md']['required-section']).toEqual({ 'section:contingencies': 1 });
  });
});
