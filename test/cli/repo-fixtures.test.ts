import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { lintFiles } from '../../src/api.js';
import { loadConfig } from '../../src/config/load.js';
import { statusFiles } from '../../src/status/run.js';
import { runPlan } from '../helpers/cli.js';

const REPOS = fileURLToPath(new URL('../fixtures/repos/', import.meta.url));

interface JsonResult {
  filePath: string;
  messages: { ruleId: string; line: number; column: number; message: string }[];
}

/** Lints a fixture repo with the library (as the CLI does), as "file:line rule-id" lines. */
async function lint(repo: string, args: string[] = ['.'], today = '2026-11-25') {
  const cwd = join(REPOS, repo);
  const run = await lintFiles(args, { cwd, config: loadConfig(cwd), today });
  expect(run.failures).toEqual([]);
  const findings = run.results.flatMap((r) => r.diagnostics.map((d) => `${r.file}:${d.start.line} ${d.ruleId}`));
  const errors = run.results.reduce((n, r) => n + r.errorCount, 0);
  return { code: errors > 0 ? 1 : 0, findings: findings.sort(), files: run.results.map((r) => r.file).sort() };
}

/** `plan lint ARGS --format json --today 2026-11-25` with the built binary, as "file:line rule-id" lines. */
function lintCli(repo: string, args: string[]) {
  const cwd = join(REPOS, repo);
  const run = runPlan(['lint', ...args, '--format', 'json', '--today', '2026-11-25'], cwd);
  expect(run.stderr).toBe('');
  const results = JSON.parse(run.stdout) as JsonResult[];
  const findings = results.flatMap((r) => r.messages.map((m) => `${relative(cwd, r.filePath)}:${m.line} ${m.ruleId}`));
  return { code: run.code, findings: findings.sort() };
}

