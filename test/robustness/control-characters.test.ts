import { describe, expect, it } from 'vitest';
import { CLEAN, runMain, tempDir, write } from './hostile.js';

/** Raw ESC and BEL from plan text or file names never reach the terminal: every output shows them as \uXXXX. */
const HOSTILE = CLEAN.replace('# ACME Corp', '# ACME \u001b[2J\u0007Corp')
  .replace('title: ', 'title: "\\e[31m" ')
  .replace('Grow ACME EMEA ARR', 'Grow ACME \u001b]0;owned\u0007 EMEA ARR');
const RAW = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

describe('terminal control characters are escaped', () => {
  it.each(['mermaid', 'dot', 'json'])('plan graph -f %s', async (format) => {
    const dir = tempDir();
    write(dir, 'a.md', HOSTILE);
    const run = await runMain(['graph', '-f', format, 'a.md'], dir);
    expect(run.stderr).toBe('');
    expect(run.stdout).not.toMatch(RAW);
    expect(run.stdout.length).toBeGreaterThan(0);
  });

  it.each(['markdown', 'json', 'text'])('plan diff -f %s', async (format) => {
    const dir = tempDir();
    write(dir, 'old.md', CLEAN);
    write(dir, 'new.md', HOSTILE);
    const run = await runMain(['diff', '-f', format, 'old.md', 'new.md'], dir);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('EMEA');
    expect(run.stdout).not.toMatch(RAW);
  });

  it('the success messages of init and review show a file name with ESC escaped', async () => {
    const dir = tempDir();
    const name = 'x\u001b[2Jy.md';
    const init = await runMain(['init', name, '--yes', '--kind', 'account', '--period', 'FY2025', '--owner', 'Dana Reyes'], dir);
    expect(init.code).toBe(0);
    expect(init.stdout).toBe('Wrote x\\u001b[2Jy.md: replace its TODOs, then run "plan lint x\\u001b[2Jy.md"\n');
    const review = await runMain(['review', name], dir);
    expect(review.code).toBe(0);
    expect(review.stdout).toMatch(/^Added a Review to x\\u001b\[2Jy\.md with /);
    expect(review.stdout).not.toMatch(RAW);
  });
});
