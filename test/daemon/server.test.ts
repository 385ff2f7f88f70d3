import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Io } from '../../src/cli/io.js';
import { askDaemon } from '../../src/daemon/client.js';
import { PROTOCOL, readMessages, type Reply, type RunRequest, send } from '../../src/daemon/protocol.js';
import { RunQueue } from '../../src/daemon/run-queue.js';
import { type DaemonOptions, serveDaemon } from '../../src/daemon/server.js';

let dir: string;
let socket: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'plan-daemon-server-'));
  socket = join(dir, 'sockets', 'test.sock');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const request = (args: string[], build = 'b1'): RunRequest => ({ protocol: PROTOCOL, type: 'run', build, args, cwd: dir, env: { PLAN_TODAY: '2026-11-25' }, color: false });

/** Sends one message and collects the replies until the daemon closes the connection. */
function exchange(message: unknown, stdin?: string): Promise<Reply[]> {
  return new Promise((resolve) => {
    const replies: Reply[] = [];
    const connection = connect(socket, () => connection.write(`${JSON.stringify(message)}\n`));
    readMessages(connection, (reply) => {
      replies.push(reply as Reply);
      if ((reply as Reply).type === 'stdin') send(connection, { stdin: stdin ?? '' });
    });
    connection.on('error', () => undefined);
    connection.on('close', () => resolve(replies));
  });
}

function start(run: DaemonOptions['run'], idleMinutes = 5): { stopped: Promise<void> } {
  return { stopped: serveDaemon({ socket, build: 'b1', idleMinutes, queue: new RunQueue(), run }) };
}

async function until(condition: () => Promise<boolean> | boolean): Promise<void> {
  for (let waited = 0; !(await condition()) && waited < 5000; waited += 20) await new Promise((resolve) => setTimeout(resolve, 20));
}
const listening = () => until(async () => (await askDaemon(socket, 'status'))?.type === 'status');

describe('serveDaemon', { timeout: 15_000 }, () => {
  it('runs a request with the client\'s folder, environment and standard input, and answers its output and exit code', async () => {
    const seen: Partial<Io>[] = [];
    const { stopped } = start(async (run, io) => {
      seen.push({ cwd: io.cwd, env: io.env, color: io.color });
      io.stdout(`read: ${await io.readStdin!()}\n`);
      io.stderr('plan: a warning\n');
      return run.args.length;
    });
    await listening();
    expect(await exchange(request(['lint', '--stdin']), 'the plan')).toEqual([{ type: 'stdin' }, { type: 'done', stdout: 'read: the plan\n', stderr: 'plan: a warning\n', exitCode: 2 }]);
    expect(seen).toEqual([{ cwd: dir, env: { PLAN_TODAY: '2026-11-25' }, color: false }]);
    expect(await askDaemon(socket, 'stop')).toMatchObject({ type: 'stopping', pid: process.pid });
    await stopped;
    expect(existsSync(socket)).toBe(false);
  });

  it('keeps its socket folder and socket to its user', async () => {
    mkdirSync(join(dir, 'sockets'), { mode: 0o755 });
    chmodSync(join(dir, 'sockets'), 0o755);
    const { stopped } = start(async () => 0);
    await listening();
    expect(statSync(join(dir, 'sockets')).mode & 0o777).toBe(0o700);
    expect(statSync(socket).mode & 0o777).toBe(0o600);
    await askDaemon(socket, 'stop');
    await stopped;
  });

  it('runs one request at a time, in the order they came', async () => {
    const order: string[] = [];
    let release: () => void = () => undefined;
    const { stopped } = start(async (run) => {
      order.push(`start ${run.args[1]}`);
      if (run.args[1] === 'first') await new Promise<void>((resolve) => (release = resolve));
      order.push(`end ${run.args[1]}`);
      return 0;
    });
    await listening();
    const first = exchange(request(['lint', 'first']));
    await until(() => order.length > 0);
    const second = exchange(request(['lint', 'second']));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(order).toEqual(['start first']);
    release();
    await Promise.all([first, second]);
    expect(order).toEqual(['start first', 'end first', 'start second', 'end second']);
    await askDaemon(socket, 'stop');
    await stopped;
  });

  it('answers a client of another build "stale" and stops; refuses what is not a lint run', async () => {
    let runs = 0;
    const { stopped } = start(async () => runs++);
    await listening();
    expect(await exchange(request(['init', 'x.md']))).toEqual([]);
    expect(await exchange({ protocol: 99, type: 'status' })).toEqual([]);
    expect(await exchange(request(['lint'], 'b2'))).toEqual([{ type: 'stale' }]);
    await stopped;
    expect(runs).toBe(0);
    expect(existsSync(socket)).toBe(false);
  });

  it('stops by itself after its idle time, and a second daemon on the same socket is refused', async () => {
    const { stopped } = start(async () => 0, 0.01);
    await listening();
    await expect(serveDaemon({ socket, build: 'b1', idleMinutes: 5, queue: new RunQueue(), run: async () => 0 })).rejects.toThrow(/already running/);
    await stopped;
    expect(existsSync(socket)).toBe(false);
  });

  it('a client that goes away while its run waits for standard input does not hold up the next run', async () => {
    const { stopped } = start(async (run, io) => {
      if (run.args[1] === '--stdin') await io.readStdin!();
      return 0;
    });
    await listening();
    await new Promise<void>((resolve) => {
      const client = connect(socket, () => client.write(`${JSON.stringify(request(['lint', '--stdin']))}\n`));
      readMessages(client, (reply) => {
        if ((reply as Reply).type === 'stdin') {
          client.destroy();
          resolve();
        }
      });
    });
    expect(await exchange(request(['lint', 'next']))).toEqual([{ type: 'done', stdout: '', stderr: '', exitCode: 0 }]);
    await askDaemon(socket, 'stop');
    await stopped;
  });

  it('an internal error in a run is one line and exit 2', async () => {
    const { stopped } = start(async () => {
      throw new Error('boom');
    });
    await listening();
    expect(await exchange(request(['lint']))).toEqual([{ type: 'done', stdout: '', stderr: 'plan: internal error in the plan daemon: boom\n', exitCode: 2 }]);
    await askDaemon(socket, 'stop');
    await stopped;
  });
});
