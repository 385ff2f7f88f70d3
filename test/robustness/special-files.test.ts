import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, openSync, closeSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_MAX_FILE_BYTES,
  MAX_BASELINE_BYTES,
  MAX_CONFIG_BYTES,
  MAX_IGNORE_FILE_BYTES,
  readBoundedFile,
  readBoundedStream,
} from '../../src/files/read.js';
import { BIN, runCli } from '../helpers/cli.js';
import { CLEAN, tempDir, write } from './hostile.js';

/**
 * Every file plan reads besides plans is bounded: a FIFO or a device (a committed symbolic link to /dev/zero) is
 * refused without waiting on it, and a file past its cap is refused by the bytes read. These run the built binary:
 * a read that hung would hang the test process itself.
 */
type Hazard = 'fifo' | 'dev-zero' | 'oversized';
const HAZARDS: Hazard[] = ['fifo', 'dev-zero', 'oversized'];

function plant(path: string, hazard: Hazard, oversize: number): void {
  if (hazard === 'fifo') execFileSync('mkfifo', [path]);
  else if (hazard === 'dev-zero') symlinkSync('/dev/zero', path);
  else {
    // A sparse file: as large as asked, written at once.
    closeSync(openSync(path, 'w'));
    truncateSync(path, oversize + 1);
  }
}

function repo(): string {
  const dir = tempDir('plan-special-');
  write(dir, 'p.md', CLEAN);
  return dir;
}

describe.each(HAZARDS)('a %s where plan reads a file that is not a plan', (hazard) => {
  const sizeOf = (bytes: number) => `${bytes / 1024 >= 1024 ? `${bytes / 1024 / 1024} MB` : `${bytes / 1024} KB`}`;
  const over = (bytes: number, what: string) =>
    hazard === 'oversized'
      ? new RegExp(`: is [\\d.]+ (KB|MB), over the ${sizeOf(bytes)} limit for ${what}\\n$`)
      : /: (cannot read template: )?is not a regular file\n$/;

  it('.planrc.yaml', () => {
    const dir = repo();
    plant(join(dir, '.planrc.yaml'), hazard, MAX_CONFIG_BYTES);
    const run = runCli(['lint', 'p.md'], { cwd: dir });
    expect(run.stderr).toMatch(over(MAX_CONFIG_BYTES, 'a config file'));
    expect(run.stderr.startsWith(`plan: ${join(dir, '.planrc.yaml')}: `)).toBe(true);
    expect(run.code).toBe(2);
  });

  it('-c FILE', () => {
    const dir = repo();
    plant(join(dir, 'named.yaml'), hazard, MAX_CONFIG_BYTES);
    const run = runCli(['lint', '-c', 'named.yaml', 'p.md'], { cwd: dir });
    expect(run.stderr).toMatch(over(MAX_CONFIG_BYTES, 'a config file'));
    expect(run.stderr.split('\n')).toHaveLength(2);
    expect(run.code).toBe(2);
  });

  it('an extends: target', () => {
    const dir = repo();
    write(dir, '.planrc.yaml', 'extends: ./base.yaml\n');
    plant(join(dir, 'base.yaml'), hazard, MAX_CONFIG_BYTES);
    const run = runCli(['lint', 'p.md'], { cwd: dir });
    expect(run.stderr).toMatch(over(MAX_CONFIG_BYTES, 'a config file'));
    expect(run.stderr).toContain('base.yaml: ');
    expect(run.code).toBe(2);
  });

  it('.planignore', () => {
    const dir = repo();
    plant(join(dir, '.planignore'), hazard, MAX_IGNORE_FILE_BYTES);
    const run = runCli(['lint', '.'], { cwd: dir });
    expect(run.stderr).toMatch(over(MAX_IGNORE_FILE_BYTES, 'an ignore file'));
    expect(run.stderr).toContain(`${join(dir, '.planignore')}: `);
    expect(run.code).toBe(2);
  });

  it('.gitignore at the repo root', () => {
    const dir = repo();
    mkdirSync(join(dir, '.git'));
    plant(join(dir, '.gitignore'), hazard, MAX_IGNORE_FILE_BYTES);
    const run = runCli(['lint', '.'], { cwd: dir });
    expect(run.stderr).toMatch(over(MAX_IGNORE_FILE_BYTES, 'an ignore file'));
    expect(run.stderr).toContain(`${join(dir, '.gitignore')}: `);
    expect(run.code).toBe(2);
  });

  it('--baseline FILE', () => {
    const dir = repo();
    plant(join(dir, 'base.json'), hazard, MAX_BASELINE_BYTES);
    const run = runCli(['lint', '--baseline', 'base.json', 'p.md'], { cwd: dir });
    expect(run.stderr).toMatch(over(MAX_BASELINE_BYTES, 'a baseline'));
    expect(run.stderr.startsWith('plan: base.json: ')).toBe(true);
    expect(run.code).toBe(2);
  });

  it('an init template', () => {
    const dir = repo();
    write(dir, '.planrc.yaml', 'templates: tpl\n');
    mkdirSync(join(dir, 'tpl'));
    plant(join(dir, 'tpl', 'account.md'), hazard, DEFAULT_MAX_FILE_BYTES);
    const run = runCli(['init', 'new.md', '--yes', '--kind', 'account', '--period', 'FY2027', '--owner', 'Dana Reyes'], { cwd: dir });
    expect(run.stderr).toMatch(over(DEFAULT_MAX_FILE_BYTES, 'a template'));
    expect(run.stderr).toContain(`${join(dir, 'tpl', 'account.md')}: cannot read template: `);
    expect(run.code).toBe(2);
  });
});

