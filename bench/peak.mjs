// Preloaded into a benchmarked Node process (node --import): records its peak resident memory in the
// file $PLAN_BENCH_PEAK_FILE when it exits.
import { writeFileSync } from 'node:fs';

const file = process.env.PLAN_BENCH_PEAK_FILE;
if (file) process.on('exit', () => writeFileSync(file, String(process.resourceUsage().maxRSS)));
