import { appendFileSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { CHANGED_WHILE_WRITING, snapshotOf, WriteError, writeFileAtomic } from '../../src/files/write.js';
import { buildPlanText } from '../helpers/clean-plan.js';
import { tempDir, write } from './hostile.js';

/**
 * A writer keeps what it read and checks, just before the rename, that the file is still so. The editor's save is
 * put deterministically between the two by the `beforeRename` hook (no timing): an editor-style save writes a new
 * file and renames it over the plan, as vim and VS Code do.
 */
function editorSave(path: string, text: string): void {
  writeFileSync(`${path}.swp`, text);
  renameSync(`${path}.swp`, path);
}

async function run(args: string[], cwd: string, beforeRename: (file: string) => void) {
  let stdout = '';
  let stderr = '';
  const code = await main(['node', 'plan', ...args], {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    color: false,
    env: { PLAN_TODAY: '2026-11-25' },
    cwd,
    beforeRename,
  });
  return { code, stdout, stderr };
}

const EDIT = '\nA line the writer added while plan was fixing.\n';
const fixable = () => buildPlanText({ sections: { risks: null, contingencies: null } }).text;

describe('writeFileAtomic with the snapshot it read', () => {
  it('writes when the file is unchanged; refuses, writes nothing and leaves no temporary file when it changed', () => {
    const dir = tempDir();
    const path = write(dir, 'a.md', 'one\n');
    writeFileAtomic(path, 'two\n', { expected: snapshotOf(Buffer.from('one\n')) });
    expect(readFileSync(path, 'utf8')).toBe('two\n');
    let error: unknown;
    try {
      writeFileAtomic(path, 'three\n', { expected: snapshotOf(Buffer.from('two\n')), beforeRename: () => appendFileSync(path, 'edit\n') });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(WriteError);
    expect((error as WriteError).message).toBe(CHANGED_WHILE_WRITING);
    expect((error as WriteError).code).toBe('ECHANGED');
    expect(readFileSync(path, 'utf8')).toBe('two\nedit\n');
    expect(readdirSync(dir)).toEqual(['a.md']);
  });
});

describe('--fix racing an editor', () => {
  it('an edit saved between the read and the rename is kept: the fix reads the file again and fixes that', async () => {
    const dir = tempDir();
    const path = write(dir, 'c.md', fixable());
    let saves = 0;
    const result = await run(['lint', '--fix', 'c.md'], dir, (file) => {
      expect(file).toBe('c.md');
      if (saves++ === 0) editorSave(path, `${readFileSync(path, 'utf8')}${EDIT}`);
    });
    expect(saves).toBe(2);
    const text = readFileSync(path, 'utf8');
    expect(text).toContain(EDIT);
    expect(text).toContain('## Risks');
    expect(result.stderr).toContain('plan: fixed ');
    expect(readdirSync(dir)).toEqual(['c.md']);
  });

  it('a file that changes again during the retry is left as the editor saved it: one line, exit 2', async () => {
    const dir = tempDir();
    const path = write(dir, 'c.md', fixable());
    let saves = 0;
    const result = await run(['lint', '--fix', 'c.md'], dir, () =>
      editorSave(path, `${readFileSync(path, 'utf8')}${EDIT.replace('A line', `Edit ${++saves}`)}`),
    );
    expect(result).toEqual({ code: 2, stdout: '', stderr: `plan: c.md: ${CHANGED_WHILE_WRITING}\n` });
    expect(saves).toBe(2);
    const text = readFileSync(path, 'utf8');
    expect(text).toContain('Edit 1 the writer added');
    expect(text).toContain('Edit 2 the writer added');
    expect(text).not.toContain('## Risks');
  });
});

describe('review racing an editor', () => {
  const ended = () => buildPlanText().text.replace('period: FY2027', 'period: FY2025');

  it('an edit saved between the read and the rename is kept, and the review is added after it', async () => {
    const dir = tempDir();
    const path = write(dir, 'r.md', ended());
    let saves = 0;
    const result = await run(['review', 'r.md'], dir, () => {
      if (saves++ === 0) editorSave(path, `${readFileSync(path, 'utf8')}${EDIT}`);
    });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Added a Review to r\.md/);
    const text = readFileSync(path, 'utf8');
    expect(text).toContain(EDIT);
    expect(text.indexOf(EDIT)).toBeLessThan(text.indexOf('## Review'));
  });

  it('changed twice: nothing written, exit 2, no success message', async () => {
    const dir = tempDir();
    const path = write(dir, 'r.md', ended());
    const result = await run(['review', 'r.md'], dir, () => appendFileSync(path, EDIT));
    expect(result).toEqual({ code: 2, stdout: '', stderr: `plan: r.md: ${CHANGED_WHILE_WRITING}\n` });
    expect(readFileSync(path, 'utf8')).not.toContain('## Review');
  });
});

describe('init --force racing an editor', () => {
  it('a plan saved after init looked at it is not replaced', async () => {
    const dir = tempDir();
    const path = write(dir, 'n.md', 'draft\n');
    const result = await run(['init', 'n.md', '--force', '--yes', '--kind', 'account', '--period', 'FY2027', '--owner', 'Dana Reyes'], dir, () =>
      appendFileSync(path, EDIT),
    );
    expect(result).toEqual({ code: 2, stdout: '', stderr: `plan: n.md: ${CHANGED_WHILE_WRITING}\n` });
    expect(readFileSync(path, 'utf8')).toBe(`draft\n${EDIT}`);
  });

  it('without a change it replaces the file', async () => {
    const dir = tempDir();
    write(dir, 'n.md', 'draft\n');
    const result = await run(['init', 'n.md', '--force', '--yes', '--kind', 'account', '--period', 'FY2027', '--owner', 'Dana Reyes'], dir, () => undefined);
    expect(result.code).toBe(0);
    expect(readFileSync(join(dir, 'n.md'), 'utf8')).toMatch(/^---\n/);
  });
});