describe('plan lint on fixture plans repos', () => {
  it('finds nothing in an aligned repo, rep to company', async () => {
    const { code, findings, files } = await lint('aligned');
    expect(findings).toEqual([]);
    expect(code).toBe(0);
    expect(files).toHaveLength(8);
  });

  it('a company, one of its regions and a quarter plan, written from the contract: only what a careful writer would fix', async () => {
    // The company's ARR goal starts at $48M, and only the West ($12M at the start) is in the repo: no roll-up, so no
    // behind-pace at the company. The quarter plan is behind its own linear pace, and says "on track".
    expect((await lint('regions', ['.'], '2028-05-15')).findings).toEqual([
      'company.md:19 parent-coverage', // G3, the Singapore office: no child plan supports it
      'west-q2.md:24 behind-pace', // $13.1M of $12.9M -> $13.65M: 27% where 49% of Q2 has passed
      'west-q2.md:29 behind-pace', // 1 of 3 renewals: 33%
      'west-q2.md:33 status-contradicts-actuals', // G2's Status: on track
      'west-q2.md:67 status-contradicts-actuals', // the check-ins say on track
      'west-q2.md:68 status-contradicts-actuals',
    ]);
  });

  it.each([
    ['a closed account plan with numbered, aliased headings and a Retrospective', 'written/contoso', '2028-02-10'],
    ['a territory plan in tables, on a calendar year', 'written/nordics', '2027-05-10'],
    ['a half-year team plan in numbered lists with bracketed IDs, April fiscal year', 'written/smb', '2027-06-10'],
    ['a company, a yearly account plan with emoji headings and its quarter plan with Progress', 'written/initech', '2027-05-20'],
    ['an account plan closed early, with its Review in a table and a lesson under it', 'written/lost', '2027-07-01'],
  ])('finds nothing in %s, written from the contract', async (_, repo, today) => {
    expect((await lint(repo, ['.'], today)).findings).toEqual([]);
  });

  it('a February fiscal year: a territory, its four quarter plans (lists, tables, closed, draft), written from the contract', async () => {
    expect((await lint('written/benelux', ['.'], '2027-09-20')).findings).toEqual([
      // "6 Belgian insurers" counts insurers, as the quarters' "1 insurer" … "3 insurers" do: 7 against 6
      'benelux-fy2028.md:36 quarters-sum-to-year',
      'q3.md:39 overdue-item', // due 31 August, no status
    ]);
  });

  it('a region plan with em-dash IDs, H3 goals and its check-ins in a table, written from the contract', async () => {
    expect((await lint('written/apac', ['.'], '2027-05-10')).findings).toEqual([
      'apac.md:33 stale-actuals', // G2 has no check-in; G1's and G3's rows of the table are read
      'apac.md:38 behind-pace', // G3: 1 of 4 accounts where 47% of its time has passed
      'apac.md:49 overdue-item', // OB2, due 31 March, no status
    ]);
  });

  it('an ended half-year team plan with a Review, not yet closed, written from the contract', async () => {
    expect((await lint('written/h2', ['.'], '2028-01-15')).findings).toEqual([
      // OB1 "…within 48 hours, starting 1 July" has no deadline: a start date is not one (it was reported overdue)
      'inside-sales-h2.md:39 overdue-item',
      'inside-sales-h2.md:40 overdue-item',
      'inside-sales-h2.md:41 overdue-item',
    ]);
  });

  it('an April fiscal year: a company, a team with two quarter plans and an account, in British English, written from the contract', async () => {
    // "12 new council or housing-association logos" counts logos (it counted "council": the quarters' logos never rolled up)
    expect((await lint('written/uk', ['.'], '2026-12-04')).findings).toEqual([
      'accounts/harrow-council.md:41 smart-achievable', // G2: 400 -> 1,500 sign-ups is 3.75x
      'company.md:19 behind-pace', // G2: 1 logo rolled up from the team, where 68% of the year has passed
      'teams/uk-midmarket-q3.md:34 behind-pace', // G2: 1 of 4 logos
      'teams/uk-midmarket-q3.md:39 behind-pace', // G3: 6 of 10 customers by 2026-12-23
      'teams/uk-midmarket-q3.md:91 status-contradicts-actuals', // G3's check-in says on track
      'teams/uk-midmarket.md:33 behind-pace', // G1: £540k of £3.2M, rolled up from Q3
      'teams/uk-midmarket.md:37 behind-pace', // G2: 1 logo of 12
      'teams/uk-midmarket.md:41 behind-pace', // G3: 6 customers of 30
      'teams/uk-midmarket.md:50 overdue-item', // OB1 was due 2026-10-31, no status
      'teams/uk-midmarket.md:52 overdue-item', // OB3 was due 2026-11-30
    ]);
  });

  it('a calendar-year team with two quarter plans and a CRM export matched by metric, written from the contract', async () => {
    expect((await lint('written/us', ['.'], '2027-05-20')).findings).toEqual([
      'enterprise-east-q1.md:37 overdue-item', // OB1 was due 2027-03-31; the Retrospective reviews goals, not objectives
    ]);
    // Q1's milestone, met, and Q2's 2 logos are 3 of the year's 8 logos (a milestone beside a count dropped the roll-up)
    const cwd = join(REPOS, 'written/us');
    const { report } = await statusFiles(['.'], { cwd, config: loadConfig(cwd), today: '2027-05-20' });
    const year = report.goals.filter((goal) => goal.plan === 'ent-east-2027').map((goal) => [goal.id, goal.actual?.text]);
    expect(year).toEqual([
      ['G1', '$1.55M'],
      ['G2', '3 logos'],
    ]);
  });

  it('plan status of a top plan given alone rolls its goals up from the plans below it', async () => {
    // The company plan links to nothing, so the repo was not read: its goals showed no reading
    const cwd = join(REPOS, 'written/uk');
    const { report } = await statusFiles(['company.md'], { cwd, config: loadConfig(cwd), today: '2026-12-04' });
    expect(report.goals.map((goal) => [goal.plan, goal.id, goal.actual?.text])).toEqual([
      ['northwind-fy2027', 'G1', undefined], // counted from £18M: the team's bookings are not its ARR
      ['northwind-fy2027', 'G2', '1 logo'],
      ['northwind-fy2027', 'G3', undefined],
    ]);
  });

  it('an OKR team plan and an account plan with a semicolon CRM export, written from the contract', async () => {
    // The export's "€240.000" is €240,000 (it read as €240: behind pace at -128%).
    expect((await lint('written/okr', ['.'], '2027-05-10')).findings).toEqual([
      'team.md:33 parent-coverage', // G2: the one account plan supports only G1
      'team.md:43 parent-coverage', // G3
    ]);
  });

  it('reports every broken link in the file and line where it is fixed', () => {
    const { code, findings } = lintCli('references', ['.']);
    expect(findings).toEqual([
      'accounts/acme.md:27 unresolved-reference', // nowhere-fy2027#G1: no such plan
      'accounts/acme.md:31 unresolved-reference', // emea-fy2027#G9: no such item
      'accounts/acme.md:35 unresolved-reference', // emea-fy2027#R1: a risk, not a goal
      'accounts/acme.md:37 supports-parent', // G4 supports nothing
      'accounts/acme.md:52 unresolved-reference', // Goals: emea-fy2027#OB1, an objective
      'accounts/initech.md:26 unresolved-reference', // Supports: G1 without a parent
      'accounts/umbrella.md:6 unresolved-reference', // parent: emea-fy2026
    ]);
    expect(code).toBe(1);
  });

  it('checks quarters against their year and goals against their children', async () => {
    expect((await lint('coverage')).findings).toEqual([
      'acme.md:24 quarters-sum-to-year', // $500k + $600k + $600k + $500k < $2.6M
      'acme.md:32 parent-coverage', // G3 (80% adoption) is supported by no quarter
      'quarters/acme-2028-q1.md:5 period-within-parent', // FY2028-Q1 under an FY2027 plan
    ]);
  });

  it('asks ended and closed plans for a review, and running ones for overdue outcomes', async () => {
    expect((await lint('review')).findings).toEqual([
      'acme-2026-q2.md:31 review-required', // G2 has no result in the Review
      'acme-2026-q3.md:25 overdue-item', // G1 due 2026-09-30, no status
      'acme-2026-q3.md:5 review-required', // ended without a Review
      'acme-2026.md:29 overdue-item', // Due: 2026-Q3, no status
      'acme-2026.md:36 overdue-item', // on track, due 2026-09-30
      'globex-2027.md:6 review-required', // closed without a Review
    ]);
  });

  it('reports a loop of parents in every plan of the loop', async () => {
    // east hangs below the loop: not part of it, but a team plan under a team plan of the same year.
    expect((await lint('cycle')).findings).toEqual(['east.md:6 hierarchy', 'north.md:6 parent-cycle', 'south.md:6 parent-cycle', 'west.md:6 parent-cycle']);
  });

  it('reports two plans with one id in both', async () => {
    expect((await lint('duplicate-id')).findings).toEqual(['acme-copy.md:2 duplicate-plan-id', 'acme.md:2 duplicate-plan-id']);
  });
});

