import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'plan-init-e2e-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** The CLI as a script or CI sees it: no terminal to ask questions on. */
const plan = (...args: string[]) => runCli(dir, args, { env: { PLAN_TODAY: '2027-04-02' } });

const ACCOUNT = ['--kind', 'account', '--period', 'FY2027-Q1', '--owner', 'Dana Reyes', '--title', 'ACME FY2027-Q1'];

describe('plan init (no terminal)', () => {
  it('writes the plan, creating parent folders; lint then lists only its placeholders', async () => {
    const result = await plan('init', 'plans/acme/acme-fy2027-q1.md', ...ACCOUNT, '--parent', 'acme-fy2027');
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toBe('Wrote plans/acme/acme-fy2027-q1.md: replace its TODOs, then run "plan lint plans/acme/acme-fy2027-q1.md"\n');
    const text = readFileSync(join(dir, 'plans/acme/acme-fy2027-q1.md'), 'utf8');
    expect(text).toContain('parent: acme-fy2027\n');
    const lint = await plan('lint', 'plans', '--format', 'json');
    const findings = JSON.parse(lint.stdout)[0].messages as { ruleId: string; message: string }[];
    const placeholders = findings.filter((d) => d.ruleId === 'empty-section');
    expect(placeholders.length).toBe(10);
    expect(placeholders.every((d) => d.message.includes('placeholders'))).toBe(true);
    // The repo rules see what else a fresh quarter plan lacks: its parent is not in this folder, and Q1 ended before PLAN_TODAY.
    expect(
      findings
        .filter((d) => d.ruleId !== 'empty-section')
        .map((d) => d.ruleId)
        .sort(),
    ).toEqual(['review-required', 'unresolved-reference']);
  });

  it('adds .md to a file name without it, so that lint finds the plan', async () => {
    const result = await plan('init', 'plans/globex', ...ACCOUNT);
    expect(result).toMatchObject({ code: 0, stderr: '', stdout: 'Wrote plans/globex.md: replace its TODOs, then run "plan lint plans/globex.md"\n' });
    expect(readFileSync(join(dir, 'plans/globex.md'), 'utf8')).toMatch(/^---\nid: globex\n/);
    expect(() => statSync(join(dir, 'plans/globex'))).toThrow();
    expect((await plan('init', 'plans/initech.MD', ...ACCOUNT)).stdout).toContain('Wrote plans/initech.MD:');
  });

  it('with fields missing and no terminal: one clear error, exit 2, nothing written, no hang', async () => {
    const result = await plan('init', 'acme.md', '--kind', 'account');
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'plan: init needs --period, --owner (no terminal to ask on), e.g. plan init acme.md --kind account --period FY2027 --owner "Dana Reyes"\n',
    );
    expect(() => statSync(join(dir, 'acme.md'))).toThrow();
  });

  it('never overwrites without --force; --force replaces the file and keeps its mode', async () => {
    writeFileSync(join(dir, 'acme.md'), 'my own words\n');
    chmodSync(join(dir, 'acme.md'), 0o640);
    const refused = await plan('init', 'acme.md', ...ACCOUNT);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe('plan: acme.md: already exists (use --force to replace it, or --stdout to print the plan)\n');
    expect(readFileSync(join(dir, 'acme.md'), 'utf8')).toBe('my own words\n');
    expect((await plan('init', 'acme.md', ...ACCOUNT, '--force')).code).toBe(0);
    expect(readFileSync(join(dir, 'acme.md'), 'utf8')).toContain('title: ACME FY2027-Q1');
    expect(statSync(join(dir, 'acme.md')).mode & 0o777).toBe(0o640);
  });

  it('--stdout prints the plan and writes nothing', async () => {
    const result = await plan('init', 'acme.md', ...ACCOUNT, '--stdout');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^---\nid: acme\ntitle: ACME FY2027-Q1\n/);
    expect(() => statSync(join(dir, 'acme.md'))).toThrow();
  });

  it('rejects a bad kind or period in one line', async () => {
    expect((await plan('init', 'a.md', '--kind', 'acount')).stderr).toBe(
      'plan: --kind must be one of company, region, team, territory, account, not "acount"\n',
    );
    expect((await plan('init', 'a.md', '--period', 'Q5')).stderr).toMatch(/^plan: --period must be a year or a quarter/);
  });

  it('--from a yearly plan without --period names the quarters to choose from', async () => {
    await plan('init', 'acme-fy2027.md', '--kind', 'account', '--period', 'FY2027', '--owner', 'Dana');
    const result = await plan('init', '--from', 'acme-fy2027.md');
    expect(result).toMatchObject({ code: 2, stdout: '' });
    expect(result.stderr).toBe(
      'plan: acme-fy2027.md: covers FY2027: give the quarter to plan with --period, one of FY2027-Q1, FY2027-Q2, FY2027-Q3, FY2027-Q4\n',
    );
    expect((await plan('init', '--from', 'acme-fy2027.md', '--period', 'FY2027-Q1')).stdout).toContain('Wrote acme-fy2027-q1.md');
    expect((await plan('init', '--from', 'acme-fy2027-q1.md')).stdout).toContain('Wrote acme-fy2027-q2.md');
    expect((await plan('init', '--from', 'missing.md')).stderr).toBe('plan: missing.md: cannot read: no such file\n');
  });

  it("--from a file whose name lacks the period: the new plan's id and title swap the source's period", async () => {
    await plan('init', 'q1.md', '--kind', 'account', '--period', 'FY2027-Q1', '--owner', 'Dana', '--title', 'ACME — FY2027 Q1');
    const source = readFileSync(join(dir, 'q1.md'), 'utf8').replace(/^id: .*$/m, 'id: acme-fy2027-q1');
    writeFileSync(join(dir, 'q1.md'), source);
    const carried = (await plan('init', '--from', 'q1.md', '--stdout')).stdout;
    expect(carried).toContain('\nid: acme-fy2027-q2\n');
    expect(carried).toContain('\ntitle: ACME — FY2027 Q2\n');
  });

  it('uses the organization templates folder named in the config', async () => {
    writeFileSync(join(dir, '.planrc.yaml'), 'templates: our-templates\n');
    const missing = await plan('init', 'a.md', ...ACCOUNT);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/our-templates: templates folder not found/);
    mkdirSync(join(dir, 'our-templates'));
    writeFileSync(join(dir, 'our-templates/plan.md'), '---\nkind: {{kind}}\nowner: {{owner}}\nperiod: {{period}}\n---\n\n# {{title}} by {{periodEnd}}\n');
    expect((await plan('init', 'a.md', ...ACCOUNT)).code).toBe(0);
    expect(readFileSync(join(dir, 'a.md'), 'utf8')).toBe('---\nkind: account\nowner: Dana Reyes\nperiod: FY2027-Q1\n---\n\n# ACME FY2027-Q1 by 2027-03-31\n');
    writeFileSync(join(dir, 'our-templates/plan.md'), '# {{title}}\n\n{{budget}}\n');
    expect((await plan('init', 'b.md', ...ACCOUNT)).stderr).toMatch(/our-templates\/plan\.md:3: unknown variable \{\{budget\}\}/);
  });
});

