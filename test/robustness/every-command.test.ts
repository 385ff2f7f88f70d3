import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { tmpdir } from 'node:os';
import { beforeAll, describe, expect, it } from 'vitest';
import { BIN } from '../helpers/cli.js';
import { aliasBomb, CLEAN, FRONT_MATTER, runMain, tempDir, write } from './hostile.js';

/** Hostile files every command is given; the real binary runs them all under `npm run fuzz`. */
function hostileFiles(dir: string): string[] {
  const files: [string, string | Uint8Array][] = [
    ['empty.md', ''],
    ['no-front-matter.md', CLEAN.replace(/^---[\s\S]*?---\n/, '')],
    ['unclosed.md', CLEAN.replace(/\n---\n/, '\n\n')],
    ['broken-yaml.md', '---\nkind: [account\nowner: x\n---\n## Goals\n'],
    ['yaml-list.md', '---\n- a\n---\n'],
    ['yaml-scalar.md', '---\nhello\n---\n'],
    [
      'proto.md',
      `---\n__proto__:\n  polluted: yes\nconstructor:\n  prototype: {polluted: yes}\nkind: account\nowner: D\nperiod: FY2027\n---\n${CLEAN.split('\n---\n')[1]}`,
    ],
    ['bomb.md', aliasBomb()],
    ['dup-keys.md', '---\nkind: account\nkind: team\n---\n'],
    ['binary.md', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00])],
    ['nul.md', `${FRONT_MATTER}a\0b\n`],
    ['latin1.md', Buffer.concat([Buffer.from(FRONT_MATTER), Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x0a])])],
    ['utf16le.md', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(CLEAN, 'utf16le')])],
    ['utf16be.md', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(CLEAN, 'utf16le').swap16()])],
    ['bom-crlf.md', `\uFEFF${CLEAN.replace(/\n/g, '\r\n')}`],
    ['cr-only.md', CLEAN.replace(/\n/g, '\r')],
    ['deep-list.md', `${FRONT_MATTER}## Goals\n\n${'- '.repeat(10_000)}x\n`],
    ['deep-quote.md', `${FRONT_MATTER}## Goals\n\n${'>'.repeat(10_000)} x\n`],
    ['deep-indent.md', `${FRONT_MATTER}## Goals\n\n${Array.from({ length: 2_000 }, (_, i) => `${' '.repeat(Math.min(i, 400) * 2)}- x`).join('\n')}\n`],
    ['many-items.md', `${FRONT_MATTER}## Goals\n\n${Array.from({ length: 100_000 }, (_, i) => `- G${i} Grow ${i}%.`).join('\n')}\n`],
    ['long-line.md', `${FRONT_MATTER}## Goals\n\n- **G1** ${'word '.repeat(200_000)}\n`],
    ['control-chars.md', `${FRONT_MATTER}## Goals\n\n- **G1** \u001b[2J\u001b]0;pwned\u0007 ::error::x %0A <script>\n`],
    ['-rf.md', CLEAN],
  ];
  // Each in a folder of its own, beside a clean plan: a command given one file also reads the plans around it (its
  // repo), and hostile neighbours read by every command of every file took the suite ~45 s; folder walks over hostile
  // files are the other robustness tests' job.
  return files.map(([name, content], index) => {
    mkdirSync(join(dir, String(index)));
    write(dir, join(String(index), name), content);
    write(dir, join(String(index), 'clean.md'), CLEAN);
    return join(String(index), name);
  });
}

/** Subcommands as `plan --help` lists them: commands that land later are covered without editing this file. */
async function commands(dir: string): Promise<string[]> {
  const help = await runMain(['--help'], dir);
  const listed = help.stdout.split('\n').flatMap((line) => /^ {2}([a-z][\w-]*)\b/.exec(line)?.[1] ?? []);
  return listed.filter((name) => name !== 'help');
}

