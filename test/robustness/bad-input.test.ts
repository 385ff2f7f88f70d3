import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { lintText } from '../../src/index.js';
import { resolveConfig } from '../../src/config/resolve.js';
import { buildPlan } from '../../src/model/build.js';
import { InputError } from '../../src/parse/source.js';
import { MAX_NESTING } from '../../src/parse/limits.js';
import { BIN, runCli } from '../helpers/cli.js';
import { aliasBomb, CLEAN, FRONT_MATTER, runMain, symlinkLoop, tempDir, unreadable, write } from './hostile.js';

const config = resolveConfig({}, process.cwd());

interface JsonMessage {
  ruleId: string;
  line: number;
  column: number;
  message: string;
}

/** Lints one file through the CLI (in process) and returns the exit code, stderr and its findings. */
async function lintOne(name: string, content: string | Uint8Array) {
  const dir = tempDir();
  write(dir, name, content);
  const run = await runMain(['lint', '-f', 'json', '--', name], dir);
  const results = run.stdout ? (JSON.parse(run.stdout) as { messages: JsonMessage[] }[]) : [];
  return { ...run, messages: results[0]?.messages ?? [] };
}

const frontMatterFindings = (messages: JsonMessage[]) => messages.filter((m) => m.ruleId === 'frontmatter').map((m) => `${m.line}:${m.column} ${m.message}`);

describe('front matter that is missing or broken is one finding at its line', () => {
  it('an empty file has no front matter (line 1)', async () => {
    const run = await lintOne('empty.md', '');
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
    expect(frontMatterFindings(run.messages)).toEqual(['1:1 Plan has no front matter: start the file with a "---" block giving kind, owner and period']);
  });

  it('a plan without front matter', async () => {
    const run = await lintOne('plain.md', CLEAN.replace(/^---[\s\S]*?---\n/, ''));
    expect(run.code).toBe(1);
    expect(frontMatterFindings(run.messages)).toEqual(['1:1 Plan has no front matter: start the file with a "---" block giving kind, owner and period']);
  });

  it('front matter that is never closed', async () => {
    const run = await lintOne('open.md', CLEAN.replace(/\n---\n/, '\n\n'));
    expect(run.code).toBe(1);
    expect(frontMatterFindings(run.messages)).toEqual(['1:1 Front matter is not closed: add a line "---" after its last key']);
  });

  it('broken YAML names the line and column js-yaml gives', async () => {
    const run = await lintOne('broken.md', '---\nkind: [account\nowner: Dana\n---\n');
    expect(run.code).toBe(1);
    expect(frontMatterFindings(run.messages)).toEqual(['3:1 Front matter is not valid YAML: missed comma between flow collection entries']);
  });

  it.each([
    ['a list', '---\n- kind\n- account\n---\n'],
    ['a scalar', '---\njust some words\n---\n'],
    ['a number', '---\n42\n---\n'],
  ])('YAML that is %s is not a mapping', async (_, text) => {
    const run = await lintOne('shape.md', text);
    expect(run.code).toBe(1);
    expect(frontMatterFindings(run.messages)).toEqual(['2:1 Front matter must be a mapping of keys such as "kind: account", not a list or a single value']);
  });

  it('duplicate keys are a YAML error at the second key', async () => {
    const run = await lintOne('dup.md', '---\nkind: account\nkind: team\nowner: Dana\nperiod: FY2027\n---\n');
    expect(frontMatterFindings(run.messages)).toEqual(['3:1 Front matter is not valid YAML: duplicated mapping key']);
  });
});

