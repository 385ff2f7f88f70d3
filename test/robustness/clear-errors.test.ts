import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLEAN, runMain, tempDir, write } from './hostile.js';

/** Inputs that used to end in "internal error": each is now one line naming what is wrong, exit code 2. */
const LONG = 'a'.repeat(70_000);

describe('long globs and paths', () => {
  it.each([
    ['a path argument', ['lint', `${LONG}*.md`]],
    ['--ignore-pattern', ['lint', 'p.md', '--ignore-pattern', LONG]],
    ['--ignore-pattern of plan graph', ['graph', 'p.md', '--ignore-pattern', LONG]],
  ])('%s of 70,000 characters', async (_, args) => {
    const dir = tempDir();
    write(dir, 'p.md', CLEAN);
    expect(await runMain(args, dir)).toEqual({
      code: 2,
      stdout: '',
      stderr: `plan: ${'a'.repeat(24)}…: is a path or glob of ${args.find((a) => a.length > 4096)!.length} characters; plan reads at most 4096\n`,
    });
  });

  it.each([
    ['plans', `plans: ["${LONG}"]\n`, 'plans.0'],
    ['overrides.files', `overrides:\n  - files: ["${LONG}"]\n    rules: {}\n`, 'overrides.0.files.0'],
    ['overrides.excludedFiles', `overrides:\n  - files: "*.md"\n    excludedFiles: "${LONG}"\n`, 'overrides.0.excludedFiles'],
  ])('config %s of 70,000 characters', async (_, config, path) => {
    const dir = tempDir();
    write(dir, 'p.md', CLEAN);
    const file = write(dir, '.planrc.yaml', config);
    expect(await runMain(['lint', 'p.md'], dir)).toEqual({
      code: 2,
      stdout: '',
      stderr: `plan: ${file}: ${path}: must be a glob of at most 4096 characters\n`,
    });
  });
});

describe('config values past what a rule can use', () => {
  it('a vagueWords entry of 100 KB is a config error, not a rule failure on every file', async () => {
    const dir = tempDir();
    write(dir, 'p.md', CLEAN);
    const file = write(dir, '.planrc.yaml', `rules:\n  smart-specific: [warn, {vagueWords: ["${'a('.repeat(50_000)}"]}]\n`);
    expect(await runMain(['lint', 'p.md'], dir)).toEqual({
      code: 2,
      stdout: '',
      stderr: `plan: ${file}: rules.smart-specific.vagueWords.0: must be a word or phrase of at most 200 characters\n`,
    });
  });

  it('a 1 MB config of heading aliases is refused by the config size limit before it is parsed', async () => {
    const dir = tempDir();
    write(dir, 'p.md', CLEAN);
    const aliases = Array.from({ length: 60_000 }, (_, i) => `"alias number ${i}"`).join(', ');
    const file = write(dir, '.planrc.yaml', `headingAliases:\n  goals: [${aliases}]\n`);
    const run = await runMain(['lint', 'p.md'], dir);
    expect(run.stderr).toMatch(
      new RegExp(`^plan: ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: is 1(\\.\\d)? MB, over the 256 KB limit for a config file\\n$`),
    );
    expect(run.code).toBe(2);
  });
});

describe('init onto a symbolic link that leads nowhere', () => {
  const init = (file: string) => ['init', file, '--force', '--yes', '--kind', 'account', '--period', 'FY2027', '--owner', 'Dana Reyes'];

  it('a dangling link', async () => {
    const dir = tempDir();
    symlinkSync(join(dir, 'missing.md'), join(dir, 'dangling.md'));
    expect(await runMain(init('dangling.md'), dir)).toEqual({
      code: 2,
      stdout: '',
      stderr: 'plan: dangling.md: is a symbolic link to a file that does not exist: nothing written\n',
    });
  });

  it('a link loop', async () => {
    const dir = tempDir();
    symlinkSync(join(dir, 'b.md'), join(dir, 'a.md'));
    symlinkSync(join(dir, 'a.md'), join(dir, 'b.md'));
    expect(await runMain(init('a.md'), dir)).toEqual({ code: 2, stdout: '', stderr: 'plan: a.md: is a symbolic link that loops: nothing written\n' });
  });
});
