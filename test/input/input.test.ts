import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Io } from '../../src/cli/io.js';
import { runLint } from '../../src/cli/lint-command.js';
import { loadPlans } from '../../src/api.js';
import { runPlan } from '../helpers/cli.js';
import { buildPlanText } from '../helpers/clean-plan.js';

function fakeIo(cwd: string) {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = { stdout: (t) => out.push(t), stderr: (t) => err.push(t), color: false, env: { PLAN_TODAY: '2026-11-25' }, cwd };
  return { io, stdout: () => out.join(''), stderr: () => err.join('') };
}

const CLEAN = buildPlanText().text;
const BROKEN = buildPlanText({ sections: { risks: null } }).text;

function repo(): string {
  const dir = mkdtempSync(join(tmpdir(), 'plan-input-'));
  mkdirSync(join(dir, '.git'));
  mkdirSync(join(dir, 'plans', 'archive'), { recursive: true });
  mkdirSync(join(dir, 'build'), { recursive: true });
  writeFileSync(join(dir, 'plans', 'acme.md'), CLEAN);
  writeFileSync(join(dir, 'plans', 'archive', 'old.md'), BROKEN);
  writeFileSync(join(dir, 'build', 'copy.md'), BROKEN);
  writeFileSync(join(dir, '.gitignore'), 'build/\n');
  writeFileSync(join(dir, '.planignore'), '# old plans are kept as they were\nplans/archive/\n');
  return dir;
}

describe('.planignore and .gitignore', () => {
  it('skip what they match in a folder walk', async () => {
    const dir = repo();
    const { io, stdout } = fakeIo(dir);
    expect(await runLint(['.'], { format: 'json' }, io)).toBe(0);
    expect(JSON.parse(stdout()).map((r: { filePath: string }) => r.filePath.slice(dir.length + 1))).toEqual(['plans/acme.md']);
  });

  it('do not skip a file named on the command line', async () => {
    const dir = repo();
    const { io, stdout } = fakeIo(dir);
    expect(await runLint(['plans/archive/old.md'], { format: 'json' }, io)).toBe(1);
    expect(JSON.parse(stdout())).toHaveLength(1);
  });
});

describe('ignored files and the repo', () => {
  it('are not read as repo plans when one plan is linted alone (an ignored copy would make its id ambiguous)', async () => {
    const dir = repo();
    const parent = buildPlanText({ frontMatter: { id: 'team-fy2027', kind: 'team', parent: null } }).text;
    writeFileSync(join(dir, 'plans', 'team.md'), parent);
    writeFileSync(join(dir, 'build', 'team-copy.md'), parent);
    writeFileSync(join(dir, 'plans', 'acme.md'), buildPlanText({ frontMatter: { parent: 'team-fy2027' } }).text);
    const extras = async (options: { ignoreFiles?: boolean; ignorePatterns?: string[] }) =>
      (await loadPlans(['plans/acme.md'], { cwd: dir, ...options })).extras.map((plan) => plan.file).sort();
    expect(await extras({})).toEqual(['plans/team.md']);
    expect(await extras({ ignoreFiles: false })).toEqual(['build/team-copy.md', 'plans/team.md']);
    expect(await extras({ ignoreFiles: false, ignorePatterns: ['build/**'] })).toEqual(['plans/team.md']);
  });

  it('are left out of plan tree, and so are --ignore-pattern matches', () => {
    const dir = repo();
    const tree = (args: string[]) => JSON.stringify(JSON.parse(runPlan(['tree', '--format', 'json', ...args], dir).stdout));
    expect(tree(['.'])).not.toContain('archive/old.md');
    expect(tree(['.', '--no-ignore'])).toContain('archive/old.md');
    expect(tree(['.', '--no-ignore', '--ignore-pattern', 'plans/archive/**'])).not.toContain('archive/old.md');
  });
});

describe('--no-ignore', () => {
  it('lints what .planignore and .gitignore would skip', async () => {
    const dir = repo();
    const { io, stdout } = fakeIo(dir);
    expect(await runLint(['.'], { format: 'json', ignore: false }, io)).toBe(1);
    const files = JSON.parse(stdout()).map((r: { filePath: string }) => r.filePath.slice(dir.length + 1));
    expect(files).toEqual(['build/copy.md', 'plans/acme.md', 'plans/archive/old.md']);
  });
});

describe('a folder or glob whose every file is ignored', () => {
  it('is an error naming it rather than a clean run of nothing (exit 2, one line)', async () => {
    const dir = repo();
    const { io, stderr } = fakeIo(dir);
    expect(await runLint(['plans/archive'], { format: 'json' }, io)).toBe(2);
    expect(stderr()).toBe('plan: plans/archive: the one Markdown file in this folder is ignored by .gitignore or .planignore (--no-ignore lints them)\n');
  });

  it('is named as the glob given', async () => {
    const dir = repo();
    const { io, stderr } = fakeIo(dir);
    expect(await runLint(['build/*.md'], { format: 'json' }, io)).toBe(2);
    expect(stderr()).toContain('plan: build/*.md: the one Markdown file it matches is ignored');
  });

  it('is not when another file of the folder is linted', async () => {
    const dir = repo();
    const { io, stderr } = fakeIo(dir);
    expect(await runLint(['plans'], { format: 'json' }, io)).toBe(0);
    expect(stderr()).toBe('');
  });
});

describe('a glob that matches nothing', () => {
  it('is an error (exit 2, one line)', async () => {
    const dir = repo();
    const { io, stderr } = fakeIo(dir);
    expect(await runLint(['plans/acme.md', 'q*/**/*.md'], { format: 'json' }, io)).toBe(2);
    expect(stderr()).toBe('plan: q*/**/*.md: no files match this pattern\n');
  });

  it('is not with --no-error-on-unmatched', async () => {
    const dir = repo();
    const { io, stderr } = fakeIo(dir);
    expect(await runLint(['plans/acme.md', 'q*/**/*.md'], { format: 'json', errorOnUnmatched: false }, io)).toBe(0);
    expect(stderr()).toBe('');
  });
});

describe('--stdin', () => {
  const dir = mkdtempSync(join(tmpdir(), 'plan-stdin-'));

  it('lints standard input under --stdin-filename', () => {
    const run = runPlan(['lint', '--stdin', '--stdin-filename', 'plans/acme.md', '--format', 'github'], dir, BROKEN);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^::error file=plans\/acme\.md,line=1,.*required-section/m);
  });

  it('with --fix-dry-run prints the fixed text, and the report on stderr', () => {
    const run = runPlan(['lint', '--stdin', '--fix-dry-run'], dir, BROKEN);
    expect(run.stdout).toContain('## Risks\n\nTODO: ');
    expect(run.stdout.startsWith('---\n')).toBe(true);
    expect(run.stderr).toContain('<stdin>');
  });
});
