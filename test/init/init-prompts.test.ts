import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Io } from '../../src/cli/io.js';
import { runCli } from '../helpers/run-cli.js';
import { KEY, scriptedTerminal } from '../helpers/scripted-terminal.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'plan-init-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const run = (args: string[], extra: Partial<Io> = {}) => runCli(dir, args, extra);

describe('plan init on a terminal', () => {
  it('asks for the missing fields: kind from a list, a validated period, owner, title, parent from the plans it finds', async () => {
    mkdirSync(join(dir, 'plans'));
    writeFileSync(join(dir, 'plans/emea-fy2027.md'), '---\nid: emea-fy2027\ntitle: EMEA FY2027\nkind: region\nowner: Ana\nperiod: FY2027\n---\n');
    writeFileSync(join(dir, 'plans/notes.md'), '# not a plan\n');
    writeFileSync(join(dir, 'plans/acme-fy2027.md'), '---\nkind: account\nowner: Dana\nperiod: FY2027\n---\n');
    writeFileSync(join(dir, 'plans/emea-fy2026.md'), '---\nkind: region\nowner: Ana\nperiod: FY2026\n---\n');
    const script = scriptedTerminal([
      { when: 'Kind of plan', keys: KEY.up + KEY.up + KEY.enter }, // from account: territory, team
      { when: 'Period', keys: `Q1 2027${KEY.enter}` },
      { when: 'Write a year or a quarter', keys: `${'\x7f'.repeat(7)}fy2027-q2${KEY.enter}` },
      { when: 'Owner', keys: `Dana Reyes${KEY.enter}` },
      { when: 'Title', keys: KEY.enter },
      { when: 'Parent plan', keys: KEY.enter },
    ]);
    const result = await run(['init', 'plans/nordics-q2.md'], { terminal: script.terminal });
    expect(script.unused()).toEqual([]);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const text = readFileSync(join(dir, 'plans/nordics-q2.md'), 'utf8');
    expect(text).toMatch(
      /^---\nid: nordics-q2\ntitle: Team plan FY2027-Q2\nkind: team\nowner: Dana Reyes\nperiod: FY2027-Q2\nparent: emea-fy2027\nstatus: draft\n---\n/,
    );
    // A team plan is offered only wider plans: the region plan holding its period first, then last year's region; not the account plan.
    const offered = [...script.screen().matchAll(/^\W*((?:acme|emea)-fy\d{4})\b/gm)].map((m) => m[1]);
    expect([...new Set(offered)]).toEqual(['emea-fy2027', 'emea-fy2026']);
    expect(script.screen()).not.toContain('notes');
  });

  it('asks only for what the command line left out', async () => {
    const script = scriptedTerminal([
      { when: 'Owner', keys: `Sam Lee${KEY.enter}` },
      { when: 'Title', keys: `ACME${KEY.enter}` },
    ]);
    const result = await run(['init', 'acme.md', '--kind', 'account', '--period', '2027'], { terminal: script.terminal });
    expect(result.code).toBe(0);
    expect(script.screen()).not.toMatch(/Kind of plan|Period|Parent/);
    expect(readFileSync(join(dir, 'acme.md'), 'utf8')).toContain("owner: Sam Lee\nperiod: '2027'");
  });

  it('asks which quarter to plan from a yearly plan', async () => {
    await run(['init', 'acme-fy2027.md', '--kind', 'account', '--period', 'FY2027', '--owner', 'Dana', '--yes']);
    const script = scriptedTerminal([{ when: 'Quarter to plan', keys: KEY.down + KEY.down + KEY.enter }]);
    const result = await run(['init', '--from', 'acme-fy2027.md'], { terminal: script.terminal });
    expect(result.code).toBe(0);
    expect(readFileSync(join(dir, 'acme-fy2027-q3.md'), 'utf8')).toContain('period: FY2027-Q3\nparent: acme-fy2027\n');
  });

  it('Ctrl+C at a question writes nothing: one line, exit 2', async () => {
    const script = scriptedTerminal([{ when: 'Owner', keys: '\x03' }]);
    const result = await run(['init', 'acme.md', '--kind', 'account', '--period', '2027'], { terminal: script.terminal });
    expect(result).toMatchObject({ code: 2, stderr: 'plan: cancelled: nothing was written\n' });
    expect(() => readFileSync(join(dir, 'acme.md'))).toThrow();
  });

  it('--yes asks nothing: missing fields are one error', async () => {
    const script = scriptedTerminal([]);
    const result = await run(['init', 'acme.md', '--yes', '--kind', 'account'], { terminal: script.terminal });
    expect(result).toMatchObject({ code: 2, stdout: '' });
    expect(result.stderr).toMatch(/^plan: init needs --period, --owner \(--yes asks nothing\)/);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(script.screen()).toBe('');
  });
});
