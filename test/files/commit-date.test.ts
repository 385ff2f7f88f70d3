import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lastCommitDate } from '../../src/files/commit-date.js';

const dir = mkdtempSync(join(tmpdir(), 'plan-commit-date-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('lastCommitDate', () => {
  it("is the date of the file's last commit in git, and undefined for a file git does not track", () => {
    const git = (...args: string[]) =>
      execFileSync('git', args, { cwd: dir, stdio: 'ignore', env: { ...process.env, GIT_COMMITTER_DATE: '2027-03-14T12:00:00Z' } });
    git('init', '-q');
    writeFileSync(join(dir, 'plan.md'), '# Plan\n');
    writeFileSync(join(dir, 'new.md'), '# New\n');
    git('add', 'plan.md');
    git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-q', '-m', 'plan');
    expect(lastCommitDate(join(dir, 'plan.md'))).toBe('2027-03-14');
    expect(lastCommitDate(join(dir, 'new.md'))).toBeUndefined();
  });
});
