import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CLEAN, runMain, tempDir, write } from './hostile.js';

/** Revisions and paths a hostile pull request (or a careless script) could hand to `plan diff`. */
const HOSTILE_REVISIONS = [
  '--output=PWNED',
  '-oPWNED',
  '--upload-pack=touch PWNED',
  'HEAD;touch PWNED',
  'HEAD && touch PWNED',
  '$(touch PWNED)',
  '`touch PWNED`',
  'HEAD\ntouch PWNED',
  '',
];

describe('plan diff passes nothing to a shell and nothing as a git option', () => {
  let dir: string;
  beforeAll(() => {
    dir = tempDir('plan-git-');
    const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: 'pipe' });
    git('init', '-q');
    git('config', 'user.email', 'test@example.com');
    git('config', 'user.name', 'Test');
    write(dir, 'acme.md', CLEAN);
    git('add', '.');
    git('commit', '-qm', 'plan');
  });

  it.each(HOSTILE_REVISIONS.map((r) => [JSON.stringify(r), r]))('--git %s is refused in one line and runs nothing', async (_, revision) => {
    const run = await runMain(['diff', '--git', revision], dir);
    expect(run.code).toBe(2);
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/^plan: /);
    expect(existsSync(join(dir, 'PWNED'))).toBe(false);
  });

  it.each(HOSTILE_REVISIONS.filter(Boolean).map((r) => [JSON.stringify(r), r]))('REV:path with revision %s is refused in one line', async (_, revision) => {
    const run = await runMain(['diff', `${revision}:acme.md`, 'acme.md'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^plan: /);
    expect(existsSync(join(dir, 'PWNED'))).toBe(false);
  });

  it('a path that climbs out of the repository is refused by git, not read', async () => {
    const run = await runMain(['diff', 'HEAD:../../../etc/passwd', 'acme.md'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^plan: HEAD:\.\.\/\.\.\/\.\.\/etc\/passwd: /);
    expect(run.stdout).not.toMatch(/root:/);
  });

  it('a valid revision still works', async () => {
    const run = await runMain(['diff', 'HEAD:acme.md', 'acme.md'], dir);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
  });
});
