import { readFileSync } from 'node:fs';
import type { ResolvedConfig } from '../config/resolve.js';
import type { FileJob, FileLint } from '../engine/file-lint.js';
import { lintFilesInParallel, threadCount } from '../engine/parallel.js';
import type { LintSettings } from '../rules/define.js';
import type { PlanCache } from './plan-cache.js';

/** Lints the files whose bytes the cache has no results for (on as many threads as they warrant); the rest come from it. */
export async function lintJobs(jobs: FileJob[], config: ResolvedConfig, settings: LintSettings, threads: number | undefined, cache: PlanCache | undefined): Promise<FileLint[]> {
  if (!cache) return lintFilesInParallel(jobs, config, settings, threadCount(jobs.length, threads));
  const outcomes: FileLint[] = new Array(jobs.length);
  const misses: number[] = [];
  const bytesOf = new Map<number, Uint8Array>();
  jobs.forEach((job, index) => {
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(job.path);
    } catch {
      misses.push(index); // linting it says why it cannot be read
      return;
    }
    const hit = cache.lookup(job.path, job.file, bytes);
    if (hit) outcomes[index] = hit;
    else {
      misses.push(index);
      bytesOf.set(index, bytes);
    }
  });
  const fresh = await lintFilesInParallel(misses.map((index) => jobs[index]!), config, settings, threadCount(misses.length, threads));
  fresh.forEach((outcome, k) => {
    const index = misses[k]!;
    outcomes[index] = outcome;
    const bytes = bytesOf.get(index);
    if (bytes) cache.store(outcome, bytes);
  });
  return outcomes;
}
