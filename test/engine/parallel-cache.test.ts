import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
// The built library: worker threads run dist/engine/worker.js (`npm test` builds first).
import { lintFiles, type LintRun } from '../../dist/index.js';
import { loadConfig } from '../../dist/config/load.js';
import { lintFilesInParallel, threadCount } from '../../dist/engine/parallel.js';
import { toPlanData } from '../../dist/model/transfer.js';
import { runCli } from '../helpers/cli.js';
// @ts-expect-error: the benchmark is plain JavaScript outside src/
import { writeCorpus } from '../../bench/corpus.mjs';

const TODAY = '2026-11-25';
let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'plan-speed-'));
  cpSync('examples', join(dir, 'plans'), { recursive: true });
});

afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** What a run says, without the source texts. */
function findings(run: LintRun) {
  return {
    results: run.results.map((r) => ({ file: r.file, diagnostics: r.diagnostics })),
    failures: run.failures,
    skipped: run.skipped,
  };
}

const lint = (options: Parameters<typeof lintFiles>[1] = {}) => lintFiles(['plans'], { cwd: dir, today: TODAY, ...options });

describe('threadCount', () => {
  it('uses workers when there are cores to spare and files to share, one thread otherwise', () => {
    expect(threadCount(1000, undefined, 2)).toBe(1);
    expect(threadCount(1000, undefined, 4)).toBe(4);
    expect(threadCount(60, undefined, 4)).toBe(2);
    expect(threadCount(10, undefined, 8)).toBe(1);
    expect(threadCount(1000, 3, 2)).toBe(3);
    expect(threadCount(20, 4, 8)).toBe(2);
  });
});

describe('lintFiles on worker threads', () => {
  it('finds exactly what one thread finds, in the same order', async () => {
    // Enough plans that two threads are used (a worker is not started for fewer than a batch or two).
    const corpus = join(dir, 'corpus');
    writeCorpus(corpus, 96);
    const run = (threads: number) => lintFiles(['corpus'], { cwd: dir, today: '2027-06-15', threads });
    expect(threadCount(96, 2)).toBe(2);
    const single = await run(1);
    expect(single.results).toHaveLength(96);
    expect(single.results.some((r) => r.errorCount > 0)).toBe(true);
    expect(findings(await run(2))).toEqual(findings(single));
  });

  it('lints on the main thread what a worker that runs out of memory could not', async () => {
    const files = writeCorpus(join(dir, 'corpus'), 64) as string[];
    const jobs = files.map((path) => ({ path, file: path.slice(dir.length + 1) }));
    const config = loadConfig(dir);
    const settings = { ...config.settings, today: '2027-06-15' };
    // A heap far too small for the worker to start: it dies, and every batch is linted here.
    const starved = await lintFilesInParallel(jobs, config, settings, 2, { maxOldGenerationSizeMb: 1, maxYoungGenerationSizeMb: 1 });
    const single = await lintFilesInParallel(jobs, config, settings, 1);
    expect(starved.map((o) => ('plan' in o ? o.diagnostics : o.problem))).toEqual(single.map((o) => ('plan' in o ? o.diagnostics : o.problem)));
    expect(starved.every(Boolean)).toBe(true);
  });

  it('builds in a worker the same plan model as on the main thread', async () => {
    const corpus = join(dir, 'corpus');
    const files = writeCorpus(corpus, 96) as string[];
    const jobs = files.map((path) => ({ path, file: path.slice(dir.length + 1) }));
    const config = loadConfig(dir);
    const settings = { ...config.settings, today: '2027-06-15' };
    const models = async (threads: number) => (await lintFilesInParallel(jobs, config, settings, threads)).map((outcome) => ('plan' in outcome ? outcome : undefined));
    const [single, parallel] = [await models(1), await models(2)];
    // A model that crossed from a worker builds its line index on demand (an accessor), one made here has it as data.
    const fromWorker = parallel.filter((outcome) => outcome && Object.getOwnPropertyDescriptor(outcome.plan, 'lines')?.get);
    expect(fromWorker.length).toBeGreaterThan(0);
    parallel.forEach((outcome, index) => {
      expect(outcome && { ...toPlanData(outcome.plan), lines: outcome.plan.lines.lineCount, diagnostics: outcome.diagnostics }).toEqual(
        single[index] && { ...toPlanData(single[index]!.plan), lines: single[index]!.plan.lines.lineCount, diagnostics: single[index]!.diagnostics },
      );
    });
  });
});

