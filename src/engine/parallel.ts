import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { ResourceLimits } from 'node:worker_threads';
import type { ConfigSource, ResolvedConfig } from '../config/resolve.js';
import { fromPlanData, type PlanTransfer } from '../model/transfer.js';
import type { LintSettings } from '../rules/define.js';
import { type FileJob, type FileLint, lintFile } from './file-lint.js';

export interface WorkerSetup {
  config: ConfigSource;
  settings: LintSettings;
}

export interface WorkerBatch {
  jobs: FileJob[];
}

export interface WorkerReply {
  outcomes: FileLint<PlanTransfer>[];
}

/** Files per message: small enough to balance the threads, large enough that messages are not the cost. */
const BATCH = 16;
/** Below this many files a worker's start-up (loading the parser and rules again) costs more than it saves. */
const MIN_FILES_PER_WORKER = 48;

const WORKER_URL = new URL('./worker.js', import.meta.url);

/**
 * A worker keeps nothing between batches, but V8 lets an idle heap grow; a cap keeps a 5,000-plan run's memory down.
 * A plan too big for it kills the worker, and its batch is linted on the main thread (see runWorker).
 */
const WORKER_LIMITS = { maxOldGenerationSizeMb: 64, maxYoungGenerationSizeMb: 16 };

/**
 * Below this many cores, one thread is faster. Measured on 2 cores (npm run bench's corpora): a worker made 1,000 and
 * 5,000 plans take longer, not shorter (2.5 s against 2.1 s, 7.5 s against 7.0 s) for ~50% more CPU: the second
 * thread warms up its own JIT, every model crosses between threads, and two lints at once ran ~1.6x slower each
 * there (the two cores share what a lint needs most), so the second core only paid for the transfer.
 */
const MIN_CORES_FOR_WORKERS = 3;

/** How many threads (the main one included) a run of `files` files uses: `requested`, else one per core that pays. */
export function threadCount(files: number, requested?: number, cores = availableParallelism()): number {
  if (requested !== undefined) return Math.max(1, Math.min(requested, Math.ceil(files / BATCH)));
  if (cores < MIN_CORES_FOR_WORKERS) return 1;
  return Math.max(1, Math.min(cores, Math.floor(files / MIN_FILES_PER_WORKER) + 1));
}

/**
 * Lints files on the main thread and `threads - 1` workers at once, each taking the next batch when it is done;
 * outcomes come back in the order of `jobs`. Without a config source (a config built in code) or a built worker
 * (running from the TypeScript sources), everything runs on the main thread.
 */
export async function lintFilesInParallel(
  jobs: FileJob[],
  config: ResolvedConfig,
  settings: LintSettings,
  threads: number,
  limits: ResourceLimits = WORKER_LIMITS,
): Promise<FileLint[]> {
  const outcomes: FileLint[] = new Array(jobs.length);
  const workerCount = config.source && existsSync(fileURLToPath(WORKER_URL)) ? threads - 1 : 0;
  let next = 0;
  const take = (): Batch | undefined => {
    if (next >= jobs.length) return undefined;
    const start = next;
    next = Math.min(jobs.length, next + BATCH);
    return [start, jobs.slice(start, next)];
  };
  const runLocally = ([start, batchJobs]: Batch) => batchJobs.forEach((job, i) => (outcomes[start + i] = lintFile(job, config, settings)));
  // Loaded only when workers start: a few plans' lint (a pre-commit hook's) does not pay for the module.
  const { Worker } = workerCount > 0 ? await import('node:worker_threads') : { Worker: undefined };
  const workers = Worker ? Array.from({ length: workerCount }, () => runWorker(Worker, config.source!, settings, limits, take, outcomes, runLocally)) : [];
  // The main thread works too, yielding between batches so that replies are handled and workers kept busy.
  for (let batch = take(); batch; batch = take()) {
    runLocally(batch);
    await new Promise((resolve) => setImmediate(resolve));
  }
  await Promise.all(workers);
  return outcomes;
}

type Batch = [start: number, jobs: FileJob[]];

/** Feeds one worker batches until none are left; if the worker dies, its batch is linted on the main thread. */
function runWorker(
  Worker: typeof import('node:worker_threads').Worker,
  source: ConfigSource,
  settings: LintSettings,
  limits: ResourceLimits,
  take: () => Batch | undefined,
  outcomes: FileLint[],
  runLocally: (batch: Batch) => void,
): Promise<void> {
  return new Promise((resolve) => {
    const worker = new Worker(WORKER_URL, { workerData: { config: source, settings } satisfies WorkerSetup, resourceLimits: limits });
    // Two batches in flight: the worker's replies wait while the main thread lints a batch of its own, and with one
    // more queued the worker does not sit idle meanwhile.
    const inFlight: Batch[] = [];
    let finished = false;
    const send = () => {
      const batch = take();
      if (!batch) return;
      inFlight.push(batch);
      worker.postMessage({ jobs: batch[1] } satisfies WorkerBatch);
    };
    const finishIfDone = () => {
      if (inFlight.length > 0 || finished) return;
      finished = true;
      void worker.terminate().then(() => resolve());
    };
    worker.on('message', (reply: WorkerReply) => {
      const [start] = inFlight.shift()!;
      reply.outcomes.forEach((outcome, i) => {
        outcomes[start + i] = 'plan' in outcome ? { ...outcome, plan: fromPlanData(outcome.plan) } : outcome;
      });
      send();
      finishIfDone();
    });
    const fail = () => {
      if (finished) return;
      finished = true;
      for (const batch of inFlight.splice(0)) runLocally(batch);
      resolve();
    };
    worker.on('error', fail);
    worker.on('exit', fail);
    // Its first batches are sent now, not when it is online: they wait in its queue while it starts, so a worker that
    // starts slowly (a busy machine) still gets its share, and the main thread does not take every batch meanwhile.
    send();
    send();
    finishIfDone();
  });
}
