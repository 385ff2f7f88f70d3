import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { commandKey, compileCacheDir } from '../../src/cli/code-cache.js';
import { runCli } from '../helpers/cli.js';

let dir: string;
let script: string;
let cacheDir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'plan-code-cache-'));
  script = join(dir, 'script.cjs');
  cacheDir = join(dir, 'cache');
  writeScript('answer', 42);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function writeScript(name: string, value: number, time = Date.now() / 1000): void {
  // Enough functions for V8 to have code worth caching; `require` and `__dirname` show the CommonJS wrapper works.
  const helpers = Array.from({ length: 50 }, (_, i) => `function helper${i}(x) { return x + ${i}; }`).join('\n');
  writeFileSync(script, `${helpers}\nconst path = require('node:path');\nexports.${name} = () => helper0(${value}) + (path.basename(__dirname).length > 0 ? 0 : 1);\n`);
  utimesSync(script, time, time);
}

const CODE_CACHE_MODULE = fileURLToPath(new URL('../../dist/cli/code-cache.js', import.meta.url));

/**
 * Loads the script in a new process, as the binary does: within one process V8 would reuse its own compiled copy
 * and never read the cache. Returns what the load reported and what the script computed.
 */
function load(options: { cacheDir: string | undefined; key: string } = { cacheDir, key: 'lint' }, nodeFlags: string[] = []): { cache: string; answer: number } {
  const program = `
    import { loadCachedScript } from ${JSON.stringify(pathToFileURL(CODE_CACHE_MODULE).href)};
    const loaded = loadCachedScript(${JSON.stringify(script)}, ${JSON.stringify(options)});
    process.stdout.write(JSON.stringify({ cache: loaded.cache, answer: loaded.exports.answer() }));
    loaded.save();`;
  const run = spawnSync(process.execPath, [...nodeFlags, '--input-type=module', '-e', program], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout) as { cache: string; answer: number };
}

describe('loadCachedScript', () => {
  it('runs the script without a cache, saves the compiled code, and uses it on the next load', () => {
    expect(load()).toEqual({ cache: 'none', answer: 42 });
    expect(readdirSync(cacheDir)).toHaveLength(1);
    expect(load()).toEqual({ cache: 'accepted', answer: 42 });
  });

  it('keeps a cache per key', () => {
    load();
    load({ cacheDir, key: 'diff' });
    expect(readdirSync(cacheDir)).toHaveLength(2);
    expect(load({ cacheDir, key: 'diff' }).cache).toBe('accepted');
  });

  it('keeps apart the caches of runs with other Node flags, which V8 would refuse', () => {
    load();
    expect(load(undefined, ['--no-opt']).cache).toBe('none');
    expect(load(undefined, ['--no-opt']).cache).toBe('accepted');
    expect(load().cache).toBe('accepted');
    expect(readdirSync(cacheDir)).toHaveLength(2);
  });

  it('never runs cached code for a changed script, even one of the same length', () => {
    load();
    writeScript('answer', 43, Date.now() / 1000 + 10);
    expect(load()).toEqual({ cache: 'none', answer: 43 });
  });

  it("removes the caches of the installation's earlier builds, and keeps other commands' and flags'", () => {
    load();
    load({ cacheDir, key: 'diff' });
    load(undefined, ['--no-opt']);
    writeScript('answer', 43, Date.now() / 1000 + 10);
    load();
    const names = readdirSync(cacheDir);
    expect(names).toHaveLength(3);
    expect(load().cache).toBe('accepted');
    expect(load({ cacheDir, key: 'diff' }).cache).toBe('none');
    expect(load(undefined, ['--no-opt']).cache).toBe('none');
  });

  it('compiles from source when V8 refuses the cache, and replaces it', () => {
    load();
    const [name] = readdirSync(cacheDir);
    writeFileSync(join(cacheDir, name!), 'not V8 code');
    expect(load()).toEqual({ cache: 'rejected', answer: 42 });
    expect(load().cache).toBe('accepted');
  });

  it('neither reads nor writes a cache without a folder, and a folder it cannot create is not an error', () => {
    expect(load({ cacheDir: undefined, key: 'lint' })).toEqual({ cache: 'none', answer: 42 });
    writeFileSync(join(dir, 'a-file'), '');
    expect(load({ cacheDir: join(dir, 'a-file', 'cache'), key: 'lint' })).toEqual({ cache: 'none', answer: 42 });
  });
});

describe('compileCacheDir and commandKey', () => {
  it('uses PLAN_COMPILE_CACHE as the folder, turns the cache off with 0, off or false, and else uses the user cache folder', () => {
    expect(compileCacheDir({ PLAN_COMPILE_CACHE: '/some/where' })).toBe('/some/where');
    for (const off of ['0', 'off', 'FALSE', '']) expect(compileCacheDir({ PLAN_COMPILE_CACHE: off })).toBeUndefined();
    expect(compileCacheDir({})).toMatch(/plan-lint/);
  });

  it('keys by the command name, and anything else as "other"', () => {
    expect(commandKey(['node', 'plan', 'lint', 'x.md'])).toBe('lint');
    expect(commandKey(['node', 'plan'])).toBe('other');
    expect(commandKey(['node', 'plan', '--version'])).toBe('other');
    expect(commandKey(['node', 'plan', '../../etc/passwd'])).toBe('other');
  });
});

describe('plan with a compile cache (built binary)', () => {
  it('prints the same with the cache as without it, and writes one cache per command', () => {
    const plan = 'examples/accounts/acme-fy2027-q1.md';
    const env = { PLAN_COMPILE_CACHE: cacheDir };
    const uncached = runCli(['lint', plan], { env: { PLAN_COMPILE_CACHE: '0' } });
    const first = runCli(['lint', plan], { env });
    const second = runCli(['lint', plan], { env });
    expect(first).toEqual(uncached);
    expect(second).toEqual(uncached);
    expect(readdirSync(cacheDir).filter((name) => name.startsWith('lint-'))).toHaveLength(1);
    runCli(['rules'], { env });
    expect(readdirSync(cacheDir).filter((name) => name.startsWith('rules-'))).toHaveLength(1);
  }, 60_000);
});
