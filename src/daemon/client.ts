import { existsSync } from 'node:fs';
import { colorFor, readProcessStdin } from '../cli/io.js';
import { buildOf, daemonSocket } from './location.js';
import { PROTOCOL, type Reply, readMessages, type Request, type RunReply, send } from './protocol.js';

/** PLAN_DAEMON=0 (or off, false) makes every run lint by itself, even with a daemon running. */
export function daemonDisabled(env: NodeJS.ProcessEnv): boolean {
  return ['0', 'off', 'false', 'no'].includes((env.PLAN_DAEMON ?? '').trim().toLowerCase());
}

/**
 * Runs `plan <args>` in this installation's daemon, if one is running, printing what it printed, and returns its exit
 * code; undefined when there is no daemon to run it (none started, an outdated one, one that died), and the caller
 * runs the command itself. Called by bin/plan.cjs before it loads the CLI: nothing here may be slow to load.
 */
export function runInDaemon(args: string[], bundle: string): Promise<number | undefined> {
  const env = process.env;
  const socket = daemonDisabled(env) ? undefined : daemonSocket(env, bundle);
  // Without a daemon this costs a run one stat of a file that is not there.
  if (socket === undefined || !existsSync(socket)) return Promise.resolve(undefined);
  const cwd = workingFolder();
  // A working folder that is gone: the run by itself says so.
  if (cwd === undefined) return Promise.resolve(undefined);
  const request: Request = { protocol: PROTOCOL, type: 'run', build: buildOf(bundle), args, cwd, env, color: colorFor(env, Boolean(process.stdout.isTTY)) };
  return connectAndRun(socket, request);
}

async function connectAndRun(socket: string, request: Request): Promise<number | undefined> {
  // Loading node:net takes ~4 ms: only a run that has a daemon to talk to pays for it.
  const { connect } = await import('node:net');
  return new Promise((resolve) => {
    let connected = false;
    let stdinRead = false;
    let settled = false;
    const finish = (code: number | undefined) => {
      settled = true;
      connection.end();
      resolve(code);
    };
    const connection = connect(socket, () => {
      connected = true;
      send(connection, request);
    });
    readMessages(connection, (message) => {
      const reply = message as Reply;
      if (reply.type === 'stdin') {
        stdinRead = true;
        readProcessStdin().then(
          (text) => send(connection, { stdin: text }),
          () => send(connection, { stdin: '' }),
        );
      } else if (reply.type === 'done') {
        write(reply);
        finish(reply.exitCode);
      } else if (reply.type === 'stale') finish(undefined);
    });
    // A socket left by a daemon that was killed refuses the connection: lint here, as with no daemon.
    connection.on('error', () => undefined);
    connection.on('close', () => {
      if (settled) return;
      settled = true;
      if (stdinRead) {
        // Standard input is used up and cannot be linted here instead.
        process.stderr.write('plan: the plan daemon stopped before it answered; run the command again\n');
        resolve(2);
        return;
      }
      if (connected) process.stderr.write('plan: the plan daemon stopped before it answered; linting without it\n');
      resolve(undefined);
    });
  });
}

function workingFolder(): string | undefined {
  try {
    return process.cwd();
  } catch {
    return undefined;
  }
}

function write(reply: RunReply): void {
  if (reply.stdout) process.stdout.write(reply.stdout);
  if (reply.stderr) process.stderr.write(reply.stderr);
}

/** Sends the daemon at `socket` a status or stop request; undefined when none answers there. */
export async function askDaemon(socket: string, type: 'status' | 'stop'): Promise<Reply | undefined> {
  const { connect } = await import('node:net');
  return new Promise((resolve) => {
    if (!existsSync(socket)) {
      resolve(undefined);
      return;
    }
    let reply: Reply | undefined;
    const connection = connect(socket, () => send(connection, { protocol: PROTOCOL, type }));
    readMessages(connection, (message) => {
      reply = message as Reply;
      connection.end();
    });
    connection.on('error', () => undefined);
    connection.on('close', () => resolve(reply));
  });
}
