import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lintText } from '../../src/index.js';
import { resolveConfig } from '../../src/config/resolve.js';
import { DEFAULT_MAX_FILE_BYTES } from '../../src/files/read.js';
import { DEFAULT_MAX_LIST_ITEMS, MAX_BRACKETS_PER_BLOCK, MAX_INLINE_MARKERS, MAX_NESTING } from '../../src/parse/limits.js';
import { InputError } from '../../src/parse/source.js';
import { ROOT } from '../helpers/cli.js';
import { FRONT_MATTER, tempDir } from './hostile.js';

/**
 * Inputs that cost micromark most per byte, at the file limit: refused before parsing, or parsed with a bounded
 * cost. This file runs with a 512 MB heap (vitest.config.ts), so a blow-up fails it. `npm run fuzz` also lints each
 * in its own process and prints the CPU time and peak memory per shape (no time is asserted: it is a measurement).
 */
const HEAD = `${FRONT_MATTER}\n## Account Analysis\n\n`;
const ROOM = DEFAULT_MAX_FILE_BYTES - HEAD.length - 1;

const measuring = process.env.FUZZ_RUNS !== undefined;
/** `unit` repeated to fill the file (in `npm test`, just past the caps: the same refusal, sooner). */
const filling = (unit: string) => unit.repeat(Math.floor((measuring ? ROOM : 5 * MAX_INLINE_MARKERS) / unit.length));
/** `unit` repeated just under the caps: at most MAX_BRACKETS_PER_BLOCK `[` a paragraph, MAX_INLINE_MARKERS in all. */
function underCaps(unit: string): string {
  const brackets = unit.split('[').length - 1;
  const markers = unit.replace(/[^[<*_`]/g, '').length;
  const perParagraph = brackets ? Math.floor(MAX_BRACKETS_PER_BLOCK / brackets) : Number.POSITIVE_INFINITY;
  const total = Math.min(Math.floor(MAX_INLINE_MARKERS / Math.max(markers, 1)), Math.floor(ROOM / (unit.length + 2)));
  let body = '';
  for (let done = 0; done < total; done += Math.min(perParagraph, total - done)) body += `${unit.repeat(Math.min(perParagraph, total - done))}\n\n`;
  return body;
}

const REFUSED_MARKERS = `has more than ${MAX_INLINE_MARKERS} of the characters [ < * _ \`; plan reads at most that many`;
const REFUSED_BRACKETS = `has more than ${MAX_BRACKETS_PER_BLOCK} "[" in one paragraph; plan reads at most that many (a blank line starts a new one)`;

/** name, body, what happens: the message it is refused with, or undefined (linted). */
const SHAPES: [string, string, string | undefined][] = [
  ["'[' × 2 MB", filling('['), REFUSED_BRACKETS],
  ["'[\\n' × 2 MB", filling('[\n'), REFUSED_BRACKETS],
  ["'[a](' × 2 MB", filling('[a]('), REFUSED_BRACKETS],
  ["'<a ' × 2 MB", filling('<a '), REFUSED_MARKERS],
  ["'*a ' × 2 MB", filling('*a '), REFUSED_MARKERS],
  ["'_a ' × 2 MB", filling('_a '), REFUSED_MARKERS],
  ["'`a ' × 2 MB", filling('`a '), REFUSED_MARKERS],
  ["'<!--' × 2 MB", filling('<!--'), REFUSED_MARKERS],
  ["'[' under the caps", underCaps('['), undefined],
  ["'[\\n' under the caps", underCaps('[\n'), undefined],
  ["'[a](' under the caps", underCaps('[a]('), undefined],
  ["'[a]( ' under the caps", underCaps('[a]( '), undefined],
  ["'[a] ' under the caps", underCaps('[a] '), undefined],
  ["'![' under the caps", underCaps('!['), undefined],
  ["'<a ' under the caps", underCaps('<a '), undefined],
  ["'*a ' under the caps", underCaps('*a '), undefined],
  ["'_a ' under the caps", underCaps('_a '), undefined],
  ["'`a ' under the caps", underCaps('`a '), undefined],
  ["'<!--a ' under the caps", underCaps('<!--a '), undefined],
  [
    '1,000 list lines: items with a field',
    Array.from({ length: DEFAULT_MAX_LIST_ITEMS / 2 }, (_, i) => `- **G${i}** Grow ARR ${i}%.\n  - Owner: Dana\n`).join(''),
    undefined,
  ],
  [
    `1,000 list lines nested ${MAX_NESTING} deep, again and again`,
    Array.from({ length: DEFAULT_MAX_LIST_ITEMS }, (_, i) => `${'  '.repeat(i % MAX_NESTING)}- x\n`).join(''),
    undefined,
  ],
  ['1,000 list lines in a quote', Array.from({ length: DEFAULT_MAX_LIST_ITEMS / 2 }, () => '> - a\n>   - b\n').join(''), undefined],
  [
    'list lines × 2 MB',
    filling('- a\n'),
    `has more than ${DEFAULT_MAX_LIST_ITEMS} list items; plan reads at most that many (raise "maxListItems" in .planrc to read it)`,
  ],
  ["'a ' × 2 MB (plain text)", filling('a '), undefined],
  ["'a\\n' × 2 MB (lines)", filling('a\n'), undefined],
  ["'](' × 2 MB", filling(']('), undefined],
  ["'&#' × 2 MB", filling('&#'), undefined],
];

const config = resolveConfig({}, process.cwd());
const table: string[] = [];

afterAll(() => {
  if (table.length === 0) return;
  console.log(
    ['hostile shapes at the 2 MB limit (own process, 512 MB heap):', '| shape | bytes | outcome | CPU | peak RSS |', '|---|---|---|---|---|', ...table].join(
      '\n',
    ),
  );
});

describe('hostile shapes are refused or linted in bounded memory', () => {
  // The shapes that are linted cost seconds each on a loaded machine: `npm test` checks the refusals, `npm run fuzz` all.
  it.each(measuring ? SHAPES : SHAPES.filter(([, , refusal]) => refusal !== undefined))('%s', (name, body, refusal) => {
    const text = `${HEAD}${body}\n`;
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(DEFAULT_MAX_FILE_BYTES);
    let outcome: string;
    try {
      lintText(text, { config, today: '2026-11-25', filePath: 'shape.md' });
      outcome = 'linted';
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      outcome = error.message;
    }
    expect(outcome).toBe(refusal ?? 'linted');
    if (measuring) table.push(measure(name, text));
  });
});

/** Lints the text from a file in a fresh process (the built library) and reports its CPU time and peak memory. */
function measure(name: string, text: string): string {
  const file = join(tempDir('plan-shape-'), 'shape.md');
  writeFileSync(file, text);
  const script = `
    const { readFileSync } = await import('node:fs');
    const { lintText } = await import(${JSON.stringify(join(ROOT, 'dist', 'index.js'))});
    const text = readFileSync(process.argv[1], 'utf8');
    const start = process.cpuUsage();
    let outcome = 'linted';
    try { lintText(text, { today: '2026-11-25', filePath: 'shape.md' }); } catch (error) { outcome = 'refused'; }
    const cpu = process.cpuUsage(start);
    console.log(JSON.stringify({ outcome, cpu: (cpu.user + cpu.system) / 1000, rss: process.resourceUsage().maxRSS / 1024 }));`;
  const run = spawnSync(process.execPath, ['--max-old-space-size=512', '--input-type=module', '-e', script, file], { encoding: 'utf8' });
  // A heap over 512 MB ends the process: that fails the test.
  expect(run.status, run.stderr.slice(0, 500)).toBe(0);
  const result = JSON.parse(run.stdout) as { outcome: string; cpu: number; rss: number };
  return `| ${name} | ${text.length} | ${result.outcome} | ${Math.round(result.cpu)} ms | ${Math.round(result.rss)} MB |`;
}
