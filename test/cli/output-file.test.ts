import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runPlan } from '../helpers/cli.js';

describe('plan lint --format / -o', () => {
  const dir = mkdtempSync(join(tmpdir(), 'plan-output-'));
  writeFileSync(join(dir, 'acme.md'), '---\nkind: account\nowner: Dana\nperiod: FY2027\n---\n## Goals\n\n- grow\n');

  it('writes the report to -o FILE and nothing to stdout', () => {
    const run = runPlan(['lint', 'acme.md', '--format', 'sarif', '-o', 'report.sarif'], dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    const log = JSON.parse(readFileSync(join(dir, 'report.sarif'), 'utf8'));
    expect(log.version).toBe('2.1.0');
    expect(log.runs[0].results.length).toBeGreaterThan(0);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('prints GitHub annotations to stdout', () => {
    const run = runPlan(['lint', 'acme.md', '--format', 'github'], dir);
    expect(run.stdout).toMatch(/^::error file=acme\.md,line=\d+,col=\d+,/m);
  });

  it('fails in one line with exit 2 when the output folder does not exist', () => {
    const run = runPlan(['lint', 'acme.md', '--format', 'junit', '-o', 'missing/report.xml'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('plan: missing/report.xml: cannot write: its folder does not exist\n');
  });

  it('names the formats when given an unknown one', () => {
    const run = runPlan(['lint', 'acme.md', '--format', 'xml'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('choose one of stylish, json, sarif, github, junit, markdown');
  });
});