describe('front matter cannot reach the prototype chain', () => {
  const hostile = `---\n__proto__:\n  polluted: yes\nconstructor:\n  prototype:\n    polluted: yes\nprototype:\n  polluted: yes\nkind: account\nowner: Dana Reyes\nperiod: FY2027\n---\n`;

  it('keeps __proto__, constructor and prototype as plain own keys and pollutes nothing', async () => {
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    const plan = buildPlan(hostile, 'proto.md');
    expect(Object.getPrototypeOf(plan.frontMatter.data)).toBe(Object.prototype);
    expect(Object.getOwnPropertyNames(plan.frontMatter.data)).toEqual(['__proto__', 'constructor', 'prototype', 'kind', 'owner', 'period']);
    expect(plan.kind).toBe('account');
    const run = await lintOne('proto.md', hostile);
    expect(frontMatterFindings(run.messages)).toEqual([]);
    lintText(hostile, { config, today: '2026-11-25' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
  });

  it('a config with __proto__ is refused, not a prototype', async () => {
    const dir = tempDir();
    write(dir, '.planrc.json', '{"__proto__": {"polluted": true}}');
    write(dir, 'a.md', CLEAN);
    const run = await runMain(['lint', 'a.md'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`plan: ${join(dir, '.planrc.json')}: __proto__: "__proto__" is not allowed as a key\n`);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it.each(['__proto__', 'constructor', 'prototype'])('%s under rules, headingAliases or requiredSections is refused alike (YAML and JSON)', async (key) => {
    const dir = tempDir();
    write(dir, 'a.md', CLEAN);
    for (const [name, text, path] of [
      ['.planrc.yaml', `rules:\n  ${key}: error\n`, `rules.${key}`],
      ['.planrc.yaml', `headingAliases:\n  ${key}: [Foo]\n`, `headingAliases.${key}`],
      ['.planrc.yaml', `requiredSections:\n  ${key}: [goals]\n`, `requiredSections.${key}`],
      ['.planrc.json', `{"overrides": [{"files": ["*.md"], "rules": {"${key}": "off"}}]}`, `overrides.0.rules.${key}`],
    ] as const) {
      const file = write(dir, name, text);
      const run = await runMain(['lint', 'a.md'], dir);
      expect(run.stderr).toBe(`plan: ${file}: ${path}: "${key}" is not allowed as a key\n`);
      expect(run.code).toBe(2);
      rmSync(file);
    }
  });
});

describe('YAML anchors and aliases are not expanded', () => {
  it('a billion-laughs alias bomb is linted without expanding it', async () => {
    const plan = buildPlan(aliasBomb(), 'bomb.md');
    // Aliases stay shared references: nine entries at every level, not 9^12 strings.
    expect((plan.frontMatter.data.l as unknown[]).length).toBe(9);
    expect(plan.owner).toBe('Dana Reyes');
    const run = await lintOne('bomb.md', aliasBomb());
    expect(run.code).toBe(1);
    expect(frontMatterFindings(run.messages)).toEqual([]);
  });
});

describe('bytes that are not a plan are one line on stderr, exit 2, and the other files are still linted', () => {
  const cases: [string, string | Uint8Array, string][] = [
    ['binary.md', Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x00, 0xff, 0xfe]), 'binary.md:1:7: looks like a binary file (it contains a NUL byte)'],
    ['nul.md', `${FRONT_MATTER}\n## Goals\n\n- G1 a\0b\n`, 'nul.md:9:7: looks like a binary file (it contains a NUL byte)'],
    [
      'latin1.md',
      Buffer.concat([Buffer.from(`${FRONT_MATTER}\n## Goals\n\n- G1 Caf`), Buffer.from([0xe9, 0x0a])]),
      'latin1.md:9:9: is not valid UTF-8 text (save it as UTF-8)',
    ],
    ['utf16-broken.md', Buffer.from([0xff, 0xfe, 0x00, 0xd8]), 'utf16-broken.md: starts with a UTF-16 byte order mark but is not valid UTF-16LE text'],
    [
      'deep-list.md',
      `${FRONT_MATTER}\n## Goals\n\n${'- '.repeat(10_000)}x\n`,
      'deep-list.md:9:1: nests lists or block quotes 10000 deep; plan reads at most 32 levels',
    ],
    [
      'deep-quote.md',
      `${FRONT_MATTER}\n## Goals\n\n${'>'.repeat(10_000)} x\n`,
      'deep-quote.md:9:1: nests lists or block quotes 10000 deep; plan reads at most 32 levels',
    ],
    [
      'deep-ordered.md',
      `${FRONT_MATTER}\n## Goals\n\n${'1. '.repeat(10_000)}x\n`,
      'deep-ordered.md:9:1: nests lists or block quotes 10000 deep; plan reads at most 32 levels',
    ],
  ];

  it.each(cases)('%s', async (name, content, message) => {
    const dir = tempDir();
    write(dir, name, content);
    write(dir, 'good.md', CLEAN);
    const run = await runMain(['lint', '-f', 'json', name, 'good.md'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`plan: ${message}\n`);
    const results = JSON.parse(run.stdout) as { filePath: string; errorCount: number }[];
    expect(results.map((r) => [r.filePath, r.errorCount])).toEqual([[join(dir, 'good.md'), 0]]);
  });

  it('a path that does not exist', async () => {
    const dir = tempDir();
    write(dir, 'good.md', CLEAN);
    const run = await runMain(['lint', 'missing.md', 'good.md'], dir);
    expect(run).toEqual({ code: 2, stdout: '', stderr: 'plan: missing.md: no such file or folder\n' });
  });
});

describe('encodings and line endings are read, and positions stay right', () => {
  // Goal G1 without its Opportunities field: the same findings, on the same lines, whatever the bytes look like.
  const text = CLEAN.replace('  - Opportunities: O1, O2\n', '');
  const goalLine = text.split('\n').findIndex((l) => l.startsWith('- **G1**')) + 1;
  const findings = (messages: JsonMessage[]) => messages.map((m) => `${m.line}:${m.column} ${m.ruleId}`);
  let expected: string[];

  it('the plain UTF-8 LF version reports goal G1 at its line', async () => {
    const run = await lintOne('plan.md', text);
    expected = findings(run.messages);
    expect(expected).toContain(`${goalLine}:1 goal-traces-opportunity`);
    expect(run.code).toBe(1);
  });

  it.each([
    ['UTF-16 LE with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])],
    ['UTF-16 BE with BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()])],
    ['UTF-8 BOM and CRLF', `\uFEFF${text.replace(/\n/g, '\r\n')}`],
    ['CR-only line endings', text.replace(/\n/g, '\r')],
    ['CRLF', text.replace(/\n/g, '\r\n')],
  ])('%s gives the same findings at the same places', async (_, content) => {
    const run = await lintOne('plan.md', content);
    expect(run.stderr).toBe('');
    expect(findings(run.messages)).toEqual(expected);
    expect(run.code).toBe(1);
  });

  it('the clean plan is clean (the cases above differ from it by one field)', async () => {
    const run = await lintOne('plan.md', CLEAN);
    expect(run.messages).toEqual([]);
    expect(run.code).toBe(0);
  });
});

describe('size', () => {
  it('a file over the limit is refused before it is read, with the limit in the message', async () => {
    const dir = tempDir();
    write(dir, 'big.md', `${CLEAN}\n${'Lorem ipsum dolor sit amet.\n'.repeat((20 * 1024 * 1024) / 28 + 1)}`);
    write(dir, 'good.md', CLEAN);
    const run = await runMain(['lint', 'big.md', 'good.md'], dir);
    expect(run).toEqual({
      code: 2,
      stdout: '',
      stderr: 'plan: big.md: is 20 MB, over the 2 MB limit for a plan (raise "maxFileSize" in .planrc to read it)\n',
    });
  });

  it('the limit is configurable', async () => {
    const dir = tempDir();
    write(dir, 'plan.md', CLEAN);
    write(dir, '.planrc.yaml', 'maxFileSize: 1KB\n');
    expect((await runMain(['lint', 'plan.md'], dir)).stderr).toMatch(
      /^plan: plan\.md: is [\d.]+ KB, over the 1 KB limit for a plan \(raise "maxFileSize" in \.planrc to read it\)\n$/,
    );
    write(dir, '.planrc.yaml', 'maxFileSize: 64KB\n');
    expect(await runMain(['lint', 'plan.md'], dir)).toEqual({ code: 0, stdout: '', stderr: '' });
    write(dir, '.planrc.yaml', 'maxFileSize: 0\n');
    expect((await runMain(['lint', 'plan.md'], dir)).stderr).toBe(`plan: ${join(dir, '.planrc.yaml')}: maxFileSize: Too small: expected number to be >0\n`);
    write(dir, '.planrc.yaml', 'maxFileSize: lots\n');
    expect((await runMain(['lint', 'plan.md'], dir)).stderr).toBe(
      `plan: ${join(dir, '.planrc.yaml')}: maxFileSize: must be a size such as 20MB, 512KB or a whole number of bytes above 0\n`,
    );
  });

  it('a 1 MB single line is linted', async () => {
    const run = await lintOne('long.md', CLEAN.replace('Grow ACME EMEA ARR', `Grow ACME EMEA ARR ${'steadily '.repeat(116_000)}`));
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
  });

  it(`lists nested ${MAX_NESTING} deep by indentation are read (no recursion overflows); 200 deep are refused at the line past ${MAX_NESTING}`, async () => {
    const nested = (depth: number) => Array.from({ length: depth }, (_, i) => `${'  '.repeat(i)}- level ${i}`).join('\n');
    const ok = await lintOne('nested.md', CLEAN.replace('## Resources\n', `## Resources\n\n${nested(MAX_NESTING)}\n`));
    expect(ok.stderr).toBe('');
    expect(ok.code).toBe(0);
    const deep = await lintOne(
      'deep.md',
      `${FRONT_MATTER}\n## Resources\n\n${Array.from({ length: 200 }, (_, i) => `${' '.repeat(i * 2)}- level ${i}`).join('\n')}\n`,
    );
    expect(deep.stderr).toBe(
      `plan: deep.md:${9 + MAX_NESTING}:1: nests lists or block quotes ${MAX_NESTING + 1} deep; plan reads at most ${MAX_NESTING} levels\n`,
    );
    expect(deep.code).toBe(2);
  });

  it(`${MAX_NESTING} nested quotes on a line are still read; ${MAX_NESTING + 1} are refused`, async () => {
    const ok = await lintOne('ok.md', CLEAN.replace('## Resources\n', `## Resources\n\n${'> '.repeat(MAX_NESTING)}deep\n`));
    expect(ok.stderr).toBe('');
    const refused = await lintOne('no.md', CLEAN.replace('## Resources\n', `## Resources\n\n${'> '.repeat(MAX_NESTING + 1)}deep\n`));
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(
      new RegExp(`^plan: no\\.md:\\d+:1: nests lists or block quotes ${MAX_NESTING + 1} deep; plan reads at most ${MAX_NESTING} levels\n$`),
    );
  });

  it('50,000 items are refused before parsing, at the first list line past the limit; the limit is configurable', async () => {
    const items = Array.from({ length: 50_000 }, (_, i) => `- **G${i + 1}** Grow ARR ${i}%.`).join('\n');
    const text = `${FRONT_MATTER}\n## Goals\n\n${items}\n`;
    const run = await lintOne('many.md', text);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('plan: many.md:1009:1: has more than 1000 list items; plan reads at most that many (raise "maxListItems" in .planrc to read it)\n');
    expect(() => lintText(text, { config, today: '2026-11-25' })).toThrow(InputError);
    const few = `${FRONT_MATTER}\n## Goals\n\n${items.split('\n').slice(0, 6).join('\n')}\n`;
    expect(lintText(few, { config: resolveConfig({ maxListItems: 6 }, process.cwd()), today: '2026-11-25' }).diagnostics.length).toBeGreaterThan(0);
    expect(() => lintText(few, { config: resolveConfig({ maxListItems: 5 }, process.cwd()), today: '2026-11-25' })).toThrow('has more than 5 list items');
  });
});

describe('file system hazards', () => {
  it('a folder whose links loop back is walked once', async () => {
    const dir = tempDir();
    symlinkLoop(dir);
    const run = await runMain(['lint', '-f', 'json', 'plans'], dir);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as { filePath: string }[]).map((r) => r.filePath)).toEqual([join(dir, 'plans', 'team', 'acme.md')]);
  });

  it('files named like options are plans after "--" or with a path, and options otherwise', async () => {
    const dir = tempDir();
    write(dir, '-rf.md', CLEAN);
    // Another id, or the two would be duplicate-plan-id findings.
    write(dir, '--help.md', CLEAN.replace('id: acme-fy2027', 'id: acme-help'));
    const run = await runMain(['lint', '-f', 'json', '--', '-rf.md', '--help.md'], dir);
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as { filePath: string }[]).map((r) => r.filePath)).toEqual([join(dir, '-rf.md'), join(dir, '--help.md')]);
    expect((await runMain(['lint', './-rf.md'], dir)).code).toBe(0);
    const walked = await runMain(['lint', '-f', 'json', '.'], dir);
    expect((JSON.parse(walked.stdout) as unknown[]).length).toBe(2);
    const asOption = await runMain(['lint', '-rf.md'], dir);
    expect(asOption.code).toBe(2);
    expect(asOption.stderr).toBe("plan: unknown option '-rf.md'\n");
  });

  // Root reads anything: it runs the real binary as root without the capabilities that let root ignore modes, so no
  // other user has to reach the clone (a clone under a mode-700 folder, as mktemp -d makes, works the same).
  const asRoot = process.getuid?.() === 0;
  const setpriv = !asRoot || spawnSync('setpriv', ['--version']).status === 0;
  if (!setpriv) console.log('bad-input.test.ts: the EACCES case is skipped: running as root without setpriv, no file can be made unreadable');
  it.skipIf(!setpriv)('an unreadable file (EACCES) is one line and the others are still linted', () => {
    const dir = tempDir();
    unreadable(dir, 'secret.md');
    write(dir, 'good.md', CLEAN);
    const command = asRoot
      ? ['setpriv', '--bounding-set=-dac_override,-dac_read_search', '--inh-caps=-all', '--', process.execPath, BIN]
      : [process.execPath, BIN];
    const run = spawnSync(command[0]!, [...command.slice(1), 'lint', '-f', 'json', 'secret.md', 'good.md'], {
      cwd: dir,
      encoding: 'utf8',
      env: { PATH: process.env.PATH, PLAN_TODAY: '2026-11-25', NO_COLOR: '1' },
    });
    expect(run.stderr).toBe('plan: secret.md: cannot read: permission denied\n');
    expect(run.status).toBe(2);
    expect((JSON.parse(run.stdout) as { filePath: string }[]).map((r) => r.filePath)).toEqual([join(dir, 'good.md')]);
  });
});

describe('config files with unknown keys or wrong types', () => {
  it.each([
    ['.planrc.yaml', 'colour: red\n', 'colour: unknown key'],
    ['.planrc.yaml', 'fiscalYearStart: [1]\n', 'fiscalYearStart: Invalid input'],
    [
      '.planrc.yaml',
      'rules:\n  frontmatter: loud\n',
      'rules.frontmatter: "loud" is not a severity: use off, warn or error (or 0, 1, 2), alone or as [severity, { options }]',
    ],
    ['.planrc.yaml', 'rules:\n  no-such-rule: error\n', 'rules.no-such-rule: unknown rule "no-such-rule" (run "plan rules" for the list)'],
    ['.planrc.yaml', '- a\n- b\n', 'Invalid input: expected object, received array'],
    ['.planrc.yaml', 'rules: [\n', 'not valid YAML: unexpected end of the stream within a flow collection'],
    ['.planrc.json', '{"rules": ', 'not valid JSON: Unexpected end of JSON input'],
  ])('%s with %j', async (name, content, message) => {
    const dir = tempDir();
    write(dir, name, content);
    write(dir, 'plan.md', CLEAN);
    const run = await runMain(['lint', 'plan.md'], dir);
    const where = /not valid YAML/.test(message) ? ':2:1' : '';
    expect(run).toEqual({ code: 2, stdout: '', stderr: `plan: ${join(dir, name)}${where}: ${message}\n` });
  });
});

describe('the real binary', () => {
  let dir: string;
  beforeAll(() => {
    dir = tempDir();
    write(dir, 'good.md', CLEAN);
    write(dir, 'nul.md', 'a\0b');
    write(dir, 'deep.md', `${FRONT_MATTER}${'- '.repeat(10_000)}x\n`);
  });

  it('prints one line per bad file, no stack trace, exit 2, and lints the rest', () => {
    const run = runCli(['lint', 'nul.md', 'deep.md', 'good.md', 'missing.md'], { cwd: dir });
    expect(run.stderr).toBe(
      [
        'plan: missing.md: no such file or folder',
        'plan: nul.md:1:2: looks like a binary file (it contains a NUL byte)',
        'plan: deep.md:6:1: nests lists or block quotes 10000 deep; plan reads at most 32 levels',
        '',
      ].join('\n'),
    );
    expect(run.code).toBe(2);
    expect(readFileSync(join(dir, 'good.md'), 'utf8')).toBe(CLEAN);
  });

  it('leaves every input byte as it was', () => {
    const before = readFileSync(join(dir, 'deep.md'));
    runCli(['lint', '.'], { cwd: dir });
    expect(readFileSync(join(dir, 'deep.md')).equals(before)).toBe(true);
    writeFileSync(join(dir, 'deep.md'), before);
  });
});