describe('linting one file of a repo (pre-commit)', () => {
  it('resolves its links against the rest of the repo and reports only that file', async () => {
    const { code, findings } = lintCli('references', ['accounts/acme.md']);
    expect(findings.length).toBeGreaterThan(0);
    expect(findings).toEqual((await lint('references')).findings.filter((f) => f.startsWith('accounts/acme.md:')));
    expect(code).toBe(1);
  });

  it('is clean for a clean plan whose parent is a path', async () => {
    expect(await lint('aligned', ['accounts/acme-q2.md'])).toMatchObject({ code: 0, findings: [] });
  });

  it('checks a parent against its children only when some child is linted with it (then it loads them all)', async () => {
    expect((await lint('coverage', ['acme.md'])).findings).toEqual([]);
    const withChild = await lint('coverage', ['acme.md', 'quarters/acme-q1.md']);
    expect(withChild.files).toEqual(['acme.md', 'quarters/acme-q1.md']);
    expect(withChild.findings).toEqual(['acme.md:24 quarters-sum-to-year', 'acme.md:32 parent-coverage']);
  });

  const made: string[] = [];
  afterAll(() => {
    for (const dir of made) rmSync(dir, { recursive: true, force: true });
  });

  it('takes the nearest folder with .git as the repo root; without one, the folders above that hold plans', async () => {
    // The plans sit one folder down, so that the walk up ends inside the test's folder, whatever the temp folder holds.
    const scratch = mkdtempSync(join(tmpdir(), 'plan-repo-'));
    made.push(scratch);
    const root = join(scratch, 'plans');
    mkdirSync(root);
    mkdirSync(join(root, 'company'));
    cpSync(join(REPOS, 'aligned/company.md'), join(root, 'company/company.md'));
    mkdirSync(join(root, 'teams'));
    cpSync(join(REPOS, 'aligned/teams/emea.md'), join(root, 'teams/emea.md'));
    const lintTeam = () => lintFiles(['emea.md'], { cwd: join(root, 'teams'), config: loadConfig(root), today: '2026-11-25' });
    // No repo, and the folder above teams/ holds no plan: the lookup stops at teams/, where the parent is not.
    expect((await lintTeam()).results[0]!.diagnostics.map((d) => `${d.start.line} ${d.ruleId}`)).toEqual([
      '7 unresolved-reference', // parent: company-fy2027
      '35 unresolved-reference', // Supports: company-fy2027#G2
    ]);
    cpSync(join(REPOS, 'aligned/company.md'), join(root, 'company.md'));
    rmSync(join(root, 'company'), { recursive: true });
    expect((await lintTeam()).results[0]!.diagnostics).toEqual([]);
    rmSync(join(root, 'company.md'));
    mkdirSync(join(root, 'company'));
    cpSync(join(REPOS, 'aligned/company.md'), join(root, 'company/company.md'));
    mkdirSync(join(root, '.git'));
    expect((await lintTeam()).results[0]!.diagnostics).toEqual([]);
  });
});
