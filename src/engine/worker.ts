// A worker thread of a parallel lint run: reads, parses and runs the plan rules on the batches it is sent.
import { parentPort, workerData } from 'node:worker_threads';
import { resolveConfig } from '../config/resolve.js';
import { toPlanData } from '../model/transfer.js';
import { type FileJob, lintFile } from './file-lint.js';
import type { WorkerBatch, WorkerReply, WorkerSetup } from './parallel.js';

const setup = workerData as WorkerSetup;
const config = resolveConfig(setup.config.data, setup.config.baseDir, setup.config.file);

parentPort!.on('message', (batch: WorkerBatch) => {
  const outcomes = batch.jobs.map((job: FileJob) => {
    const outcome = lintFile(job, config, setup.settings);
    return 'plan' in outcome ? { ...outcome, plan: toPlanData(outcome.plan) } : outcome;
  });
  parentPort!.postMessage({ outcomes } satisfies WorkerReply);
});