describe('lintFiles with the cache', () => {
  const cached = () => lint({ cache: true, cacheLocation: '.cache/' });

  it('keeps results per file and gives what an uncached run gives', async () => {
    const fresh = findings(await lint());
    expect(findings(await cached())).toEqual(fresh);
    expect(existsSync(join(dir, '.cache', '.plancache'))).toBe(true);
    expect(findings(await cached())).toEqual(fresh);
  });

  it('after a parent plan changes, gives what an uncached run gives for its unchanged children too', async () => {
    await cached();
    const team = join(dir, 'plans', 'teams', 'emea-enterprise-fy2027.md');
    writeFileSync(team, readFileSync(team, 'utf8').replace(/\*\*G2\*\*/, '**G9**'));
    expect(findings(await cached())).toEqual(findings(await lint()));
  });

  it('lints one plan of a repo the same with the cache (its repo plans come from the cache too)', async () => {
    writeFileSync(join(dir, '.planrc.yaml'), 'fiscalYearStart: 1\n');
    const one = (cache: boolean) => lintFiles(['plans/accounts/globex-fy2027.md'], { cwd: dir, today: TODAY, cache });
    const fresh = findings(await one(false));
    expect(findings(await one(true))).toEqual(fresh);
    expect(findings(await one(true))).toEqual(fresh);
  });

  it('passes over a repo plan it cannot read as a plan (over the list limit), as without the cache', async () => {
    writeFileSync(join(dir, '.planrc.yaml'), 'maxListItems: 40\n');
    const items = Array.from({ length: 60 }, (_, i) => `- **G${i + 1}** Goal ${i + 1}.`).join('\n');
    writeFileSync(join(dir, 'plans', 'huge.md'), `---\nid: huge-fy2027\nkind: team\nperiod: FY2027\n---\n\n## Goals\n\n${items}\n`);
    const one = (cache: boolean) => lintFiles(['plans/accounts/globex-fy2027.md'], { cwd: dir, today: TODAY, cache });
    const fresh = findings(await one(false));
    expect(findings(await one(true))).toEqual(fresh);
    expect(findings(await one(true))).toEqual(fresh);
  });

  it('is dropped when the config changes', async () => {
    const before = await cached();
    expect(before.results.some((r) => r.diagnostics.some((d) => d.ruleId === 'owner-required'))).toBe(true);
    writeFileSync(join(dir, '.planrc.yaml'), 'rules:\n  owner-required: off\n');
    const after = await cached();
    expect(after.results.some((r) => r.diagnostics.some((d) => d.ruleId === 'owner-required'))).toBe(false);
  });

  it('ignores a damaged cache file and replaces it', async () => {
    writeFileSync(join(dir, '.plancache'), 'not a cache');
    expect(findings(await lint({ cache: true }))).toEqual(findings(await lint()));
    expect(readFileSync(join(dir, '.plancache'), 'utf8')).not.toBe('not a cache');
  });
});

describe('plan lint --cache (built binary)', () => {
  it('prints the same report with and without the cache, and writes it where asked', () => {
    const plain = runCli(['lint', 'plans', '--today', TODAY], { cwd: dir });
    const first = runCli(['lint', 'plans', '--today', TODAY, '--cache', '--cache-location', 'tmp/lint.cache'], { cwd: dir });
    const second = runCli(['lint', 'plans', '--today', TODAY, '--cache', '--cache-location', 'tmp/lint.cache'], { cwd: dir });
    expect(first).toEqual(plain);
    expect(second).toEqual(plain);
    expect(existsSync(join(dir, 'tmp', 'lint.cache'))).toBe(true);
  }, 120_000);
});

describe('plan lint --threads (built binary)', () => {
  it('prints the same report on two threads as on one', () => {
    writeCorpus(join(dir, 'corpus'), 64);
    const one = runCli(['lint', 'corpus', '--today', '2027-06-15', '--threads', '1'], { cwd: dir });
    expect(one.code).toBe(1);
    expect(runCli(['lint', 'corpus', '--today', '2027-06-15', '--threads', '2'], { cwd: dir })).toEqual(one);
  }, 120_000);

  it('refuses what is not a number of threads (exit 2, one line)', () => {
    const run = runCli(['lint', 'plans', '--threads', 'many'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('plan: --threads takes a whole number from 1, not "many"\n');
  });
});
