import { chmodSync, chownSync, linkSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WriteError, writeFileAtomic } from '../../src/files/write.js';
import { buildPlanText } from '../helpers/clean-plan.js';
import { runMain, tempDir, write } from './hostile.js';

/** A replaced file keeps its mode exactly (whatever the umask), its owner where the process may, and its hard links. */
let umask: number;
beforeEach(() => {
  umask = process.umask(0o022);
});
afterEach(() => {
  process.umask(umask);
});

describe('modes under umask 022', () => {
  it.each(['666', '664', '777', '600', '640', '755'])('a file of mode %s keeps it', (octal) => {
    const mode = Number.parseInt(octal, 8);
    const dir = tempDir();
    const path = write(dir, 'a.md', 'old\n');
    chmodSync(path, mode);
    writeFileAtomic(path, 'new\n');
    expect(statSync(path).mode & 0o7777).toBe(mode);
    expect(readFileSync(path, 'utf8')).toBe('new\n');
  });

  it('--fix keeps a 666 plan 666', async () => {
    const dir = tempDir();
    const path = write(dir, 'c.md', buildPlanText({ sections: { risks: null, contingencies: null } }).text);
    chmodSync(path, 0o666);
    const run = await runMain(['lint', '--fix', 'c.md'], dir);
    expect(run.stderr).toContain('plan: fixed ');
    expect(readFileSync(path, 'utf8')).toContain('## Risks');
    expect(statSync(path).mode & 0o7777).toBe(0o666);
  });

  it('a new file gets 666 less the umask, as with any program', () => {
    const dir = tempDir();
    writeFileAtomic(join(dir, 'n.md'), 'x\n');
    expect(statSync(join(dir, 'n.md')).mode & 0o777).toBe(0o644);
  });
});

describe('hard links', () => {
  it('a file with another hard link is refused, and both names keep the old text', () => {
    const dir = tempDir();
    const path = write(dir, 'a.md', 'old\n');
    linkSync(path, join(dir, 'b.md'));
    expect(() => writeFileAtomic(path, 'new\n')).toThrow(
      new WriteError('has 1 other hard link; plan replaces files whole, which would split them: nothing written', path, 'EMLINK'),
    );
    expect(readFileSync(path, 'utf8')).toBe('old\n');
    expect(readFileSync(join(dir, 'b.md'), 'utf8')).toBe('old\n');
    expect(readdirSync(dir).sort()).toEqual(['a.md', 'b.md']);
  });
});

describe('ownership', () => {
  const root = process.getuid?.() === 0;
  it.skipIf(!root)('a file owned by another user keeps its owner and group when root writes it', () => {
    const dir = tempDir();
    const path = write(dir, 'a.md', 'old\n');
    chownSync(path, 65534, 65534);
    chmodSync(path, 0o664);
    writeFileAtomic(path, 'new\n');
    const stats = statSync(path);
    expect([stats.uid, stats.gid, stats.mode & 0o7777]).toEqual([65534, 65534, 0o664]);
  });
  if (!root) console.log('modes.test.ts: the ownership case needs root (chown to another user), skipped');
});

describe('temporary files left by a killed writer', () => {
  it('the next write of the same file removes its stale ones (process gone), and nothing else', () => {
    const dir = tempDir();
    const path = write(dir, 'a.md', 'old\n');
    const stale = write(dir, '.a.md.999999999.deadbeef.tmp', 'half');
    const live = write(dir, `.a.md.${process.pid}.cafebabe.tmp`, 'in use');
    const initProcess = write(dir, '.a.md.1.0badf00d.tmp', 'pid 1 is alive');
    const other = write(dir, '.b.md.999999999.deadbeef.tmp', 'another file');
    const notOurs = write(dir, '.a.md.999999999.tmp', 'not our pattern');
    writeFileAtomic(path, 'new\n');
    const left = readdirSync(dir).map((name) => join(dir, name));
    expect(left).not.toContain(stale);
    expect(left.sort()).toEqual([live, initProcess, other, notOurs, path].sort());
  });
});
