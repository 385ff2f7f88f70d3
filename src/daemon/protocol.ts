import type { Socket } from 'node:net';

/**
 * What a client and the daemon say to each other over the socket: one JSON object a line (JSON.stringify escapes
 * line breaks inside strings). A run: the client sends a `RunRequest`; the daemon may answer `{ stdin: true }`, and
 * the client then sends `{ stdin: text }`; the daemon ends with a `RunReply`, or a `StaleReply` when it is of
 * another build than the client (the client then lints by itself).
 */
export const PROTOCOL = 1;

export interface RunRequest {
  protocol: number;
  type: 'run';
  /** The bundle build the client would run (location.ts buildOf). */
  build: string;
  /** The command line after `plan`, e.g. ["lint", "--cache", "plans"]. */
  args: string[];
  cwd: string;
  env: Record<string, string | undefined>;
  /** Whether the client's output is coloured (its terminal, FORCE_COLOR, NO_COLOR). */
  color: boolean;
}

export interface ControlRequest {
  protocol: number;
  type: 'status' | 'stop';
}

export type Request = RunRequest | ControlRequest;

export interface RunReply {
  type: 'done';
  stdout: string;
  stderr: string;
  exitCode: number;
}

export interface StatusReply {
  type: 'status';
  pid: number;
  build: string;
  startedAt: string;
  runs: number;
  /** Minutes without a run after which the daemon stops by itself. */
  idleMinutes: number;
}

export type Reply = RunReply | StatusReply | { type: 'stale' } | { type: 'stdin' } | { type: 'stopping'; pid: number };

/** Calls `onMessage` with each JSON line that arrives; a line that is not JSON ends the connection. */
export function readMessages(socket: Socket, onMessage: (message: unknown) => void): void {
  let pending = '';
  socket.setEncoding('utf8');
  socket.on('data', (chunk: string) => {
    pending += chunk;
    let end: number;
    while ((end = pending.indexOf('\n')) >= 0) {
      const line = pending.slice(0, end);
      pending = pending.slice(end + 1);
      let message: unknown;
      try {
        message = JSON.parse(line);
      } catch {
        socket.destroy();
        return;
      }
      onMessage(message);
    }
  });
}

export function send(socket: Socket, message: Request | Reply | { stdin: string }): void {
  socket.write(`${JSON.stringify(message)}\n`);
}
