import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { askDaemon } from '../daemon/client.js';
import { buildOf, daemonDir, daemonSocket } from '../daemon/location.js';
import { RunQueue } from '../daemon/run-queue.js';
import { DaemonError, serveDaemon } from '../daemon/server.js';
import { WarmUp } from '../daemon/warm-up.js';
import { EXIT, type Io, UsageError } from './io.js';

export type DaemonAction = 'start' | 'stop' | 'status' | 'serve';
export type Main = (argv: string[], io: Io) => Promise<number>;

/** This installation's files: dist/bundle/cli.cjs (what the daemon runs) and bin/plan.cjs (what starts it). */
function installation(): { bundle: string; bin: string } {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
  return { bundle: join(root, 'dist', 'bundle', 'cli.cjs'), bin: join(root, 'bin', 'plan.cjs') };
}

const DEFAULT_IDLE_MINUTES = 60;
const START_TIMEOUT_MS = 15_000;

/** `plan daemon start|stop|status|serve`: a resident process that `plan lint` hands its runs to (see README, Speed). */
export async function runDaemon(action: string, options: { idle?: string }, io: Io, main: Main): Promise<number> {
  const { bundle, bin } = installation();
  if (!['start', 'stop', 'status', 'serve'].includes(action)) throw new UsageError(`unknown daemon action "${action}" (choose start, stop, status or serve)`);
  const socket = daemonSocket(io.env, bundle);
  if (socket === undefined) {
    const dir = daemonDir(io.env);
    throw new UsageError(dir === undefined ? 'the plan daemon needs a Unix socket: it does not run on Windows or without a home folder' : `the daemon's socket path in ${dir} would be too long for a Unix socket; set PLAN_DAEMON_DIR to a shorter folder`);
  }
  const idleMinutes = parseIdle(options.idle);
  switch (action as DaemonAction) {
    case 'status':
      return status(socket, io);
    case 'stop':
      return stop(socket, io);
    case 'start':
      if (!existsSync(bundle)) throw new UsageError('the daemon runs the bundled CLI, and there is none: run npm run build');
      return start(socket, bin, idleMinutes, io);
    case 'serve':
      if (!existsSync(bundle)) throw new UsageError('the daemon runs the bundled CLI, and there is none: run npm run build');
      return serve(socket, buildOf(bundle), idleMinutes, io, main);
  }
}

async function status(socket: string, io: Io): Promise<number> {
  const reply = await askDaemon(socket, 'status');
  if (reply?.type !== 'status') {
    io.stdout('plan daemon: not running\n');
    return EXIT.findings;
  }
  io.stdout(`plan daemon: running (pid ${reply.pid}, since ${reply.startedAt}, ${reply.runs} run${reply.runs === 1 ? '' : 's'}, stops after ${reply.idleMinutes} idle minutes)\n`);
  return EXIT.ok;
}

async function stop(socket: string, io: Io): Promise<number> {
  const reply = await askDaemon(socket, 'stop');
  if (reply?.type !== 'stopping') {
    io.stdout('plan daemon: not running\n');
    return EXIT.ok;
  }
  // It answers at once and goes when the runs it has queued are done.
  if (!(await until(() => !existsSync(socket), START_TIMEOUT_MS))) throw new UsageError(`the plan daemon (pid ${reply.pid}) did not stop in ${START_TIMEOUT_MS / 1000} s`);
  io.stdout(`plan daemon: stopped (pid ${reply.pid})\n`);
  return EXIT.ok;
}

async function start(socket: string, bin: string, idleMinutes: number, io: Io): Promise<number> {
  const running = await askDaemon(socket, 'status');
  if (running?.type === 'status') {
    io.stdout(`plan daemon: already running (pid ${running.pid})\n`);
    return EXIT.ok;
  }
  const { spawn } = await import('node:child_process');
  const child = spawn(process.execPath, [bin, 'daemon', 'serve', '--idle', String(idleMinutes)], {
    detached: true,
    stdio: ['ignore', 'ignore', 'pipe'],
    // Not the working folder of whoever started it: a daemon there would keep that folder's file system busy.
    cwd: '/',
    env: io.env,
  });
  let stderr = '';
  child.stderr!.setEncoding('utf8').on('data', (text: string) => (stderr += text));
  let exited = false;
  child.on('exit', () => (exited = true));
  child.on('error', (error: NodeJS.ErrnoException) => {
    exited = true;
    stderr ||= `cannot run ${process.execPath}: ${error.code ?? error.message}`;
  });
  const ready = await until(async () => exited || (await askDaemon(socket, 'status'))?.type === 'status', START_TIMEOUT_MS);
  if (exited || !ready) {
    if (!exited) child.kill();
    const why = stderr.trim().split('\n')[0]?.replace(/^plan: /, '') || (exited ? 'it exited at once' : `it did not answer in ${START_TIMEOUT_MS / 1000} s`);
    throw new UsageError(`the plan daemon did not start: ${why}`);
  }
  child.stderr!.destroy();
  child.unref();
  io.stdout(`plan daemon: started (pid ${child.pid}); plan lint runs in it until "plan daemon stop" or ${idleMinutes} minutes without a run\n`);
  return EXIT.ok;
}

async function serve(socket: string, build: string, idleMinutes: number, io: Io, main: Main): Promise<number> {
  const queue = new RunQueue();
  const warmUp = new WarmUp(queue);
  try {
    await serveDaemon({
      socket,
      build,
      idleMinutes,
      queue,
      onStop: () => warmUp.stop(),
      run: (request, runIo) => {
        try {
          // Runs share this process: paths the CLI resolves without naming a folder must be the client's.
          process.chdir(request.cwd);
        } catch (error) {
          runIo.stderr(`plan: ${request.cwd}: cannot lint in this folder: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}\n`);
          return Promise.resolve(EXIT.failure);
        }
        runIo.residentCache = true;
        runIo.onCachedLint = (rerun, folders) =>
          warmUp.track(() => {
            process.chdir(request.cwd);
            return rerun();
          }, folders);
        return main(['node', 'plan', ...request.args], runIo);
      },
    });
  } catch (error) {
    if (error instanceof DaemonError) throw new UsageError(error.message);
    throw error;
  }
  return EXIT.ok;
}

function parseIdle(value: string | undefined): number {
  if (value === undefined) return DEFAULT_IDLE_MINUTES;
  if (!/^[1-9]\d{0,4}$/.test(value)) throw new UsageError(`--idle takes a whole number of minutes from 1, not "${value}"`);
  return Number(value);
}

async function until(condition: () => boolean | Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await condition()) return true;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  return condition();
}
