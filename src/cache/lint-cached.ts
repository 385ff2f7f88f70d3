import type { ResolvedConfig } from '../config/resolve.js';
import { type FileJob, type FileLint, lintFile } from '../engine/file-lint.js';
import type { LintSettings } from '../rules/define.js';
import { type FileOnDisk, fileOnDisk } from './file-on-disk.js';
import type { PlanCache } from './plan-cache.js';

/** Lints the files whose bytes the cache has no results for; the rest come from it. */
export function lintJobs(jobs: FileJob[], config: ResolvedConfig, settings: LintSettings, cache: PlanCache | undefined): FileLint[] {
  if (!cache) return jobs.map((job) => lintFile(job, config, settings));
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
  const fresh = misses.map((index) => lintFile(jobs[index]!, config, settings));
  fresh.forEach((outcome, k) => {
    const index = misses[k]!;
    outcomes[index] = outcome;
    const disk = onDisk.get(index);
    if (disk) cache.store(outcome, disk);
  });
  return outcomes;
}
