import { chmodSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { tempDir } from './hostile.js';

/** When set, the next renameSync fails as a full disk, a crash or a cross-device move would make it fail. */
let failRename: NodeJS.ErrnoException | undefined;

vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  return {
    ...fs,
    renameSync: (from: string, to: string) => {
      if (failRename) throw failRename;
      fs.renameSync(from, to);
    },
  };
});

const { writeFileAtomic, WriteError } = await import('../../src/files/write.js');

afterEach(() => {
  failRename = undefined;
});

const original = '\uFEFF---\r\nkind: account\r\n---\r\n\r\n## Goals\r\n';

describe('writeFileAtomic never loses what was there', () => {
  it('a failed rename leaves the original byte for byte, and no temporary file behind', () => {
    const dir = tempDir('plan-write-');
    const path = join(dir, 'plan.md');
    writeFileSync(path, original);
    failRename = Object.assign(new Error('EXDEV: cross-device link not permitted'), { code: 'EXDEV' });
    expect(() => writeFileAtomic(path, 'replacement')).toThrow(WriteError);
    expect(readFileSync(path, 'utf8')).toBe(original);
    expect(readdirSync(dir)).toEqual(['plan.md']);
  });

  it('the error is one line naming the file', () => {
    const dir = tempDir('plan-write-');
    const path = join(dir, 'plan.md');
    writeFileSync(path, original);
    failRename = Object.assign(new Error('ENOSPC'), { code: 'ENOSPC' });
    try {
      writeFileAtomic(path, 'replacement');
      expect.unreachable();
    } catch (error) {
      expect((error as InstanceType<typeof WriteError>).file).toBe(path);
      expect((error as Error).message).toBe('cannot write: no space left on the device');
    }
  });

  it('a successful write replaces the content and keeps the mode', () => {
    const dir = tempDir('plan-write-');
    const path = join(dir, 'plan.md');
    writeFileSync(path, original);
    chmodSync(path, 0o640);
    writeFileAtomic(path, 'new text');
    expect(readFileSync(path, 'utf8')).toBe('new text');
    expect(statSync(path).mode & 0o777).toBe(0o640);
    expect(readdirSync(dir)).toEqual(['plan.md']);
  });

  it('writes the bytes it is given: a BOM and CRLF the caller keeps stay as they are', () => {
    const dir = tempDir('plan-write-');
    const path = join(dir, 'plan.md');
    writeFileAtomic(path, original);
    expect(readFileSync(path).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(readFileSync(path, 'utf8')).toBe(original);
  });
});
