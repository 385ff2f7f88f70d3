import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const BIN = fileURLToPath(new URL('../../bin/plan.cjs', import.meta.url));

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built binary as a user would (no TTY), with a fixed date and no colour unless asked. */
export function runCli(args: string[], options: { cwd?: string; env?: Record<string, string | undefined>; input?: string; bin?: string } = {}): CliRun {
  const env: Record<string, string | undefined> = { ...process.env, PLAN_TODAY: '2026-11-25', NO_COLOR: '1', FORCE_COLOR: undefined, ...options.env };
  for (const key of Object.keys(env)) if (env[key] === undefined) delete env[key];
  const run = spawnSync(process.execPath, [options.bin ?? BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    env: env as NodeJS.ProcessEnv,
    encoding: 'utf8',
    input: options.input ?? '',
    timeout: 170_000,
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** Runs the built CLI (`npm test` builds first) with a fixed date and no colour. */
export function runPlan(args: string[], cwd: string, input?: string): CliRun {
  return runCli(args, input === undefined ? { cwd } : { cwd, input });
}
