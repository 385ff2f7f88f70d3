// `npm run bench`: plan lint against markdownlint-cli2 (default config) on generated corpora, in the same run and
// alternating, plus the --cache re-lint, plan report of the large repo, and the one-file cold start against `node -e 0`.
// Usage: node bench/run.mjs [--sizes 100,1000,5000] [--rounds N] [--no-markdownlint] [--layouts mixed]
// (--layouts mixed: a third of the corpus's plans in table or OKR layout, bench/layouts.mjs)
// Numbers are wall time (median of the rounds) and peak resident memory (largest of the rounds).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { corpusPlans, writeCorpus } from './corpus.mjs';
import { lspScenario } from './lsp.mjs';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const planBin = join(root, 'bin', 'plan.cjs');
const markdownlintBin = join(root, 'node_modules', 'markdownlint-cli2', 'markdownlint-cli2-bin.mjs');
const peakModule = join(root, 'bench', 'peak.mjs');
const TODAY = '2027-06-15';

const args = parseArgs(process.argv.slice(2));
const scratch = mkdtempSync(join(tmpdir(), 'plan-bench-'));
// Node's cache of compiled code (module.enableCompileCache, Node >= 22.1) for this run only.
const compileCache = join(scratch, 'compile-cache');

/** Runs a Node program once; returns wall seconds, peak RSS in MB and the exit code. */
function measure(script, scriptArgs, cwd, { peak = true, env = {} } = {}) {
  const peakFile = join(scratch, 'peak');
  rmSync(peakFile, { force: true });
  const nodeArgs = peak ? ['--import', peakModule, script, ...scriptArgs] : [script, ...scriptArgs];
  const started = process.hrtime.bigint();
  const child = spawnSync(process.execPath, nodeArgs, {
    cwd,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, PLAN_BENCH_PEAK_FILE: peakFile, FORCE_COLOR: '0', NODE_COMPILE_CACHE: compileCache, ...env },
    maxBuffer: 1 << 30,
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  let peakMb;
  if (peak) {
    try {
      peakMb = Number(readFileSync(peakFile, 'utf8')) / 1024;
    } catch {
      peakMb = NaN;
    }
  }
  return { seconds, peakMb, status: child.status, stderr: child.stderr?.toString() ?? '' };
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function summary(runs) {
  return { seconds: median(runs.map((r) => r.seconds)), peakMb: Math.max(...runs.map((r) => r.peakMb ?? 0)) };
}

/** plan exits 1 when it finds problems (the corpora have some); 2 means it failed, and the numbers would lie. */
function check(run, what, okStatuses) {
  if (!okStatuses.includes(run.status)) {
    console.error(`bench: ${what} exited ${run.status}:\n${run.stderr.split('\n').slice(0, 5).join('\n')}`);
    process.exit(2);
  }
  return run;
}

// --no-ignore: the corpus sits in a folder this repo's .gitignore lists. Exit 1 only: every corpus has defects, so a
// clean exit means plan linted nothing and the numbers would lie.
const lintPlan = (cwd, extra = []) => check(measure(planBin, ['lint', '.', '--no-ignore', '--today', TODAY, ...extra], cwd), 'plan lint', [1]);
const lintMarkdown = (cwd) => check(measure(markdownlintBin, ['**/*.md'], cwd), 'markdownlint-cli2', [0, 1]);

const fmt = (s) => `${s.toFixed(2)} s`;
const mb = (m) => `${Math.round(m)} MB`;
const rows = [];

console.log(
  `node ${process.version}, ${availableParallelism()} cores (${cpus()[0]?.model ?? 'unknown cpu'}), load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);
if (loadavg()[0] > 0.5) console.log('note: the machine is busy (load average above 0.5); numbers will be noisy');

const bySize = new Map();
for (const size of args.sizes) {
  const dir = join(root, 'bench', '.corpus', `${size}${args.layouts === 'mixed' ? '-mixed' : ''}`);
  const files = writeCorpus(dir, size, { layouts: args.layouts });
  const rounds = args.rounds ?? (size <= 100 ? 5 : size <= 1000 ? 3 : 1);
  const planRuns = [];
  const markdownRuns = [];
  for (let round = 0; round < rounds; round++) {
    planRuns.push(lintPlan(dir));
    if (args.markdownlint) markdownRuns.push(lintMarkdown(dir));
  }
  const plan = summary(planRuns);
  const row = { what: `${size} plans`, plan };
  if (args.markdownlint) {
    row.markdownlint = summary(markdownRuns);
    row.ratio = plan.seconds / row.markdownlint.seconds;
  }
  rows.push(row);
  bySize.set(size, { dir, files, plan });
  console.log(
    `${String(size).padStart(5)} plans: plan lint ${fmt(plan.seconds)}, peak ${mb(plan.peakMb)}` +
      (row.markdownlint ? ` | markdownlint-cli2 ${fmt(row.markdownlint.seconds)}, peak ${mb(row.markdownlint.peakMb)} | ratio ${row.ratio.toFixed(2)}x` : '') +
      ` (${rounds} round${rounds > 1 ? 's' : ''})`,
  );
}

const sizes = [...bySize.keys()].sort((a, b) => a - b);
for (let i = 1; i < sizes.length; i++) {
  const small = bySize.get(sizes[i - 1]);
  const large = bySize.get(sizes[i]);
  const ratio = large.plan.seconds / small.plan.seconds;
  rows.push({ what: `scaling: ${sizes[i]} plans`, plan: large.plan, other: small.plan.seconds, ratioOf: `${sizes[i - 1]} plans`, ratio });
  console.log(
    `scaling ${sizes[i - 1]} -> ${sizes[i]} plans: ${(large.plan.seconds / small.plan.seconds).toFixed(2)}x the time for ${(sizes[i] / sizes[i - 1]).toFixed(0)}x the plans`,
  );
}

// The cache: a warm cache, then one plan edited, then the re-lint that a pre-commit hook would run.
const cacheCorpus = bySize.get(1000) ?? bySize.get(sizes[sizes.length - 1]);
const help = spawnSync(process.execPath, [planBin, 'lint', '--help'], { encoding: 'utf8' }).stdout;
if (cacheCorpus && help.includes('--cache')) {
  const location = join(scratch, 'plancache');
  const edited = cacheCorpus.files[Math.floor(cacheCorpus.files.length / 2)];
  const original = readFileSync(edited, 'utf8');
  const cacheArgs = ['--cache', '--cache-location', location];
  const cachedRuns = [];
  try {
    lintPlan(cacheCorpus.dir, cacheArgs);
    // Five rounds, as the hook's: a run of ~0.6 s varies more between rounds than the cold run's ~2-3 s.
    for (let round = 0; round < 5; round++) {
      writeFileSync(edited, `${original}\nEdited in bench round ${round}.\n`);
      cachedRuns.push(lintPlan(cacheCorpus.dir, cacheArgs));
    }
  } finally {
    writeFileSync(edited, original);
  }
  const cached = summary(cachedRuns);
  const ratio = cached.seconds / cacheCorpus.plan.seconds;
  rows.push({ what: `${cacheCorpus.files.length} plans, --cache, one edited`, plan: cached, ratio, ratioOf: 'cold run' });
  console.log(
    `--cache re-lint of ${cacheCorpus.files.length} plans after editing ${relative(cacheCorpus.dir, edited)}: ${fmt(cached.seconds)}, peak ${mb(cached.peakMb)} | ${ratio.toFixed(3)}x the cold run`,
  );
} else if (cacheCorpus) {
  console.log('--cache: not supported by this build of plan lint; skipped');
}

// plan status on the 1,000-plan repo with a generated 100,000-row CRM export, against plan lint of the same plans.
const statusCorpus = bySize.get(1000);
if (statusCorpus) {
  const ids = corpusPlans(1000).map((plan) => plan.id);
  const csv = join(scratch, 'actuals.csv');
  const lines = ['plan,item,value,date,source'];
  for (let i = 0; i < 100_000; i++)
    lines.push(
      `${ids[i % ids.length]},G${(i % 3) + 1},"$${(1 + (i % 97) / 10).toFixed(1)}M",2027-0${(i % 6) + 1}-${String((i % 28) + 1).padStart(2, '0')},CRM export`,
    );
  writeFileSync(csv, `${lines.join('\n')}\n`);
  const statusRuns = [];
  for (let round = 0; round < 3; round++)
    statusRuns.push(
      check(measure(planBin, ['status', '.', '--no-ignore', '--today', TODAY, '--actuals', csv, '--format', 'json'], statusCorpus.dir), 'plan status', [0]),
    );
  const status = summary(statusRuns);
  const ratio = status.seconds / statusCorpus.plan.seconds;
  rows.push({ what: 'plan status, 1000 plans, 100,000-row CSV', plan: status, other: statusCorpus.plan.seconds, ratioOf: 'plan lint', ratio });
  console.log(
    `plan status of 1000 plans with a 100,000-row CSV: ${fmt(status.seconds)}, peak ${mb(status.peakMb)} | ${ratio.toFixed(2)}x plan lint of the same plans (target <= 1.5x)`,
  );
}

// One plan of the large repo, as a pre-commit hook lints it: the file named alone, its repo read to resolve its links.
if (cacheCorpus) {
  const named = relative(cacheCorpus.dir, cacheCorpus.files[Math.floor(cacheCorpus.files.length / 3)]);
  const hookRuns = [];
  for (let round = 0; round < 5; round++)
    hookRuns.push(check(measure(planBin, ['lint', named, '--no-ignore', '--today', TODAY], cacheCorpus.dir, { peak: false }), 'plan lint one plan', [0, 1]));
  const hook = summary(hookRuns);
  rows.push({ what: `one plan of ${cacheCorpus.files.length}, as a pre-commit hook`, plan: hook });
  console.log(`one plan of the ${cacheCorpus.files.length}-plan repo (pre-commit hook): ${fmt(hook.seconds)} (5 rounds)`);
}

// plan report of the large repo: its time against plan lint's, the page's size, and Chromium's load event for it.
if (cacheCorpus) {
  const reportFile = join(scratch, 'report.html');
  const reportRuns = [];
  for (let round = 0; round < 3; round++)
    reportRuns.push(check(measure(planBin, ['report', '.', '--no-ignore', '--today', TODAY, '-o', reportFile], cacheCorpus.dir), 'plan report', [0]));
  const report = summary(reportRuns);
  const ratio = report.seconds / cacheCorpus.plan.seconds;
  const megabytes = statSync(reportFile).size / 1024 / 1024;
  const load = await loadEventSeconds(reportFile);
  rows.push({
    what: `plan report of ${cacheCorpus.files.length} plans (${megabytes.toFixed(2)} MB)`,
    plan: report,
    ratio,
    ratioOf: 'plan lint',
    other: cacheCorpus.plan.seconds,
  });
  console.log(
    `plan report of ${cacheCorpus.files.length} plans: ${fmt(report.seconds)}, peak ${mb(report.peakMb)} | ${ratio.toFixed(2)}x plan lint (target <= 1.5x) | ` +
      `${megabytes.toFixed(2)} MB (<= 3 MB) | Chromium load event ${load === undefined ? 'not measured (no Chromium)' : fmt(load)} (<= 2 s)`,
  );
}

// The language server (bench/lsp.mjs): load, diagnostics after a change and memory in a 1,000-plan workspace.
if (cacheCorpus) rows.push(...(await lspScenario(cacheCorpus, { planBin, peakModule, today: TODAY, scratch })));

// One plan, cold: what a pre-commit hook or an editor pays per file. A new process each time; "compiled code cached"
// is every run after the first (Node >= 22.1 keeps it, see bin/plan.cjs), "no compile cache" the first after install.
const one = writeCorpus(join(root, 'bench', '.corpus', '1'), 1)[0];
const lintOne = (env) => check(measure(planBin, ['lint', one, '--today', TODAY], root, { peak: false, env }), 'plan lint', [0, 1]);
const coldRuns = [];
const uncachedRuns = [];
const nodeRuns = [];
lintOne({});
for (let round = 0; round < 9; round++) {
  coldRuns.push(lintOne({}));
  uncachedRuns.push(lintOne({ NODE_DISABLE_COMPILE_CACHE: '1' }));
  nodeRuns.push(measure('-e', ['0'], root, { peak: false }));
}
const cold = median(coldRuns.map((r) => r.seconds));
const uncached = median(uncachedRuns.map((r) => r.seconds));
const bare = median(nodeRuns.map((r) => r.seconds));
rows.push({ what: 'one plan, cold (compiled code cached)', plan: { seconds: cold }, ratio: cold / bare, ratioOf: '`node -e 0`', other: bare });
rows.push({ what: 'one plan, cold, no compile cache', plan: { seconds: uncached }, ratio: uncached / bare, ratioOf: '`node -e 0`', other: bare });
console.log(
  `one plan, cold: plan lint ${fmt(cold)} (no compile cache: ${fmt(uncached)}) | node -e 0 ${fmt(bare)} | ${(cold / bare).toFixed(2)}x (${(uncached / bare).toFixed(2)}x) (9 rounds)`,
);
console.log(
  `load average at the end: ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);

// The same numbers as a Markdown table, for the README's Speed section.
console.log('\n| run | plan lint | peak memory | compared with | ratio |\n|-----|-----------|-------------|---------------|-------|');
for (const row of rows) {
  const other = row.markdownlint
    ? `markdownlint-cli2 ${fmt(row.markdownlint.seconds)}, ${mb(row.markdownlint.peakMb)}`
    : row.other
      ? `${row.ratioOf} ${fmt(row.other)}`
      : (row.ratioOf ?? '');
  const ratio = row.ratio === undefined ? '' : `${row.ratio.toFixed(row.ratio < 0.1 ? 3 : 2)}x`;
  console.log(`| ${row.what} | ${fmt(row.plan.seconds)} | ${row.plan.peakMb ? mb(row.plan.peakMb) : ''} | ${other} | ${ratio} |`);
}

rmSync(scratch, { recursive: true, force: true });

/** Seconds from navigation start to the load event of a file in the system's Chromium; undefined without one. */
async function loadEventSeconds(file) {
  const executablePath = process.env.PLAN_CHROMIUM ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) return undefined;
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] });
  try {
    const times = [];
    for (let round = 0; round < 3; round++) {
      const page = await browser.newPage();
      await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
      times.push(await page.evaluate(() => performance.getEntriesByType('navigation')[0].loadEventEnd / 1000));
      await page.close();
    }
    return median(times);
  } finally {
    await browser.close();
  }
}

function parseArgs(argv) {
  const out = { sizes: [100, 1000, 5000], rounds: undefined, markdownlint: true, layouts: 'canonical' };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--sizes') out.sizes = argv[++i].split(',').map(Number);
    else if (arg === '--rounds') out.rounds = Number(argv[++i]);
    else if (arg === '--no-markdownlint') out.markdownlint = false;
    else if (arg === '--layouts' && ['canonical', 'mixed'].includes(argv[i + 1])) out.layouts = argv[++i];
    else {
      console.error(`bench: unknown argument "${arg}" (use --sizes 100,1000,5000, --rounds N, --no-markdownlint, --layouts canonical|mixed)`);
      process.exit(2);
    }
  }
  if (out.sizes.some((n) => !Number.isInteger(n) || n < 1) || (out.rounds !== undefined && !(out.rounds >= 1))) {
    console.error('bench: --sizes takes whole numbers, --rounds a number of at least 1');
    process.exit(2);
  }
  return out;
}
