import * as fs from 'node:fs';
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { writeFileAtomic } from '../../src/files/write.js';

vi.mock('node:fs', async (original) => {
  const real = await original<typeof import('node:fs')>();
  return { ...real, renameSync: vi.fn(real.renameSync), writeSync: vi.fn(real.writeSync), linkSync: vi.fn(real.linkSync) };
});

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'plan-write-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

const ioError = (code: string) => Object.assign(new Error(`${code}: simulated`), { code });

describe('writeFileAtomic', () => {
  it('creates parent folders and writes the file', () => {
    writeFileAtomic(join(dir, 'a/b/plan.md'), 'hello\n', { createFolders: true });
    expect(() => writeFileAtomic(join(dir, 'c/plan.md'), 'hello\n')).toThrow(/its folder does not exist/);
    expect(readFileSync(join(dir, 'a/b/plan.md'), 'utf8')).toBe('hello\n');
  });

  it('refuses to replace an existing file without overwrite, leaving it as it was', () => {
    writeFileSync(join(dir, 'plan.md'), 'mine');
    expect(() => writeFileAtomic(join(dir, 'plan.md'), 'new', { overwrite: false })).toThrow(expect.objectContaining({ code: 'EEXIST' }));
    expect(readFileSync(join(dir, 'plan.md'), 'utf8')).toBe('mine');
    expect(readdirSync(dir)).toEqual(['plan.md']);
  });

  it('replaces with overwrite, keeping the mode, and writes through a symlink to its target', () => {
    writeFileSync(join(dir, 'real.md'), 'old');
    chmodSync(join(dir, 'real.md'), 0o600);
    symlinkSync(join(dir, 'real.md'), join(dir, 'link.md'));
    writeFileAtomic(join(dir, 'link.md'), 'new', { overwrite: true });
    expect(fs.lstatSync(join(dir, 'link.md')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'real.md'), 'utf8')).toBe('new');
    expect(statSync(join(dir, 'real.md')).mode & 0o777).toBe(0o600);
  });

  it('leaves the original intact and no temporary file behind when the write fails midway', () => {
    writeFileSync(join(dir, 'plan.md'), 'the original');
    vi.mocked(fs.writeSync).mockImplementationOnce(() => {
      throw ioError('ENOSPC');
    });
    expect(() => writeFileAtomic(join(dir, 'plan.md'), 'x'.repeat(10_000), { overwrite: true })).toThrow(/^cannot write: no space left on the device$/);
    expect(readFileSync(join(dir, 'plan.md'), 'utf8')).toBe('the original');
    expect(readdirSync(dir)).toEqual(['plan.md']);
  });

  it('leaves the original intact when the final rename fails', () => {
    writeFileSync(join(dir, 'plan.md'), 'the original');
    vi.mocked(fs.renameSync).mockImplementationOnce(() => {
      throw ioError('EIO');
    });
    expect(() => writeFileAtomic(join(dir, 'plan.md'), 'new', { overwrite: true })).toThrow(/cannot write: EIO/);
    expect(readFileSync(join(dir, 'plan.md'), 'utf8')).toBe('the original');
    expect(readdirSync(dir)).toEqual(['plan.md']);
  });

  it('does not replace a file that appeared between the check and the write', () => {
    vi.mocked(fs.linkSync).mockImplementationOnce(() => {
      writeFileSync(join(dir, 'plan.md'), 'written by someone else meanwhile');
      throw ioError('EEXIST');
    });
    expect(() => writeFileAtomic(join(dir, 'plan.md'), 'new', { overwrite: false })).toThrow(/already exists/);
    expect(readFileSync(join(dir, 'plan.md'), 'utf8')).toBe('written by someone else meanwhile');
    expect(readdirSync(dir)).toEqual(['plan.md']);
  });

  it('says so when the target is a folder', () => {
    expect(() => writeFileAtomic(dir, 'x', { overwrite: true })).toThrow(/is a folder/);
  });
});
