import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runPlan } from '../helpers/cli.js';

/**
 * A plans repo whose .planrc.yaml extends an npm package (under its node_modules) and a shared file (which renames
 * Goals to Targets), and turns owner-required off for account plans. Both plans lack goal owners.
 */
const REPO = fileURLToPath(new URL('../fixtures/repos/config/', import.meta.url));

interface JsonResult {
  filePath: string;
  messages: { ruleId: string; line: number; severity: number }[];
}

function lint(cwd: string, args: string[] = ['.'], input?: string) {
  const run = runPlan(['lint', ...args, '--format', 'json', '--today', '2026-11-25'], cwd, input);
  expect(run.stderr).toBe('');
  const results = JSON.parse(run.stdout) as JsonResult[];
  const findings = results.flatMap((r) => r.messages.map((m) => `${relative(cwd, r.filePath)}:${m.line} ${m.ruleId} ${m.severity === 2 ? 'error' : 'warn'}`));
  return { code: run.code, findings: findings.sort() };
}

function copyOfRepo(): string {
  const dir = mkdtempSync(join(tmpdir(), 'plan-config-e2e-'));
  cpSync(REPO, dir, { recursive: true });
  return dir;
}

describe('plan lint with extends and overrides (built binary)', () => {
  it('applies the package, the shared file and the overrides', () => {
    // owner-required: an error (the package) in the team plan, off (the override) in the account plan;
    // the account plan's "## Targets" counts as its Goals (the shared file's alias).
    expect(lint(REPO)).toEqual({ code: 1, findings: ['teams/emea-fy2027.md:24 owner-required error'] });
  });

  it('applies overrides to --stdin by its --stdin-filename', () => {
    const text = readFileSync(join(REPO, 'teams/emea-fy2027.md'), 'utf8');
    expect(lint(REPO, ['--stdin', '--stdin-filename', 'accounts/new.md'], text).findings).toEqual([]);
    expect(lint(REPO, ['--stdin', '--stdin-filename', 'teams/new.md'], text).findings).toEqual(['teams/new.md:24 owner-required error']);
  });

  it('with --cache, sees a change to an extended package config', () => {
    const dir = copyOfRepo();
    expect(lint(dir, ['.', '--cache']).findings).toEqual(['teams/emea-fy2027.md:24 owner-required error']);
    writeFileSync(join(dir, 'node_modules/@acme/plan-config/.planrc.yaml'), 'rules:\n  owner-required: warn\n');
    expect(lint(dir, ['.', '--cache']).findings).toEqual(['teams/emea-fy2027.md:24 owner-required warn']);
  });

  it('a missing or cyclic extends is one line naming the file and the entry, exit 2', () => {
    const dir = copyOfRepo();
    writeFileSync(join(dir, 'shared/base.planrc.yaml'), 'extends: ./house-style.yaml\n');
    const missing = runPlan(['lint', '.'], dir);
    expect(missing.code).toBe(2);
    expect(missing.stdout).toBe('');
    expect(missing.stderr).toBe(`plan: ${join(dir, 'shared/base.planrc.yaml')}: extends "./house-style.yaml": file not found\n`);
    writeFileSync(join(dir, 'shared/base.planrc.yaml'), 'extends: ../.planrc.yaml\n');
    const cycle = runPlan(['lint', '.'], dir);
    expect(cycle.code).toBe(2);
    expect(cycle.stderr).toBe(
      `plan: ${join(dir, 'shared/base.planrc.yaml')}: extends "../.planrc.yaml": a cycle (.planrc.yaml -> shared/base.planrc.yaml -> .planrc.yaml)\n`,
    );
  });

  it('an unknown package names the config file', () => {
    const dir = copyOfRepo();
    writeFileSync(join(dir, '.planrc.yaml'), 'extends: "@acme/plan-konfig"\n');
    const run = runPlan(['lint', '.'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`plan: ${join(dir, '.planrc.yaml')}: extends "@acme/plan-konfig": package not found (install it, or start a path with ./)\n`);
  });
});
