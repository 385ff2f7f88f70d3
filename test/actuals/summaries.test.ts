import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { actualsOfPlan } from '../../src/actuals/summary.js';
import { type LintRun, lintFiles, loadGraph } from '../../src/api.js';
import { loadActuals } from '../../src/engine/actuals.js';
import { runRepoRules } from '../../src/engine/run.js';
import { buildPlan } from '../../src/model/build.js';
import { summarize } from '../../src/model/summary.js';
import type { PlanSummary } from '../../src/model/types.js';
import { buildGraph } from '../../src/repo/graph.js';

const ACTUALS_RULES = ['behind-pace', 'stale-actuals', 'status-contradicts-actuals', 'actuals-row'];

describe('repo rules read the plans’ summaries only, actuals included', () => {
  it('find from plain summaries, with no model behind them and no --cache, what they find from the models', async () => {
    const today = '2027-05-15';
    const csv = join('examples', 'actuals', 'crm-export.csv');
    const loaded = await loadGraph(['examples'], { today, actuals: [csv], ignorePatterns: ['examples/broken/**'] });
    const settings = { ...loaded.config.settings, today };
    const findingsOver = async (plans: PlanSummary[]) => {
      const graph = buildGraph(plans, new Set(plans), loaded.cwd);
      const actuals = await loadActuals(plans, loaded.config, { files: [csv], cwd: loaded.cwd, today, reportUnknownPlans: true });
      return [...runRepoRules(graph, loaded.config.rules, settings, actuals).values()]
        .flat()
        .map((d) => `${d.file}:${d.start.line}: ${d.ruleId}: ${d.message}`)
        .sort();
    };
    // Plain data, as a cache file holds it: no sections, no text, no getter that could read the model.
    const summaries: PlanSummary[] = loaded.graph.plans.map((plan) => JSON.parse(JSON.stringify(summarize(plan))));
    expect(summaries.some((plan) => 'sections' in plan || 'source' in plan)).toBe(false);
    const fromSummaries = await findingsOver(summaries);
    expect(fromSummaries.filter((f) => ACTUALS_RULES.some((id) => f.includes(`: ${id}: `))).length).toBeGreaterThan(0);
    expect(fromSummaries).toEqual(await findingsOver(loaded.graph.plans));
  });

  it('a plan read with another fiscal year start than the run’s is an error, never actuals read again', () => {
    const plan = buildPlan('---\nkind: account\nperiod: FY2027\n---\n\n## Goals\n\n- **G1** Book 12 new logos.\n', 'acme.md', { fiscalYearStart: 4 });
    expect(actualsOfPlan(plan, 4).fiscalYearStart).toBe(4);
    expect(() => actualsOfPlan(plan, 1)).toThrow('acme.md was read with fiscal year start 4');
  });
});

describe('the config’s fiscal year start reads the actuals, with and without --cache', () => {
  const TODAY = '2027-05-15';
  // 10% of the target on 2027-03-01: behind in a calendar FY2027 (37% of it has passed), ended in one from April 2026.
  const PLAN = `---
id: acme-fy2027
kind: account
owner: Dana Reyes
period: FY2027
---

## Goals

- **G1** Grow Acme ARR from $1.0M to $2.0M.
  - Owner: Dana Reyes

## Check-ins

- 2027-03-01 **G1** $1.1M
`;
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'plan-fiscal-'));
    writeFileSync(join(dir, 'acme-fy2027.md'), PLAN);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const lint = (cache: boolean) => lintFiles(['.'], { cwd: dir, today: TODAY, cache });
  const findings = (run: LintRun) => run.results.flatMap((r) => r.diagnostics.map((d) => `${r.file}:${d.start.line}: ${d.ruleId}: ${d.message}`));
  const behind = (run: LintRun) => findings(run).filter((f) => f.includes(': behind-pace: '));

  it('reads FY2027 as April 2026 to March 2027 with fiscalYearStart 4, in the graph, a lint and the cache alike', async () => {
    expect(behind(await lint(false))).toHaveLength(1); // January: the goal is behind
    writeFileSync(join(dir, '.planrc.json'), JSON.stringify({ fiscalYearStart: 4 }));

    const { graph } = await loadGraph(['.'], { cwd: dir, today: TODAY });
    expect(graph.plans.map((plan) => [plan.actuals.fiscalYearStart, plan.actuals.period?.end])).toEqual([[4, '2027-03-31']]);

    const uncached = findings(await lint(false));
    expect(uncached.filter((f) => f.includes(': behind-pace: '))).toEqual([]); // April: the period has ended
    expect(findings(await lint(true))).toEqual(uncached); // cold: the cache is written
    const [, firstEntry] = readFileSync(join(dir, '.plancache'), 'utf8').split('\n'); // a header line, then `<checksum> [path, entry]` lines
    const [, entry] = JSON.parse(firstEntry!.slice(29)) as [string, { summary: PlanSummary }];
    expect([entry.summary.actuals.fiscalYearStart, entry.summary.actuals.period?.end]).toEqual([4, '2027-03-31']);
    expect(findings(await lint(true))).toEqual(uncached); // warm: from the cache
  });
});
