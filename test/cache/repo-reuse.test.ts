import { mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
// The built library, as the CLI runs it (`npm test` builds first).
import { lintFiles, type LintRun } from '../../dist/index.js';
// @ts-expect-error: the benchmark is plain JavaScript outside src/
import { writeCorpus } from '../../bench/corpus.mjs';

const TODAY = '2027-06-15';
const dir = mkdtempSync(join(tmpdir(), 'plan-repo-cache-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
writeCorpus(join(dir, 'repo'), 48);

const team = 'repo/teams/france-retail-1/fy2027.md';
const quarter = 'repo/teams/france-retail-1/fy2027-q1.md';
const account = 'repo/accounts/france-retail-1/acme-systems-1.md';
const otherAccount = 'repo/accounts/benelux-midmarket-2/wonka-logistics-2.md';
const company = 'repo/company/fy2027.md';

const path = (file: string) => join(dir, file);
const read = (file: string) => readFileSync(path(file), 'utf8');
const edit = (file: string, from: string | RegExp, to: string) => {
  const text = read(file);
  const next = text.replace(from, to);
  if (next === text) throw new Error(`edit of ${file} changed nothing: ${String(from)}`);
  writeFileSync(path(file), next);
};

/** What a run reports, plan by plan. */
function report(run: LintRun) {
  return { results: run.results.map((r) => ({ file: r.file, diagnostics: r.diagnostics })), failures: run.failures };
}

const lint = (patterns: string[], cache: boolean) => lintFiles(patterns, { cwd: dir, today: TODAY, cache, cacheLocation: '.cache/' });

/**
 * Each step changes the repo; after each, the cached run (which judges only the plans near the change with the
 * repo rules) must report exactly what a run without the cache reports.
 */
const STEPS: [string, () => void][] = [
  ['nothing changed', () => {}],
  ['prose of an account plan', () => edit(account, '## Account Analysis\n', '## Account Analysis\n\nA new paragraph of analysis.\n')],
  ['a team goal its accounts support is removed', () => edit(team, '- **G3**', '- **G9**')],
  ['an account supports a goal of another team', () => edit(account, 'Supports: france-retail-1-fy2027#G3', 'Supports: benelux-midmarket-2-fy2027#G1')],
  ['an account names a plan that does not exist', () => edit(otherAccount, /Supports: [\w-]+#G\d/, 'Supports: nowhere-fy2027#G1')],
  ['a quarter target changes', () => edit(quarter, '  - Target: $3.8M', '  - Target: $0.1M')],
  ['the removed team goal comes back', () => edit(team, '- **G9**', '- **G3**')],
  ['a company goal is renumbered', () => edit(company, '- **G1**', '- **G7**')],
  ['an account moves to another team (parent)', () => edit(account, 'parent: france-retail-1-fy2027', 'parent: benelux-midmarket-2-fy2027')],
  ['two plans share an id', () => edit(otherAccount, /^id: .*$/m, 'id: acme-systems-1-fy2027')],
  ['a plan is added', () => writeFileSync(path('repo/accounts/france-retail-1/new-account.md'), read(account).replace(/^id: .*$/m, 'id: new-account-fy2027'))],
  ['a plan is deleted', () => unlinkSync(path('repo/accounts/france-retail-1/new-account.md'))],
  ['a goal text in a team plan (no link changes)', () => edit(team, 'Grow midmarket ARR', 'Grow mid-market ARR')],
];

describe('--cache and the repo rules', () => {
  it.each(STEPS.map(([name], index) => [name, index] as const))('after "%s", a cached run reports what an uncached run does', async (_name, index) => {
    STEPS[index]![1]();
    const cached = await lint(['repo'], true);
    expect(report(cached)).toEqual(report(await lint(['repo'], false)));
    // Twice: the second run reads what the first one recorded.
    expect(report(await lint(['repo'], true))).toEqual(report(cached));
  });

  it('a file linted alone with the cache reports what it does without', async () => {
    expect(report(await lint([team], true))).toEqual(report(await lint([team], false)));
    expect(report(await lint([account], true))).toEqual(report(await lint([account], false)));
  });
});
