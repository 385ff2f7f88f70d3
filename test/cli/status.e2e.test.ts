import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { micromark } from 'micromark';
import { gfmTable, gfmTableHtml } from 'micromark-extension-gfm-table';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/cli.js';

const ARGS = ['status', 'examples', '--ignore-pattern', 'examples/broken/**', '--today', '2027-05-15', '--actuals', 'examples/actuals/crm-export.csv'];
const status = (...extra: string[]) => runCli([...ARGS, ...extra]);

describe('plan status on examples/', () => {
  it('writes the checked-in JSON, valid against schemas/plan-status.schema.json', () => {
    const run = status('--format', 'json');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const expected = JSON.parse(readFileSync(join(ROOT, 'test/fixtures/status/examples-2027-05-15.json'), 'utf8'));
    const report = JSON.parse(run.stdout);
    expect(report).toEqual(expected);
    const schema = JSON.parse(readFileSync(join(ROOT, 'schemas/plan-status.schema.json'), 'utf8'));
    const validate = new Ajv({ strict: false }).compile(schema);
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
    // Tree order: the company plan, the team under it, the account plans under the team.
    expect([...new Set(report.goals.map((g: { plan: string }) => g.plan))]).toEqual([
      'company-fy2027',
      'emea-enterprise-fy2027',
      'acme-fy2027',
      'acme-fy2027-q1',
      'acme-fy2027-q2',
      'globex-fy2027',
      'hooli-fy2027',
      'stark-fy2027',
      'vandelay-fy2027',
    ]);
  });

  it('writes markdown that renders as one table, a row per goal', () => {
    const run = status('--format', 'markdown');
    expect(run.code).toBe(0);
    const html = micromark(run.stdout, { extensions: [gfmTable()], htmlExtensions: [gfmTableHtml()] });
    expect(html.match(/<table>/g)).toHaveLength(1);
    const rows = html.match(/<tr>[\s\S]*?<\/tr>/g)!;
    expect(rows).toHaveLength(20);
    for (const row of rows.slice(1)) expect(row.match(/<td>/g)).toHaveLength(10);
    expect(run.stdout).toContain('| company-fy2027 | G2 | Alex Kim | 25 | 3 (2027-05-02, rolled up) | 12% | 37% | behind (-25 pts) | at risk | 2027-12-31 |');
  });

  it('writes CSV a spreadsheet reads back, one row per goal', () => {
    const rows = parse(status('--format', 'csv').stdout, { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(19);
    expect(rows[0]).toMatchObject({
      plan: 'company-fy2027',
      goal: 'G1',
      actual: '43900000',
      actual_date: '2027-04-30',
      actual_source: 'csv',
      progress: '0.325',
      pace: 'on pace',
    });
  });

  it('prints plain text when piped, colour and bars on a terminal', () => {
    const plain = status().stdout;
    expect(plain).not.toMatch(/\u001b\[|█|░/);
    expect(plain).toContain(
      '  G2  12% of 37% expected  behind (-25 pts)  actual 3 (2027-05-02, rolled up) · target 25 · owner Alex Kim · status at risk · due 2027-12-31',
    );
    const tty = runCli(ARGS, { env: { FORCE_COLOR: '1', NO_COLOR: undefined } }).stdout;
    expect(tty).toContain('\u001b[');
    expect(tty).toContain('██░░░░░|░');
  });

  it('filters by --behind, --owner, --kind, --period and --plan', () => {
    const goals = (...extra: string[]) =>
      (JSON.parse(status('--format', 'json', ...extra).stdout).goals as { plan: string; id: string }[]).map((g) => `${g.plan}#${g.id}`);
    expect(goals('--behind')).toEqual(['company-fy2027#G2']);
    expect(goals('--owner', 'sam lee')).toEqual(['acme-fy2027-q2#G2']);
    expect(goals('--kind', 'team')).toEqual(['emea-enterprise-fy2027#G1', 'emea-enterprise-fy2027#G2', 'emea-enterprise-fy2027#G3']);
    expect(goals('--period', 'fy2027-q1')).toEqual(['acme-fy2027-q1#G1']);
    expect(goals('--plan', 'globex-fy2027')).toEqual(['globex-fy2027#G1', 'globex-fy2027#G2']);
  });

  it('exits 0 unless --fail-on-behind finds a goal behind pace', () => {
    expect(status().code).toBe(0);
    expect(status('--fail-on-behind').code).toBe(1);
    expect(status('--fail-on-behind', '--kind', 'account').code).toBe(0);
  });

  it('says which rows of an export cannot be read, on stderr, and still reports', () => {
    const run = runCli(['status', 'examples/company-fy2027.md', '--today', '2027-05-15', '--actuals', 'test/fixtures/status/bad-rows.csv', '--format', 'json']);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe(
      'plan: warning: test/fixtures/status/bad-rows.csv:3: This row\'s value "lots" is not a number for G2: write it as the goal\'s target is written, such as "25" (actuals-row)\n',
    );
    expect(JSON.parse(run.stdout).goals[0].actual).toMatchObject({ value: 44_000_000, line: 2 });
  });

  it('refuses an unknown format with exit 2', () => {
    const run = status('--format', 'html');
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('plan: unknown format "html" (choose one of text, markdown, json, csv)\n');
  });
});

describe('plan lint with actuals', () => {
  it("reports a CSV row it cannot read at the CSV file's line", () => {
    const run = runCli(['lint', 'examples/company-fy2027.md', '--today', '2027-05-15', '--actuals', 'test/fixtures/status/bad-rows.csv', '--format', 'json']);
    const results = JSON.parse(run.stdout) as { filePath: string; messages: { ruleId: string; line: number; message: string }[] }[];
    const csv = results.find((r) => r.filePath === join(ROOT, 'test/fixtures/status/bad-rows.csv'));
    expect(csv?.messages.map((m) => [m.ruleId, m.line])).toEqual([['actuals-row', 3]]);
    expect(run.code).toBe(1);
  });
});

describe('readings in plan review and plan init --from', () => {
  it("plan review pre-fills each goal's result and score from its readings; the why stays the writer's", () => {
    const run = runCli(['review', 'examples/accounts/acme-fy2027.md', '--today', '2028-01-10', '--actuals', 'examples/actuals/crm-export.csv', '--stdout']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      '- **G1** Partially met — TODO: why.\n  - Score: 0.3 ($2.18M on 2027-04-30, target $2.6M)\n  - Lesson: TODO\n- **G2** TODO: Met | Missed | Partially met — why.',
    );
  });

  it("plan init --from carries each open goal's latest reading as its baseline", () => {
    const run = runCli([
      'init',
      '--from',
      'examples/accounts/acme-fy2027.md',
      '--period',
      'FY2027-Q3',
      '--today',
      '2027-05-15',
      '--actuals',
      'examples/actuals/crm-export.csv',
      '--stdout',
    ]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('  - Baseline: $2.18M (latest reading, 2027-04-30)\n');
    // Without a reading on or before the day, no baseline is made up.
    expect(runCli(['init', '--from', 'examples/accounts/acme-fy2027.md', '--period', 'FY2027-Q3', '--today', '2027-03-01', '--stdout']).stdout).not.toContain(
      'Baseline:',
    );
  });
});

describe('a CSV export that cannot be opened', () => {
  it('fails the run with exit 2 and one line naming it', () => {
    for (const command of ['status', 'lint']) {
      const run = runCli([command, 'examples/company-fy2027.md', '--today', '2027-05-15', '--actuals', 'no-such-export.csv']);
      expect(run.code, command).toBe(2);
      expect(run.stderr, command).toContain('plan: no-such-export.csv: cannot be read as actuals: no such file\n');
    }
  });
});
