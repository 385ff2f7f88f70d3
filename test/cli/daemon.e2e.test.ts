import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CliRun, ROOT, runCli } from '../helpers/cli.js';

// Each test file's daemon has its own socket folder, so a daemon the developer runs is never touched.
const socketDir = mkdtempSync(join(tmpdir(), 'plan-daemon-test-'));
const viaDaemon = { PLAN_DAEMON: undefined, PLAN_DAEMON_DIR: socketDir };
const local = { PLAN_DAEMON: '0', PLAN_DAEMON_DIR: socketDir };
const daemon = (action: string, extra: string[] = []) => runCli(['daemon', action, ...extra], { env: viaDaemon });
const runs = () => Number(/(\d+) runs?/.exec(daemon('status').stdout)?.[1] ?? NaN);
const sockets = () => readdirSync(socketDir).filter((name) => name.endsWith('.sock'));

/** The same command with and without the daemon: what it prints and its exit code must not tell them apart. */
function bothWays(args: string[], options: { cwd?: string; input?: string } = {}): { daemon: CliRun; local: CliRun } {
  const before = runs();
  const inDaemon = runCli(args, { ...options, env: viaDaemon });
  expect(runs()).toBe(before + 1);
  return { daemon: inDaemon, local: runCli(args, { ...options, env: local }) };
}

beforeAll(() => {
  const started = daemon('start', ['--idle', '5']);
  expect(started.stderr).toBe('');
  expect(started.stdout).toMatch(/^plan daemon: started \(pid \d+\)/);
});
afterAll(() => {
  daemon('stop');
  rmSync(socketDir, { recursive: true, force: true });
});

describe('plan daemon: lint runs in it and print what they print without it', () => {
  it('says it is running, with a socket only its user can use', () => {
    const status = daemon('status');
    expect(status.code).toBe(0);
    expect(status.stdout).toMatch(/^plan daemon: running \(pid \d+, since .*, stops after 5 idle minutes\)\n$/);
    expect(sockets()).toHaveLength(1);
    expect(daemon('start').stdout).toMatch(/^plan daemon: already running \(pid \d+\)\n$/);
  });

  it('reports findings (exit 1), clean plans (exit 0) and usage errors (exit 2) as a run without it does', () => {
    for (const args of [['lint', 'examples/broken'], ['lint', 'examples/broken', '-f', 'json'], ['lint', 'examples/accounts'], ['lint', 'examples', '--format', 'nope'], ['lint', 'no-such-folder']]) {
      const { daemon: inDaemon, local: alone } = bothWays(args);
      expect(inDaemon).toEqual(alone);
    }
  });

  it('lints in the working folder of the client, with its environment (PLAN_TODAY, colour)', () => {
    const repo = join(ROOT, 'test', 'fixtures', 'repos', 'review');
    const inRepo = { cwd: repo };
    const plain = bothWays(['lint', '.'], inRepo);
    expect(plain.daemon).toEqual(plain.local);
    expect(plain.daemon.code).not.toBe(2);
    const later = runCli(['lint', '.'], { cwd: repo, env: { ...viaDaemon, PLAN_TODAY: '2031-01-01' } });
    expect(later).toEqual(runCli(['lint', '.'], { cwd: repo, env: { ...local, PLAN_TODAY: '2031-01-01' } }));
    const coloured = runCli(['lint', 'examples/broken'], { env: { ...viaDaemon, NO_COLOR: undefined, FORCE_COLOR: '1' } });
    expect(coloured.stdout).toContain('\u001b[');
    expect(coloured).toEqual(runCli(['lint', 'examples/broken'], { env: { ...local, NO_COLOR: undefined, FORCE_COLOR: '1' } }));
  });

  it('reads --stdin from the client', () => {
    const input = '---\nkind: account\nperiod: FY2027\n---\n\n# Plan\n';
    const { daemon: inDaemon, local: alone } = bothWays(['lint', '--stdin', '--stdin-filename', 'x.md'], { input });
    expect(inDaemon).toEqual(alone);
    expect(inDaemon.stdout).toContain('x.md');
  });

  it('a --cache run sees an edit made since the last one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'plan-daemon-cache-'));
    cpSync(join(ROOT, 'examples'), dir, { recursive: true });
    const lint = (env: Record<string, string | undefined>) => runCli(['lint', '.', '--cache', '--ignore-pattern', 'broken/**'], { cwd: dir, env });
    expect(lint(viaDaemon)).toEqual(lint(local));
    const plan = join(dir, 'accounts', 'acme-fy2027-q1.md');
    writeFileSync(plan, '---\nkind: account\nperiod: FY2027-Q1\n---\n\n# Acme\n');
    const after = lint(viaDaemon);
    expect(after.stdout).toContain('acme-fy2027-q1.md');
    expect(after).toEqual(lint(local));
    rmSync(dir, { recursive: true, force: true });
  });

  it('a run without --cache sees an edit made since the last one, and writes no cache file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'plan-daemon-memory-'));
    cpSync(join(ROOT, 'examples', 'accounts'), join(dir, 'accounts'), { recursive: true });
    cpSync(join(ROOT, 'examples', 'teams'), join(dir, 'teams'), { recursive: true });
    cpSync(join(ROOT, 'examples', 'company-fy2027.md'), join(dir, 'company-fy2027.md'));
    writeFileSync(join(dir, '.planrc.json'), '{}\n'); // the root of a plans repo: the plan's parent is looked for in it
    const one = join('accounts', 'acme-fy2027-q1.md');
    const lint = (env: Record<string, string | undefined>) => runCli(['lint', one], { cwd: dir, env });
    const before = lint(viaDaemon);
    expect(before).toEqual(lint(local));
    writeFileSync(join(dir, 'accounts', 'acme-fy2027.md'), '---\nid: acme-fy2027\nkind: account\nperiod: FY2027\n---\n\n# Goals gone\n');
    const after = lint(viaDaemon);
    expect(after).toEqual(lint(local));
    // The goal the quarter supports is gone from its yearly plan: a finding it did not have before.
    expect(after.stdout).not.toBe(before.stdout);
    expect(readdirSync(dir).sort()).toEqual(['.planrc.json', 'accounts', 'company-fy2027.md', 'teams']);
    rmSync(dir, { recursive: true, force: true });
  });

  it('other commands never go to the daemon', () => {
    const before = runs();
    runCli(['rules'], { env: viaDaemon });
    runCli(['tree', 'examples'], { env: viaDaemon });
    expect(runs()).toBe(before);
  });
});