describe('plan review', () => {
  const plain =
    '---\nkind: account\nowner: Dana\nperiod: FY2027-Q1\n---\n\n## Goals\n\n- **G1** Grow ARR from $2.0M to $2.2M by 2027-03-31.\n- **G2** Win 2 sponsors by 2027-03-31.';

  it('appends a Review with one placeholder result per goal, keeping every byte, the BOM and CRLF line breaks', async () => {
    const original = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(plain.replace(/\n/g, '\r\n'), 'utf8')]);
    writeFileSync(join(dir, 'q1.md'), original);
    const result = await plan('review', 'q1.md');
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toMatch(/^Added a Review to q1\.md with 2 goals to assess/);
    const after = readFileSync(join(dir, 'q1.md'));
    expect(after.subarray(0, original.length).equals(original)).toBe(true);
    const appended = after.subarray(original.length).toString('utf8');
    expect(appended).toBe(
      '\r\n\r\n## Review\r\n\r\n<!-- For each goal: Met, Missed or Partially met, then why; and the lesson the team keeps.\r\n' +
        '     G1: Grow ARR from $2.0M to $2.2M by 2027-03-31.\r\n     G2: Win 2 sponsors by 2027-03-31. -->\r\n\r\n' +
        '- **G1** TODO: Met | Missed | Partially met — why.\r\n  - Lesson: TODO\r\n- **G2** TODO: Met | Missed | Partially met — why.\r\n  - Lesson: TODO\r\n',
    );
  });

  it('refuses where a Review exists, and before the period has ended', async () => {
    writeFileSync(join(dir, 'q1.md'), `${plain}\n\n## Review\n\n- **G1** Met — done.\n`);
    const again = await plan('review', 'q1.md');
    expect(again.code).toBe(2);
    expect(again.stderr).toBe('plan: q1.md: already has a review ("## Review" on line 12); nothing was changed\n');
    writeFileSync(join(dir, 'q2.md'), plain.replace('FY2027-Q1', 'FY2027-Q2'));
    const early = await plan('review', 'q2.md');
    expect(early.code).toBe(2);
    expect(early.stderr).toBe(
      'plan: q2.md: FY2027-Q2 runs until 2027-06-30: a plan is reviewed once its period has ended or its status is closed (--early writes the review now)\n',
    );
    expect(readFileSync(join(dir, 'q2.md'), 'utf8')).toBe(plain.replace('FY2027-Q1', 'FY2027-Q2'));
    expect((await plan('review', 'q2.md', '--early')).code).toBe(0);
  });
});

describe('plan init as a separate process without a terminal', () => {
  it('fails at once with exit 2 when fields are missing, instead of waiting for input', async () => {
    const { spawnSync } = await import('node:child_process');
    const result = spawnSync(process.execPath, [join(process.cwd(), 'bin/plan.cjs'), 'init', 'acme.md'], {
      cwd: dir,
      encoding: 'utf8',
      stdio: ['pipe', 'pipe', 'pipe'],
      timeout: 60_000,
    });
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(
      'plan: init needs --kind, --period, --owner (no terminal to ask on), e.g. plan init acme.md --kind account --period FY2027 --owner "Dana Reyes"\n',
    );
  });
});
