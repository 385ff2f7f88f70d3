import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, type Stats, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { lintFiles, type LintRun } from '../../src/api.js';
import type { FileOnDisk } from '../../src/cache/file-on-disk.js';
import { PlanCache } from '../../src/cache/plan-cache.js';
import { loadConfig } from '../../src/config/load.js';
import { lintFile } from '../../src/engine/file-lint.js';

const TODAY = '2026-11-25';
const PLAN = 'acme-fy2027-q1.md';
let dir: string;
let path: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'plan-cache-stamp-'));
  cpSync(join('examples', 'accounts', PLAN), join(dir, PLAN));
  path = join(dir, PLAN);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** The file as the cache sees it, with times as old as asked (a real file's change time is always now) and its reads counted. */
function onDisk(times: Partial<Pick<Stats, 'mtimeMs' | 'ctimeMs' | 'size'>> = {}): FileOnDisk & { reads: number } {
  const old = Date.now() - 60_000;
  const stats = { ...statSync(path), mtimeMs: old, ctimeMs: old, ...times } as Stats;
  const disk = { path, stats, reads: 0, bytes: () => (disk.reads++, readFileSync(path)) };
  return disk;
}

function openCache(): PlanCache {
  const config = loadConfig(dir);
  return PlanCache.open('.plancache', dir, config, { ...config.settings, today: TODAY })!;
}

/** Lints the plan and stores the outcome as a --cache run does, then saves the cache. */
function storeLinted(disk: FileOnDisk): void {
  const cache = openCache();
  const config = loadConfig(dir);
  cache.store(lintFile({ path, file: PLAN }, config, { ...config.settings, today: TODAY }), disk);
  cache.save();
}

describe('PlanCache: files not read again while their size, times and inode stay the same', () => {
  it('answers from the stamp alone for a file not changed since', () => {
    const stamp = onDisk();
    storeLinted(stamp);
    const again = onDisk({ mtimeMs: stamp.stats!.mtimeMs, ctimeMs: stamp.stats!.ctimeMs });
    const hit = openCache().lookup(PLAN, again);
    expect(hit && 'diagnostics' in hit ? hit.diagnostics : undefined).toBeDefined();
    expect(again.reads).toBe(0);
  });

  it('reads and hashes a file whose change time moved: the same bytes are still a hit', () => {
    storeLinted(onDisk());
    const touched = onDisk({ ctimeMs: Date.now() - 30_000 });
    expect(openCache().lookup(PLAN, touched)).toBeDefined();
    expect(touched.reads).toBe(1);
  });

  it('misses when the bytes changed, even with the size and modification time put back', () => {
    const before = onDisk();
    storeLinted(before);
    const text = readFileSync(path, 'utf8');
    writeFileSync(path, text.replace('owner:', 'owner: ').replace(/\n$/, ''));
    const edited = onDisk({ mtimeMs: before.stats!.mtimeMs, ctimeMs: Date.now() - 30_000 });
    expect(edited.stats!.size).toBe(before.stats!.size);
    expect(openCache().lookup(PLAN, edited)).toBeUndefined();
  });

  it('always reads a file modified in the last two seconds, as git does a racily clean one', () => {
    const now = Date.now();
    storeLinted(onDisk({ mtimeMs: now, ctimeMs: now }));
    const same = onDisk({ mtimeMs: now, ctimeMs: now });
    expect(openCache().lookup(PLAN, same)).toBeDefined();
    expect(same.reads).toBe(1);
  });
});

describe('lintFiles --cache after an edit that keeps the size and the modification time', () => {
  const findings = (run: LintRun) => run.results.map((r) => ({ file: r.file, diagnostics: r.diagnostics }));

  it('reports what an uncached run reports', async () => {
    const lint = (cache: boolean) => lintFiles([PLAN], { cwd: dir, today: TODAY, cache });
    await lint(true);
    const { mtime, size } = statSync(path);
    // An owner made empty, padded to the same length: the front matter check must now fire.
    const text = readFileSync(path, 'utf8');
    const owner = /^owner:.*$/m.exec(text)![0];
    writeFileSync(path, text.replace(owner, `owner: ""${' '.repeat(owner.length - 'owner: ""'.length)}`));
    utimesSync(path, mtime, mtime);
    expect(statSync(path).size).toBe(size);
    const cached = await lint(true);
    expect(findings(cached)).toEqual(findings(await lint(false)));
    expect(cached.results[0]!.diagnostics.some((d) => d.ruleId === 'frontmatter' && d.message.includes('owner'))).toBe(true);
  });
});

describe('lintFiles --cache with nothing changed', () => {
  it('does not write the cache again', async () => {
    cpSync('examples', join(dir, 'repo'), { recursive: true });
    const lint = () => lintFiles(['repo'], { cwd: dir, today: TODAY, cache: true });
    // The files are a minute old to the cache: both runs see them past the racy window, whatever the machine's speed.
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + 60_000 });
    try {
      await lint();
      const before = statSync(join(dir, '.plancache'));
      const again = await lint();
      expect(again.results.length).toBeGreaterThan(3);
      const after = statSync(join(dir, '.plancache'));
      expect([after.mtimeMs, after.ino]).toEqual([before.mtimeMs, before.ino]);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('lintFiles --cache run after run in one process (an editor)', () => {
  const findings = (run: LintRun) => run.results.map((r) => ({ file: r.file, diagnostics: r.diagnostics }));

  it('reports what an uncached run reports after edits, a deleted cache file and a config change', async () => {
    cpSync('examples', join(dir, 'repo'), { recursive: true });
    const lint = (cache: boolean) => lintFiles(['repo'], { cwd: dir, today: TODAY, cache });
    const account = join(dir, 'repo', 'accounts', PLAN);
    const same = async () => expect(findings(await lint(true))).toEqual(findings(await lint(false)));
    await same();
    writeFileSync(account, readFileSync(account, 'utf8').replace(/^owner:.*$/m, 'owner: ""'));
    await same();
    rmSync(join(dir, '.plancache'));
    await same();
    writeFileSync(join(dir, '.planrc.json'), JSON.stringify({ rules: { 'frontmatter': 'off' } }));
    await same();
    // Another process's run replaced the cache file: this process reads it instead of what it kept.
    writeFileSync(join(dir, '.plancache'), 'not a cache');
    await same();
    expect(readFileSync(join(dir, '.plancache')).subarray(0, 11).toString()).not.toBe('not a cache');
  });
});