describe('plan daemon: a dead, outdated or stopped daemon', () => {
  it('a daemon of an earlier build of this installation answers no run and stops; the run lints by itself', () => {
    // A copy of the installation, so that rebuilding it (a newer bundle) does not touch the one the tests run.
    const install = mkdtempSync(join(tmpdir(), 'plan-daemon-install-'));
    cpSync(join(ROOT, 'bin'), join(install, 'bin'), { recursive: true });
    cpSync(join(ROOT, 'dist'), join(install, 'dist'), { recursive: true });
    cpSync(join(ROOT, 'package.json'), join(install, 'package.json'));
    for (const linked of ['node_modules', 'templates']) symlinkSync(join(ROOT, linked), join(install, linked));
    const copy = (args: string[], env: Record<string, string | undefined> = viaDaemon) => runCli(args, { env, cwd: ROOT, bin: join(install, 'bin', 'plan.cjs') });
    try {
      expect(copy(['daemon', 'start', '--idle', '5']).code).toBe(0);
      expect(sockets()).toHaveLength(2);
      const later = new Date(Date.now() + 5000);
      utimesSync(join(install, 'dist', 'bundle', 'cli.cjs'), later, later);
      const run = copy(['lint', 'examples/broken']);
      expect(run).toEqual(copy(['lint', 'examples/broken'], local));
      expect(copy(['daemon', 'status']).stdout).toBe('plan daemon: not running\n');
      expect(sockets()).toHaveLength(1);
    } finally {
      copy(['daemon', 'stop']);
      rmSync(install, { recursive: true, force: true });
    }
  });

  it('stop stops it and removes its socket; runs then lint by themselves', () => {
    const stopped = daemon('stop');
    expect(stopped.stdout).toMatch(/^plan daemon: stopped \(pid \d+\)\n$/);
    expect(sockets()).toHaveLength(0);
    expect(daemon('status')).toMatchObject({ code: 1, stdout: 'plan daemon: not running\n' });
    expect(daemon('stop')).toMatchObject({ code: 0, stdout: 'plan daemon: not running\n' });
    expect(runCli(['lint', 'examples/broken'], { env: viaDaemon })).toEqual(runCli(['lint', 'examples/broken'], { env: local }));
  });

  it('a socket left by a killed daemon: runs lint by themselves, and start replaces it', () => {
    expect(daemon('start', ['--idle', '5']).code).toBe(0);
    const pid = Number(/pid (\d+)/.exec(daemon('status').stdout)![1]);
    process.kill(pid, 'SIGKILL');
    expect(sockets()).toHaveLength(1);
    expect(runCli(['lint', 'examples/broken'], { env: viaDaemon })).toEqual(runCli(['lint', 'examples/broken'], { env: local }));
    expect(daemon('status').code).toBe(1);
    expect(daemon('start', ['--idle', '5']).stdout).toMatch(/^plan daemon: started/);
    expect(daemon('status').code).toBe(0);
  });

  it('a wrong action or --idle is one line and exit 2', () => {
    expect(daemon('restart')).toEqual({ code: 2, stdout: '', stderr: 'plan: unknown daemon action "restart" (choose start, stop, status or serve)\n' });
    expect(daemon('start', ['--idle', '0'])).toEqual({ code: 2, stdout: '', stderr: 'plan: --idle takes a whole number of minutes from 1, not "0"\n' });
  });

  it('PLAN_DAEMON=0 lints without the running daemon', () => {
    const before = runs();
    runCli(['lint', 'examples/broken'], { env: local });
    expect(runs()).toBe(before);
    expect(existsSync(socketDir)).toBe(true);
  });
});
