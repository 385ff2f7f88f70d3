import { chmodSync, lstatSync, mkdirSync, statSync, unlinkSync } from 'node:fs';
import { connect, createServer, type Socket } from 'node:net';
import { dirname } from 'node:path';
import type { Io } from '../cli/io.js';
import { PROTOCOL, type Reply, readMessages, type RunRequest, send } from './protocol.js';
import type { RunQueue } from './run-queue.js';

export interface DaemonOptions {
  socket: string;
  /** The build this daemon runs (location.ts buildOf); a request from another build is answered "stale". */
  build: string;
  /** Stop after this many minutes without a run. */
  idleMinutes: number;
  /** Runs one command line with the client's working folder, environment and output; resolves to its exit code. */
  run: (request: RunRequest, io: Io) => Promise<number>;
  /** Where runs wait their turn; others (warm-up runs) may be added to it. */
  queue: RunQueue;
  /** Called when the daemon stops listening. */
  onStop?: () => void;
}

export class DaemonError extends Error {}

/**
 * Listens on the socket and runs the clients' commands one at a time, in the order they came (the queue): a run
 * changes the process's working folder, and two runs at once would share one cache. Resolves when the daemon stops (a
 * stop request, a request from another build, idle time, SIGTERM, SIGINT or SIGHUP).
 */
export async function serveDaemon(options: DaemonOptions): Promise<void> {
  const { socket } = options;
  privateFolder(dirname(socket));
  await removeStaleSocket(socket);
  const { queue } = options;
  const startedAt = new Date().toISOString();
  let runs = 0;
  let stopping = false;
  let stopped: () => void = () => undefined;
  const done = new Promise<void>((resolve) => (stopped = resolve));
  let idle: NodeJS.Timeout | undefined;
  const resetIdle = () => {
    clearTimeout(idle);
    idle = setTimeout(() => stop(), options.idleMinutes * 60_000);
  };

  const connections = new Set<Socket>();
  const server = createServer((connection) => {
    connections.add(connection);
    connection.on('close', () => connections.delete(connection));
    connection.on('error', () => undefined); // a client that went away; its run still finishes
    let stdinWaiter: ((text: string) => void) | undefined;
    let closed = false;
    // A client that goes away while its run waits for standard input must not leave the queue waiting for ever.
    connection.on('close', () => {
      closed = true;
      stdinWaiter?.('');
    });
    let first = true;
    readMessages(connection, (message) => {
      if (!first) {
        const text = (message as { stdin?: unknown }).stdin;
        if (stdinWaiter && typeof text === 'string') stdinWaiter(text);
        return;
      }
      first = false;
      const request = message as RunRequest | { protocol?: unknown; type?: unknown };
      if (request.protocol !== PROTOCOL) return void connection.destroy();
      if (request.type === 'status') return answer(connection, { type: 'status', pid: process.pid, build: options.build, startedAt, runs, idleMinutes: options.idleMinutes });
      if (request.type === 'stop') {
        answer(connection, { type: 'stopping', pid: process.pid });
        return stop();
      }
      if (request.type !== 'run' || !validRun(request as RunRequest)) return void connection.destroy();
      const run = request as RunRequest;
      if (run.build !== options.build || stopping) {
        // plan was rebuilt or upgraded since this daemon started: the client lints by itself, and this daemon is done.
        answer(connection, { type: 'stale' });
        if (run.build !== options.build) stop();
        return;
      }
      clearTimeout(idle);
      void queue.add(async () => {
        const stdout: string[] = [];
        const stderr: string[] = [];
        const io: Io = {
          stdout: (text) => void stdout.push(text),
          stderr: (text) => void stderr.push(text),
          color: run.color,
          env: run.env,
          cwd: run.cwd,
          readStdin: () =>
            new Promise<string>((resolve) => {
              if (closed) return resolve('');
              stdinWaiter = resolve;
              send(connection, { type: 'stdin' });
            }),
        };
        let exitCode: number;
        try {
          exitCode = await options.run(run, io);
        } catch (error) {
          stderr.push(`plan: internal error in the plan daemon: ${error instanceof Error ? error.message : String(error)}\n`);
          exitCode = 2;
        }
        runs++;
        answer(connection, { type: 'done', stdout: stdout.join(''), stderr: stderr.join(''), exitCode });
        if (!stopping) resetIdle();
      });
    });
  });

  const signals = ['SIGTERM', 'SIGINT', 'SIGHUP'] as const;
  function stop(): void {
    if (stopping) return;
    stopping = true;
    clearTimeout(idle);
    for (const signal of signals) process.off(signal, stop);
    options.onStop?.();
    // Runs already queued finish and answer first.
    void queue.drained().then(() => {
      server.close(() => stopped());
      // A client that connected and said nothing must not keep the daemon from stopping.
      for (const connection of connections) connection.destroy();
      removeOwnSocket(socket, listening);
    });
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => reject(new DaemonError(`cannot listen on ${socket}: ${error.code ?? error.message}`)));
    server.listen(socket, () => resolve());
  });
  chmodSync(socket, 0o600);
  const listening = statSync(socket).ino;
  for (const signal of signals) process.on(signal, stop);
  resetIdle();
  return done;
}

/** The last message of a connection. */
function answer(connection: Socket, reply: Reply): void {
  send(connection, reply);
  connection.end();
}

function validRun(request: RunRequest): boolean {
  return Array.isArray(request.args) && request.args.every((arg) => typeof arg === 'string') && request.args[0] === 'lint'
    && typeof request.cwd === 'string' && typeof request.build === 'string' && typeof request.color === 'boolean'
    && typeof request.env === 'object' && request.env !== null;
}

/** The socket's folder is made readable by this user only; an existing one that others can enter is refused. */
function privateFolder(dir: string): void {
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
  } catch (error) {
    throw new DaemonError(`cannot create ${dir}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  const stats = lstatSync(dir);
  if (!stats.isDirectory()) throw new DaemonError(`${dir} is not a folder`);
  if (typeof process.getuid === 'function' && stats.uid !== process.getuid()) throw new DaemonError(`${dir} belongs to another user`);
  if ((stats.mode & 0o077) !== 0) chmodSync(dir, 0o700);
}

/** A socket file whose daemon died refuses connections and is removed; one that answers means a daemon is running. */
async function removeStaleSocket(socket: string): Promise<void> {
  let exists = true;
  try {
    lstatSync(socket);
  } catch {
    exists = false;
  }
  if (!exists) return;
  const answers = await new Promise<boolean>((resolve) => {
    const probe: Socket = connect(socket, () => {
      probe.destroy();
      resolve(true);
    });
    probe.on('error', () => resolve(false));
  });
  if (answers) throw new DaemonError(`a plan daemon is already running on ${socket}`);
  unlinkSync(socket);
}

/** Removes the socket if it is still this daemon's (another daemon may have replaced a socket it thought stale). */
function removeOwnSocket(socket: string, ino: number): void {
  try {
    if (statSync(socket).ino === ino) unlinkSync(socket);
  } catch {
    // Already gone.
  }
}
