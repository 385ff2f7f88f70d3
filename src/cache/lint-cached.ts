import type { ResolvedConfig } from '../config/resolve.js';
import type { FileJob, FileLint } from '../engine/file-lint.js';
import { lintFilesInParallel, threadCount } from '../engine/parallel.js';
import type { LintSettings } from '../rules/define.js';
import { type FileOnDisk, fileOnDisk } from './file-on-disk.js';
import type { PlanCache } from './plan-cache.js';

/** Lints the files whose bytes the cache has no results for (on as many threads as they warrant); the rest come from it. */
export async function lintJobs(jobs: FileJob[], config: ResolvedConfig, settings: LintSettings, threads: number | undefined, cache: PlanCache | undefined): Promise<FileLint[]> {
  if (!cache) return lintFilesInParallel(jobs, config, settings, threadCount(jobs.length, threads));
  const outcomes: FileLint[] = new Array(jobs.length);
  const misses: number[] = [];
  const onDisk = new Map<number, FileOnDisk>();
  jobs.forEach((job, index) => {
    const disk = fileOnDisk(job.path);
    let hit: FileLint | undefined;
    try {
      hit = cache.lookup(job.file, disk);
    } catch {
      misses.push(index); // linting it says why it cannot be read
      return;
    }
    if (hit) outcomes[index] = hit;
    else {
      misses.push(index);
      onDisk.set(index, disk);
    }
  });
  const fresh = await lintFilesInParallel(misses.map((index) => jobs[index]!), config, settings, threadCount(misses.length, threads));
  fresh.forEach((outcome, k) => {
    const index = misses[k]!;
    outcomes[index] = outcome;
    const disk = onDisk.get(index);
    if (disk) cache.store(outcome, disk);
  });
  return outcomes;
}
