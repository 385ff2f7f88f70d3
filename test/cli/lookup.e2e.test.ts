import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/cli.js';

/** The findings of a JSON report (of one rule, if given), by plan path relative to `base` (the report's are absolute). */
function findings(stdout: string, base: string, rule?: string): Record<string, string[]> {
  const results = JSON.parse(stdout) as { filePath: string; messages: { ruleId: string; line: number; message: string }[] }[];
  return Object.fromEntries(
    results.map((r) => [
      relative(base, r.filePath).replaceAll('\\', '/'),
      r.messages.filter((m) => !rule || m.ruleId === rule).map((m) => `${m.line} ${m.ruleId} ${m.message}`),
    ]),
  );
}

// A plan whose parent exists nowhere: the lookup is complete, so every kind of run must still say it is not found.
const ORPHAN =
  '---\nid: orphan-fy2027\nkind: account\nowner: Ana Ruiz\nperiod: FY2027\nparent: no-such-team-fy2027\n---\n\n## Goals\n\n- **G1** Grow ARR from $1.0M to $1.2M by 2027-12-31.\n\n## Accountability\n\n- Ana Ruiz reviews it monthly.\n';

const copies: string[] = [];
afterAll(() => {
  for (const dir of copies) rmSync(dir, { recursive: true, force: true });
});

/** The example plans in a folder that is not in a git repository and has no .planrc (checked). */
function nonGitExamples(): string {
  const dir = mkdtempSync(join(tmpdir(), 'plan-lookup-'));
  copies.push(dir);
  cpSync(join(ROOT, 'examples'), join(dir, 'plans'), { recursive: true, filter: (path) => !path.includes('broken') });
  for (let up = dir; dirname(up) !== up; up = dirname(up)) expect(existsSync(join(up, '.git')) || existsSync(join(up, '.planrc.yaml'))).toBe(false);
  return dir;
}

const scenarios = [
  { name: 'the examples repo (a git repository)', setUp: () => ({ cwd: ROOT, folder: 'examples', ignore: ['--ignore-pattern', 'examples/broken/**'] }) },
  { name: 'a folder that is not a git repository, with no .planrc', setUp: () => ({ cwd: nonGitExamples(), folder: 'plans', ignore: [] as string[] }) },
];

describe.each(scenarios)('one file, stdin and the folder give the same findings: $name', ({ setUp }) => {
  const { cwd, folder, ignore } = setUp();
  const plans = [`${folder}/accounts/acme-fy2027.md`, `${folder}/teams/emea-enterprise-fy2027.md`];
  const whole = runCli(['lint', folder, ...ignore, '--format', 'json'], { cwd });
  const byFolder = findings(whole.stdout, cwd);

  it('the folder run is clean (the plans link to each other)', () => {
    expect(whole.code).toBe(0);
    for (const plan of plans) expect(byFolder[plan]).toEqual([]);
  });

  it.each(plans)('%s named alone, on stdin, and with --fix-dry-run', (plan) => {
    const alone = runCli(['lint', plan, '--format', 'json'], { cwd });
    expect({ code: alone.code, findings: findings(alone.stdout, cwd) }).toEqual({ code: 0, findings: { [plan]: byFolder[plan] } });
    const stdin = runCli(['lint', '--stdin', '--stdin-filename', plan, '--format', 'json'], { cwd, input: readFileSync(join(cwd, plan), 'utf8') });
    expect({ code: stdin.code, findings: findings(stdin.stdout, cwd) }).toEqual({ code: 0, findings: { [plan]: byFolder[plan] } });
    const dry = runCli(['lint', '--fix-dry-run', plan, '--format', 'json'], { cwd });
    expect({ code: dry.code, findings: findings(dry.stdout, cwd) }).toEqual({ code: 0, findings: { [plan]: byFolder[plan] } });
  });
});

describe('a parent that exists nowhere is still reported by every kind of run', () => {
  const cwd = nonGitExamples();
  writeFileSync(join(cwd, 'plans', 'accounts', 'orphan-fy2027.md'), ORPHAN);
  const plan = 'plans/accounts/orphan-fy2027.md';
  const expected = ['6 unresolved-reference Parent "no-such-team-fy2027" not found: no plan has this id, and no plan file has this path'];

  it('folder, one file and stdin', () => {
    const whole = runCli(['lint', 'plans', '--format', 'json'], { cwd });
    expect(findings(whole.stdout, cwd, 'unresolved-reference')[plan]).toEqual(expected);
    const alone = runCli(['lint', plan, '--format', 'json'], { cwd });
    expect(findings(alone.stdout, cwd, 'unresolved-reference')).toEqual({ [plan]: expected });
    const stdin = runCli(['lint', '--stdin', '--stdin-filename', plan, '--format', 'json'], { cwd, input: ORPHAN });
    expect(findings(stdin.stdout, cwd, 'unresolved-reference')).toEqual({ [plan]: expected });
    expect([whole.code, alone.code, stdin.code]).toEqual([1, 1, 1]);
  });

  it('a buffer named into a folder that does not exist yet cannot be looked up: no "not found"', () => {
    const stdin = runCli(['lint', '--stdin', '--stdin-filename', 'plans/new-folder/orphan.md', '--format', 'json'], { cwd, input: ORPHAN });
    expect(findings(stdin.stdout, cwd, 'unresolved-reference')).toEqual({ 'plans/new-folder/orphan.md': [] });
  });
});
