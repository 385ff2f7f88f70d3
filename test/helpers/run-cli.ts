import type { Io } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';

/** Runs the CLI in this process (fast: no node start-up), in `cwd`, capturing what it prints. */
export async function runCli(cwd: string, args: string[], extra: Partial<Io> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = { stdout: (t) => void out.push(t), stderr: (t) => void err.push(t), color: false, env: {}, cwd, ...extra };
  const code = await main(['node', 'plan', ...args], io);
  return { code, stdout: out.join(''), stderr: err.join('') };
}
