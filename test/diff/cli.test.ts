import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Io } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';
import type { PlanDiff } from '../../src/diff/types.js';
import { FIXTURES } from './helpers.js';

const BIN = join(import.meta.dirname, '..', '..', 'bin', 'plan.cjs');

const ENV = { ...process.env, PLAN_TODAY: '2027-04-15', NO_COLOR: '1', FORCE_COLOR: '' };

/** The built CLI in its own process: what a user runs. */
function spawnPlan(args: string[], cwd: string) {
  const run = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: ENV });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** The same CLI in this process (the machine is slow to start Node): argv, io and exit code as bin/plan.cjs has them. */
async function plan(args: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const io: Io = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), color: false, env: ENV, cwd };
  const code = await main(['node', 'plan', ...args], io);
  return { code, stdout, stderr };
}

const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8' });

let repo: string;

/** A real repository: commit 1 has the Q1 plan and a README, the working tree then moves the plan on to Q2. */
beforeAll(() => {
  repo = mkdtempSync(join(tmpdir(), 'plan-diff-'));
  git(repo, 'init', '-q', '-b', 'main');
  git(repo, 'config', 'user.email', 'test@example.com');
  git(repo, 'config', 'user.name', 'Test');
  git(repo, 'config', 'commit.gpgsign', 'false');
  mkdirSync(join(repo, 'plans'));
  copyFileSync(join(FIXTURES, 'acme-q1.md'), join(repo, 'plans', 'acme.md'));
  copyFileSync(join(FIXTURES, 'review', 'old.md'), join(repo, 'plans', 'globex.md'));
  copyFileSync(join(FIXTURES, 'review', 'old.md'), join(repo, 'plans', 'initech.md'));
  writeFileSync(join(repo, 'README.md'), '# Notes\n');
  writeFileSync(join(repo, 'not-a-plan.md'), '# Just notes\n\nNothing here.\n');
  git(repo, 'add', '.');
  git(repo, 'commit', '-q', '-m', 'Q1');
  copyFileSync(join(FIXTURES, 'acme-q2.md'), join(repo, 'plans', 'acme.md'));
  copyFileSync(join(FIXTURES, 'review', 'new.md'), join(repo, 'plans', 'globex.md'));
  rmSync(join(repo, 'plans', 'initech.md'));
  copyFileSync(join(FIXTURES, 'review', 'new.md'), join(repo, 'plans', 'umbrella.md'));
  writeFileSync(join(repo, 'README.md'), '# Notes\n\nMore notes.\n');
}, 60_000);

afterAll(() => rmSync(repo, { recursive: true, force: true }));

describe('plan diff OLD NEW', { timeout: 60_000 }, () => {
  it('prints text by default and exits 0 even when the plans differ (the built CLI, its own process)', () => {
    const run = spawnPlan(['diff', 'acme-q1.md', 'acme-q2.md'], FIXTURES);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Target: $2.4M -> $2.6M (+8.3%)');
    expect(run.stdout).toContain('Due: 2027-03-31 -> 2027-06-30 (+91 days)');
    expect(run.stderr).toBe('');
  });

  it('--exit-code: 1 when the plans differ, 0 when they do not', async () => {
    expect((await plan(['diff', '--exit-code', 'acme-q1.md', 'acme-q2.md'], FIXTURES)).code).toBe(1);
    expect((await plan(['diff', '--exit-code', 'reformatted/old.md', 'reformatted/new.md'], FIXTURES)).code).toBe(0);
  });

  it('prints the JSON shape and markdown', async () => {
    const diff = JSON.parse((await plan(['diff', '--format', 'json', 'acme-q1.md', 'acme-q2.md'], FIXTURES)).stdout) as PlanDiff;
    expect(diff.old).toBe('acme-q1.md');
    expect(diff.items.changed.map((c) => c.id)).toEqual(['G1', 'G4', 'OB2', 'R1']);
    expect((await plan(['diff', '-f', 'markdown', 'acme-q1.md', 'acme-q2.md'], FIXTURES)).stdout).toMatch(
      /^### Plan diff: `acme-q1\.md` → `acme-q2\.md`\n\n\*\*4 items added/,
    );
  });

  it('reads a side from git as REV:path', async () => {
    const run = await plan(['diff', '--format', 'json', 'HEAD:plans/acme.md', 'plans/acme.md'], repo);
    expect(run.code).toBe(0);
    const diff = JSON.parse(run.stdout) as PlanDiff;
    expect(diff.old).toBe('HEAD:plans/acme.md');
    expect(diff.frontmatter.map((f) => f.key)).toEqual(['id', 'title', 'period']);
    expect((await plan(['diff', '--exit-code', 'HEAD:plans/acme.md', 'HEAD:./plans/acme.md'], repo)).code).toBe(0);
  });
});

