import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN } from '../helpers/cli.js';
import { ACME, exampleWorkspace, lintFindings, LSP_TODAY, uriOf } from './client.js';

const nvim = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
const hasNvim = nvim.status === 0;
// CI installs Neovim (.ci/run); only a developer's machine without it skips, and says so.
if (!hasNvim && !process.env.CI) console.warn('test/lsp/nvim.test.ts skipped: nvim is not installed (apt-get install neovim)');

interface NvimResult {
  error?: string;
  version: string;
  published: { code: string; message: string; range: { start: { line: number; character: number } } }[];
  shown: { line: number; col: number; message: string }[];
  definition?: { uri: string; range: { start: { line: number } } } | { uri: string; range: { start: { line: number } } }[];
}

describe.skipIf(!hasNvim && !process.env.CI)('plan lsp in Neovim (headless, built-in LSP client)', () => {
  it("shows plan lint's findings on an opened plan and goes to a parent goal's definition", () => {
    const { dir, acme } = exampleWorkspace();
    const resultFile = join(dir, 'nvim-result.json');
    const supportsLine = acme.split('\n').indexOf('  - Supports: G1');
    const run = spawnSync('nvim', ['--headless', '--clean', '-n', '-c', `luafile ${join(import.meta.dirname, 'nvim', 'plan-lsp.lua')}`], {
      cwd: dir,
      encoding: 'utf8',
      timeout: 170_000,
      env: {
        ...process.env,
        PLAN_TODAY: LSP_TODAY,
        PLAN_NODE: process.execPath,
        PLAN_BIN: BIN,
        PLAN_ROOT: dir,
        PLAN_FILE: join(dir, ACME),
        PLAN_RESULT: resultFile,
        PLAN_DEF_LINE: String(supportsLine),
        PLAN_DEF_CHARACTER: String('  - Supports: G'.length),
      },
    });
    expect(run.error).toBeUndefined();
    const result = JSON.parse(readFileSync(resultFile, 'utf8')) as NvimResult;
    expect(result.error).toBeUndefined();
    const expected = lintFindings(dir, join(dir, ACME));
    expect(result.published.map((d) => ({ code: d.code, message: d.message, line: d.range.start.line }))).toEqual(
      expected.map((d) => ({ code: d.code, message: d.message, line: d.range.start.line })),
    );
    // What the editor shows: its own diagnostics, made from the server's.
    expect(result.shown.map((d) => d.message).sort()).toEqual(expected.map((d) => d.message).sort());
    const definition = Array.isArray(result.definition) ? result.definition[0] : result.definition;
    expect(definition?.uri).toBe(uriOf(join(dir, 'teams', 'emea-enterprise-fy2027.md')));
    expect(definition?.range.start.line).toBe(31);
  });
});
