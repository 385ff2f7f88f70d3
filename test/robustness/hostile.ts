import { chmodSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildPlanText } from '../helpers/clean-plan.js';
import { main } from '../../src/cli/main.js';

/** A clean plan: every hostile case is this plan (or nothing) with one thing done to it. */
export const CLEAN = buildPlanText().text;

export const FRONT_MATTER = '---\nkind: account\nowner: Dana Reyes\nperiod: FY2027\n---\n';

export function tempDir(prefix = 'plan-hostile-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export function write(dir: string, name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

/** The nested-alias "billion laughs": 9^12 strings if anything ever expanded it. */
export function aliasBomb(): string {
  let yaml = 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n';
  let previous = 'a';
  for (const name of 'bcdefghijkl') {
    yaml += `${name}: &${name} [${Array(9).fill(`*${previous}`).join(',')}]\n`;
    previous = name;
  }
  return `---\n${yaml}kind: account\nowner: Dana Reyes\nperiod: FY2027\n---\n\n## Goals\n\n- **G1** Grow ARR 10% by 2027-12-31.\n`;
}

export interface InProcessRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI's main() in this process with captured output (fast; the real binary is tested separately). */
export async function runMain(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<InProcessRun> {
  let stdout = '';
  let stderr = '';
  const code = await main(['node', 'plan', ...args], {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    color: false,
    env: { PLAN_TODAY: '2026-11-25', ...env },
    cwd,
  });
  return { code, stdout, stderr };
}

/** A folder whose subfolder links back to it: a walk that followed links would never end. */
export function symlinkLoop(dir: string): void {
  mkdirSync(join(dir, 'plans', 'team'), { recursive: true });
  writeFileSync(join(dir, 'plans', 'team', 'acme.md'), CLEAN);
  symlinkSync('..', join(dir, 'plans', 'team', 'up'), 'dir');
  symlinkSync(join(dir, 'plans'), join(dir, 'plans', 'again'), 'dir');
}

export function unreadable(dir: string, name: string): string {
  const path = write(dir, name, CLEAN);
  chmodSync(path, 0o000);
  return path;
}