describe('plan diff --git REV [paths]', { timeout: 60_000 }, () => {
  it('diffs every plan changed since REV (added, deleted, changed), skipping Markdown that is not a plan (built CLI)', async () => {
    const run = spawnPlan(['diff', '--git', 'HEAD', '--format', 'json'], repo);
    expect(run.stderr).toBe('');
    const diffs = JSON.parse(run.stdout) as PlanDiff[];
    expect(diffs.map((d) => [d.old, d.new])).toEqual([
      ['HEAD:plans/acme.md', 'plans/acme.md'],
      ['HEAD:plans/globex.md', 'plans/globex.md'],
      ['HEAD:plans/initech.md', null],
      [null, 'plans/umbrella.md'],
    ]);
    expect(diffs[2]!.items.removed).toHaveLength(5);
    expect(diffs[3]!.items.added).toHaveLength(6);
  });

  it('limits the search to the given paths, relative to the current folder', async () => {
    const diffs = JSON.parse((await plan(['diff', '--git', 'HEAD', '--format', 'json', 'globex.md'], join(repo, 'plans'))).stdout) as PlanDiff[];
    expect(diffs.map((d) => [d.old, d.new])).toEqual([['HEAD:plans/globex.md', 'globex.md']]);
  });

  it('prints an empty array, and exits 0 with --exit-code, when nothing changed', async () => {
    const run = await plan(['diff', '--git', 'HEAD', '--format', 'json', '--exit-code', 'not-a-plan.md'], repo);
    expect(run.stdout).toBe('[]\n');
    expect(run.code).toBe(0);
    expect((await plan(['diff', '--git', 'HEAD', '--exit-code'], repo)).code).toBe(1);
  });
});

describe('plan diff: bad input is one line and exit 2', { timeout: 60_000 }, () => {
  it.each([
    [['diff', 'missing.md', 'acme-q2.md'], 'plan: missing.md: cannot read: no such file\n'],
    [['diff', 'acme-q1.md'], 'plan: plan diff takes two plans, OLD and NEW (either may be REV:path), or --git REV [paths...]\n'],
    [['diff', '--format', 'xml', 'acme-q1.md', 'acme-q2.md'], 'plan: unknown format "xml" (choose one of text, markdown, json)\n'],
  ])('%j', async (args, stderr) => {
    const run = await plan(args, FIXTURES);
    expect(run.stderr).toBe(stderr);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
  });

  it.each([
    [['diff', 'nope:plans/acme.md', 'plans/acme.md'], 'plan: nope:plans/acme.md: unknown revision "nope"\n'],
    [['diff', 'HEAD:plans/missing.md', 'plans/acme.md'], 'plan: HEAD:plans/missing.md: no such file in HEAD\n'],
    [['diff', 'HEAD:plans', 'plans/acme.md'], 'plan: HEAD:plans: is not a file in HEAD\n'],
    [['diff', '--git', '--upload-pack=x'], 'plan: --upload-pack=x: "--upload-pack=x" is not a git revision\n'],
    [['diff', '--git', 'nope'], 'plan: nope: unknown revision "nope"\n'],
    [['diff', 'not-a-plan.md', 'plans/acme.md'], 'plan: not-a-plan.md: is not a plan (no kind or period in its front matter and no plan sections)\n'],
  ])('%j', async (args, stderr) => {
    const run = await plan(args, repo);
    expect(run.stderr).toBe(stderr);
    expect(run.code).toBe(2);
  });

  it('says when the folder is not a git repository', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'plan-diff-nogit-'));
    try {
      const run = await plan(['diff', '--git', 'HEAD'], outside);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/^plan: HEAD: git: not a git repository.*\n$/);
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });
});