describe('standard input is bounded by the plan limit', () => {
  it('lint --stdin < /dev/zero ends with one line', () => {
    const zero = openSync('/dev/zero', 'r');
    try {
      const run = spawnSync(process.execPath, [BIN, 'lint', '--stdin'], {
        stdio: [zero, 'pipe', 'pipe'],
        encoding: 'utf8',
        env: { ...process.env, PLAN_DAEMON: '0' },
        timeout: 170_000,
      });
      expect(run.stderr).toBe('plan: <stdin>: is larger than the 2 MB limit for a plan (raise "maxFileSize" in .planrc to read it)\n');
      expect(run.status).toBe(2);
    } finally {
      closeSync(zero);
    }
  });

  it('a piped plan over maxFileSize is refused; under it, linted', () => {
    const dir = repo();
    write(dir, '.planrc.yaml', 'maxFileSize: 2KB\n');
    const run = runCli(['lint', '--stdin', '--stdin-filename', 'x.md'], { cwd: dir, input: `${CLEAN}${'x'.repeat(4096)}\n` });
    expect(run.stderr).toBe('plan: x.md: is larger than the 2 KB limit for a plan (raise "maxFileSize" in .planrc to read it)\n');
    expect(run.code).toBe(2);
    writeFileSync(join(dir, '.planrc.yaml'), 'maxFileSize: 64KB\n');
    expect(runCli(['lint', '--stdin', '--stdin-filename', 'x.md'], { cwd: dir, input: CLEAN }).code).toBe(0);
  });

  it('the stream reader stops one chunk past the limit', async () => {
    let pulled = 0;
    async function* endless() {
      for (;;) {
        pulled++;
        yield Buffer.alloc(1024);
      }
    }
    await expect(readBoundedStream(endless(), { maxBytes: 10 * 1024, what: 'a plan' })).rejects.toThrow('is larger than the 10 KB limit for a plan');
    expect(pulled).toBe(11);
  });
});

describe('the cap is read from the stream, not trusted from stat', () => {
  it('a /proc file (stat size 0) with more bytes than the cap is refused', () => {
    expect(() => readBoundedFile('/proc/self/status', { maxBytes: 16, what: 'a test file' })).toThrow('is larger than the 16 bytes limit for a test file');
    expect(readBoundedFile('/proc/self/status', { maxBytes: 1024 * 1024, what: 'a test file' }).toString()).toMatch(/^Name:/);
  });
});
