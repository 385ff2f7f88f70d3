import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/cli.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'plan-e2e-'));

describe('plan lint (built binary)', () => {
  it('lints the bundled examples clean, skipping non-plans and the broken ones', () => {
    const run = runCli(['lint', 'examples', '--ignore-pattern', 'examples/broken/**', '--verbose']);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('plan: examples/README.md: skipped, not a plan (no kind or period in its front matter)\n');
    expect(run.code).toBe(0);
  });

  it('reports the known defects of examples/broken (stylish)', async () => {
    const run = runCli(['lint', 'examples/broken']);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
    await expect(run.stdout).toMatchFileSnapshot('__snapshots__/broken.stylish.txt');
  });

  it('prints ESLint-shaped JSON', async () => {
    const run = runCli(['lint', 'examples/broken', '--format', 'json']);
    expect(run.code).toBe(1);
    const results = JSON.parse(run.stdout) as { filePath: string; messages: unknown[]; errorCount: number; warningCount: number }[];
    for (const r of results) expect(r.filePath.startsWith(ROOT)).toBe(true);
    const relative = results.map((r) => ({ ...r, filePath: r.filePath.slice(ROOT.length) }));
    await expect(`${JSON.stringify(relative, null, 2)}\n`).toMatchFileSnapshot('__snapshots__/broken.json');
  });

  it('--quiet shows errors only; warnings alone exit 0 unless --max-warnings is exceeded', () => {
    const dir = tmp();
    const plan = runCli(['lint', 'examples/accounts/acme-fy2027.md', '--format', 'json']);
    expect(plan.code).toBe(0);
    writeFileSync(
      join(dir, 'warn.md'),
      '---\nkind: company\nowner: A\nperiod: FY2027\n---\n\n## Goals\n\n- **G1** Grow ARR by 10% by 2027-12-31.\n\n## Accountability\n\n- A reviews monthly.\n',
    );
    const warnings = runCli(['lint', join(dir, 'warn.md')]);
    expect(warnings.code).toBe(0);
    expect(warnings.stdout).toContain('owner-required');
    expect(runCli(['lint', join(dir, 'warn.md'), '--max-warnings', '0']).code).toBe(1);
    expect(runCli(['lint', join(dir, 'warn.md'), '--quiet']).stdout).toBe('');
    // JUnit agrees with the exit code: warnings fail no test case unless --max-warnings is exceeded.
    const junit = runCli(['lint', join(dir, 'warn.md'), '--format', 'junit']);
    expect(junit.code).toBe(0);
    expect(junit.stdout).toContain('<testsuites name="plan" tests="1" failures="0" errors="0">');
    const tooMany = runCli(['lint', join(dir, 'warn.md'), '--format', 'junit', '--max-warnings', '0']);
    expect(tooMany.code).toBe(1);
    expect(tooMany.stdout).toContain('<testsuites name="plan" tests="1" failures="1" errors="0">');
  });

  it('colours only when asked', () => {
    expect(runCli(['lint', 'examples/broken/bad-frontmatter.md']).stdout).not.toContain('\u001b[');
    expect(runCli(['lint', 'examples/broken/bad-frontmatter.md'], { env: { FORCE_COLOR: '1', NO_COLOR: undefined } }).stdout).toContain('\u001b[');
  });
});

describe('plan lint failures: one clear line, exit 2, other files still linted', () => {
  it('a missing path', () => {
    const run = runCli(['lint', 'no/such/plan.md', 'examples/accounts/acme-fy2027.md']);
    expect(run.stderr).toBe('plan: no/such/plan.md: no such file or folder\n');
    expect(run.code).toBe(2);
  });

  it('a folder with no plans', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'notes.md'), '# Notes\n');
    const run = runCli(['lint', dir]);
    expect(run.stderr).toMatch(/^plan: .*: no plans found/);
    expect(run.code).toBe(2);
  });

  it('an unreadable file, and the readable one is still linted', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'binary.md'), Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0x00, 0x01]));
    writeFileSync(join(dir, 'latin1.md'), Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0xe9, 0x0a]));
    const good = join(dir, 'good.md');
    writeFileSync(good, '---\nkind: account\n---\n');
    const run = runCli(['lint', join(dir, 'binary.md'), join(dir, 'latin1.md'), good, '--format', 'json']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('binary.md:2:1: looks like a binary file');
    expect(run.stderr).toContain('latin1.md:2:1: is not valid UTF-8 text');
    expect(JSON.parse(run.stdout)[0].messages.length).toBeGreaterThan(0);
  });

  it('broken YAML is a finding with its line (exit 1), not a crash', () => {
    const run = runCli(['lint', 'examples/broken/broken-yaml.md', '--format', 'json']);
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)[0].messages).toEqual([
      expect.objectContaining({ ruleId: 'frontmatter', line: 4, message: expect.stringContaining('not valid YAML') }),
    ]);
  });

  it('usage errors', () => {
    expect(runCli(['lint', '--format', 'nope', 'examples']).stderr).toMatch(/^plan: unknown format "nope" \(choose one of stylish, json, /);
    expect(runCli(['lint', '--max-warnings', 'x', 'examples']).code).toBe(2);
    expect(runCli(['lint', '--today', '2026-13-01', 'examples']).stderr).toContain('today must be a date');
    const unknown = runCli(['lnt']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("unknown command 'lnt'");
  });

  it('config errors name the file and key', () => {
    const dir = tmp();
    writeFileSync(join(dir, '.planrc.yaml'), 'rules:\n  goal-traces-opportunity: loud\n');
    writeFileSync(join(dir, 'p.md'), '---\nkind: account\nowner: A\nperiod: FY2027\n---\n');
    let run = runCli(['lint', 'p.md'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^plan: .*\.planrc\.yaml: rules\.goal-traces-opportunity: /);
    writeFileSync(join(dir, '.planrc.yaml'), 'fiscalYearStrat: 2\n');
    run = runCli(['lint', 'p.md'], { cwd: dir });
    expect(run.stderr).toMatch(/\.planrc\.yaml: fiscalYearStrat: unknown key; did you mean "fiscalYearStart"\?\n$/);
    writeFileSync(join(dir, '.planrc.yaml'), 'rules:\n  no-such-rule: error\n');
    expect(runCli(['lint', 'p.md'], { cwd: dir }).stderr).toContain('unknown rule "no-such-rule"');
    writeFileSync(join(dir, '.planrc.yaml'), 'rules: [\n');
    expect(runCli(['lint', 'p.md'], { cwd: dir }).stderr).toContain('not valid YAML');
    expect(runCli(['lint', 'p.md', '--config', 'missing.yaml'], { cwd: dir }).stderr).toBe('plan: missing.yaml: config file not found\n');
  });
});
