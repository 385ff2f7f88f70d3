import { statSync } from 'node:fs';
import { join } from 'node:path';
import { userCacheFolder } from '../files/user-cache.js';
import { fnv1a } from '../text/fnv1a.js';

/** A Unix socket's path must fit in 108 bytes (104 on macOS); a longer one cannot be listened on. */
const MAX_SOCKET_PATH = 100;

/**
 * The folder of the daemon's socket: PLAN_DAEMON_DIR, else the user's runtime folder ($XDG_RUNTIME_DIR/plan-lint),
 * else their cache folder. Never a shared temporary folder: whoever can connect to the socket has plans linted, and
 * fixed, as this user. Undefined: no daemon (Windows, where plan has no named-pipe daemon; no home folder).
 */
export function daemonDir(env: NodeJS.ProcessEnv): string | undefined {
  if (process.platform === 'win32') return undefined;
  if (env.PLAN_DAEMON_DIR) return env.PLAN_DAEMON_DIR;
  if (env.XDG_RUNTIME_DIR) return join(env.XDG_RUNTIME_DIR, 'plan-lint');
  return userCacheFolder('daemon');
}

/** One daemon per installation of plan (its bundle), so that two projects' versions of plan never answer each other. */
export function daemonSocket(env: NodeJS.ProcessEnv, bundle: string): string | undefined {
  const dir = daemonDir(env);
  const socket = dir === undefined ? undefined : join(dir, `${fnv1a(bundle)}.sock`);
  return socket !== undefined && Buffer.byteLength(socket) <= MAX_SOCKET_PATH ? socket : undefined;
}

/** Which build of the bundle this is: a daemon started before a rebuild or upgrade must not answer for the new one. */
export function buildOf(bundle: string): string {
  try {
    const { size, mtimeMs } = statSync(bundle);
    return `${size}-${Math.round(mtimeMs * 1000)}`;
  } catch {
    return 'unknown';
  }
}