/** The ways each command takes a plan; unknown commands get `[cmd, '--', file]`. */
function argvFor(command: string, file: string, clean: string): string[][] {
  switch (command) {
    case 'lint':
      return [
        ['lint', '--', file],
        ['lint', '-f', 'json', '--', file],
      ];
    case 'diff':
      return [
        ['diff', '--', file, clean],
        ['diff', '--', clean, file],
      ];
    case 'rules':
    case 'explain':
      return [];
    case 'init':
      // Existing file: init must refuse, never overwrite.
      return [
        ['init', '--', file],
        ['init', '--yes', '--stdout', '--from', file],
      ];
    case 'baseline':
      // Writing the baseline is its job: it goes outside the folder whose bytes are compared.
      return [['baseline', '--force', '-o', join(tmpdir(), `plan-robust-baseline-${process.pid}.json`), '--', file]];
    case 'review':
      return [
        ['review', '--', file],
        ['review', '--stdout', '--early', '--', file],
      ];
    case 'report':
      // Writing the page is its job: it goes outside the folder whose bytes are compared; -o naming the plan must refuse.
      return [
        ['report', '-o', join(tmpdir(), `plan-robust-report-${process.pid}.html`), '--', file],
        ['report', '-o', file, '--', file],
      ];
    case 'history':
      return [['history', 'x#G1', '--', file]];
    case 'lsp':
      // A server on stdin/stdout: its own tests drive it with hostile buffers.
      return [];
    default:
      return [[command, '--', file]];
  }
}

const digest = (dir: string) =>
  Object.fromEntries(
    readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((name) => statSync(join(dir, name)).isFile())
      .map((name) => [
        name,
        `${statSync(join(dir, name)).mode}:${createHash('sha256')
          .update(readFileSync(join(dir, name)))
          .digest('hex')}`,
      ]),
  );

const full = process.env.FUZZ_RUNS !== undefined;

describe('every command on every hostile file', () => {
  let dir: string;
  let files: string[];
  let names: string[];
  beforeAll(async () => {
    dir = tempDir();
    files = hostileFiles(dir);
    names = await commands(dir);
  });

  it('lists the commands it covers', () => {
    expect(names).toContain('lint');
  });

  it('exits 0, 1 or 2, prints no internal error or stack trace, and changes no byte of any file', async () => {
    const before = digest(dir);
    for (const command of names) {
      for (const file of files) {
        for (const argv of argvFor(command, file, join(dirname(file), 'clean.md'))) {
          const run = await runMain(argv, dir);
          const what = `plan ${argv.join(' ')}`;
          expect([0, 1, 2], what).toContain(run.code);
          expect(run.stderr, what).not.toMatch(/internal error|\n\s+at .+:\d+:\d+/);
          for (const line of run.stderr.split('\n').filter(Boolean)) expect(line, what).toMatch(/^plan: /);
        }
      }
    }
    expect(digest(dir)).toEqual(before);
  }, 600_000);

  it.runIf(full)(
    'the real binary too: no hang past 10 s, no stack trace, exit 0, 1 or 2',
    () => {
      const before = digest(dir);
      for (const command of names) {
        for (const file of files) {
          for (const argv of argvFor(command, file, join(dirname(file), 'clean.md'))) {
            const run = spawnSync(process.execPath, [BIN, ...argv], {
              cwd: dir,
              encoding: 'utf8',
              timeout: 10_000,
              maxBuffer: 64 * 1024 * 1024,
              input: '',
              env: { ...process.env, PLAN_TODAY: '2026-11-25', NO_COLOR: '1', PLAN_DAEMON: '0' },
            });
            const what = `plan ${argv.join(' ')}`;
            expect(run.error, what).toBeUndefined();
            expect([0, 1, 2], what).toContain(run.status);
            expect(run.stderr, what).not.toMatch(/internal error|\n\s+at .+:\d+:\d+/);
          }
        }
      }
      expect(digest(dir)).toEqual(before);
    },
    1_200_000,
  );
});
