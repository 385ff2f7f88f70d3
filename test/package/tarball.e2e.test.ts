import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { brokenLinks } from '../helpers/markdown-links.js';

// The package as a user gets it: packed (npm test has just built dist/, so packing skips the prepack build), installed
// into an empty project from npm's cache, and run through the bins npm links.
const work = mkdtempSync(join(tmpdir(), 'plan-tarball-'));
const app = join(work, 'app');
const probeLog = join(work, 'loaded.log');
let packed: { filename: string; files: { path: string }[] };
let install: { status: number | null; stdout: string; stderr: string };

/**
 * Loaded before plan runs: records every module of the package's unbundled dist/ that gets loaded, by import() (a
 * module loader hook) or require(). The bundle is one file, dist/bundle/cli.cjs; when the launcher takes it, no module
 * of dist/ outside dist/bundle/ is ever loaded, and the log stays empty.
 */
function writeProbe(): string {
  const unbundled = `new RegExp(${JSON.stringify('/node_modules/plan-lint/dist/(?!bundle/)')})`;
  writeFileSync(
    join(work, 'hooks.mjs'),
    `import { appendFileSync } from 'node:fs';
export async function resolve(specifier, context, next) {
  const result = await next(specifier, context);
  if (${unbundled}.test(result.url)) appendFileSync(${JSON.stringify(probeLog)}, result.url + '\\n');
  return result;
}
`,
  );
  writeFileSync(
    join(work, 'probe.cjs'),
    `const Module = require('node:module');
const { appendFileSync } = require('node:fs');
const { pathToFileURL } = require('node:url');
Module.register('./hooks.mjs', pathToFileURL(${JSON.stringify(join(work, 'probe.cjs'))}));
const load = Module._load;
Module._load = function (request, parent, isMain) {
  const path = Module._resolveFilename(request, parent, isMain);
  if (${unbundled}.test(path.replaceAll('\\\\', '/'))) appendFileSync(${JSON.stringify(probeLog)}, path + '\\n');
  return load.apply(this, arguments);
};
`,
  );
  return join(work, 'probe.cjs');
}

function npm(args: string[], cwd: string) {
  return spawnSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', args, {
    cwd,
    encoding: 'utf8',
    timeout: 170_000,
    env: { ...process.env, npm_config_update_notifier: 'false' },
  });
}

let probe: string;
/** Runs a bin npm linked into the app (plan or plan-lint), with the probe loaded, as a user without a terminal would. */
function bin(name: 'plan' | 'plan-lint', args: string[], env: Record<string, string> = {}, input = '') {
  const run = spawnSync(join(app, 'node_modules', '.bin', name), args, {
    cwd: app,
    input,
    encoding: 'utf8',
    timeout: 170_000,
    env: { ...process.env, NO_COLOR: '1', PLAN_TODAY: '2026-11-25', PLAN_DAEMON: '0', NODE_OPTIONS: `--require ${probe}`, ...env },
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

beforeAll(() => {
  const pack = npm(['pack', '--ignore-scripts', '--json', '--pack-destination', work], ROOT);
  expect(pack.status, pack.stderr).toBe(0);
  packed = (JSON.parse(pack.stdout) as (typeof packed)[])[0]!;
  mkdirSync(app);
  writeFileSync(join(app, 'package.json'), '{ "name": "sales-plans", "private": true }\n');
  const result = npm(['install', '--no-audit', '--no-fund', '--prefer-offline', '--save-dev', join(work, packed.filename)], app);
  install = { status: result.status, stdout: result.stdout, stderr: result.stderr };
  probe = writeProbe();
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the packed tarball', () => {
  it('holds the built CLI and bundle, the templates, the docs, README, LICENSE and SECURITY.md, and no sources or tests', () => {
    const files = new Set(packed.files.map((f) => f.path));
    for (const file of [
      'package.json',
      'README.md',
      'LICENSE',
      'SECURITY.md',
      'bin/plan.cjs',
      'dist/bundle/cli.cjs',
      'dist/cli/main.js',
      'dist/index.js',
      'dist/index.d.ts',
      'docs/rules/README.md',
    ]) {
      expect(files, file).toContain(file);
    }
    expect([...files].some((f) => f.startsWith('templates/'))).toBe(true);
    expect([...files].filter((f) => /^(?:src|test|scripts)\/|^bench\/(?!README\.md$)/.test(f))).toEqual([]);
  });

  it('every relative link in its Markdown files leads to a file it holds', () => {
    const installed = join(app, 'node_modules', 'plan-lint');
    const markdown = packed.files.map((f) => f.path).filter((path) => path.endsWith('.md'));
    expect(markdown.length).toBeGreaterThan(5);
    for (const file of markdown) expect(brokenLinks(installed, file, existsSync), file).toEqual([]);
  });

  it('builds on prepack, with no install-time script that would run (or warn) on every user install', () => {
    const { scripts, bin: bins } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
      bin: Record<string, string>;
    };
    expect(scripts.prepack).toBe('npm run build');
    for (const hook of ['prepare', 'preinstall', 'install', 'postinstall']) expect(scripts[hook], hook).toBeUndefined();
    expect(bins).toEqual({ plan: './bin/plan.cjs', 'plan-lint': './bin/plan.cjs' });
    expect(install.status, install.stderr).toBe(0);
    expect(install.stderr).not.toMatch(/prepare/i);
  });

  it('installs both bins, plan and plan-lint, and each starts from the bundle', () => {
    for (const name of ['plan', 'plan-lint'] as const) {
      expect(realpathSync(join(app, 'node_modules', '.bin', name))).toBe(realpathSync(join(app, 'node_modules', 'plan-lint', 'bin', 'plan.cjs')));
      rmSync(probeLog, { force: true });
      const help = bin(name, ['--help']);
      expect(help.code, help.stderr).toBe(0);
      expect(help.stdout).toMatch(/^Usage: plan \[options\] \[command\]/);
      expect(existsSync(probeLog) ? readFileSync(probeLog, 'utf8') : '').toBe('');
    }
  });

  it('runs init, lint, review in a fresh folder: only the findings a writer is told to expect, none once the plans are filled in', () => {
    rmSync(probeLog, { force: true });
    // init: a company plan, and a team plan under it (named without .md: init adds it).
    expect(bin('plan', ['init', 'plans/company-fy2027.md', '--kind', 'company', '--period', 'FY2027', '--owner', 'Dana Lee', '--yes']).code).toBe(0);
    const team = bin('plan-lint', [
      'init',
      'plans/emea-fy2027',
      '--kind',
      'team',
      '--period',
      'FY2027',
      '--owner',
      'Sam Roe',
      '--parent',
      'company-fy2027',
      '--yes',
    ]);
    expect(team).toMatchObject({ code: 0, stdout: 'Wrote plans/emea-fy2027.md: replace its TODOs, then run "plan lint plans/emea-fy2027.md"\n' });
    // lint before filling in: only the placeholders, section by section.
    const unfilled = bin('plan', ['lint', 'plans/emea-fy2027.md', '--format', 'json']);
    expect(unfilled.code).toBe(1);
    const rules = new Set((JSON.parse(unfilled.stdout) as { messages: { ruleId: string }[] }[])[0]!.messages.map((m) => m.ruleId));
    expect([...rules]).toEqual(['empty-section']);
    // Fill them in as a writer would: the example text kept as the plan's own, the Supports fields named.
    const fill = (file: string, edit: (text: string) => string) => writeFileSync(join(app, file), edit(readFileSync(join(app, file), 'utf8')));
    fill('plans/company-fy2027.md', (text) => text.replaceAll('TODO: ', ''));
    fill('plans/emea-fy2027.md', (text) =>
      text
        .replaceAll('TODO: ', '')
        .replace('Supports: TBD', 'Supports: company-fy2027#G1, company-fy2027#G2')
        .replace('Supports: TBD', 'Supports: company-fy2027#G3'),
    );
    for (const args of [
      ['lint', 'plans'],
      ['lint', 'plans/emea-fy2027.md'],
      ['lint', 'plans/company-fy2027.md'],
    ]) {
      expect(bin('plan', args), args.join(' ')).toEqual({ code: 0, stdout: '', stderr: '' });
    }
    // An editor's view of the team plan (stdin) agrees: its parent is found.
    const buffer = readFileSync(join(app, 'plans/emea-fy2027.md'), 'utf8');
    expect(bin('plan-lint', ['lint', '--stdin', '--stdin-filename', 'plans/emea-fy2027.md'], {}, buffer)).toEqual({ code: 0, stdout: '', stderr: '' });
    // The year ends: review both plans, fill in the results, and lint is clean again.
    const later = { PLAN_TODAY: '2028-01-10' };
    expect(bin('plan', ['lint', 'plans'], later).code).toBe(1);
    expect(bin('plan', ['review', 'plans/company-fy2027.md'], later)).toMatchObject({
      code: 0,
      stdout: 'Added a Review to plans/company-fy2027.md with 3 goals to assess: replace its TODOs with Met, Missed or Partially met and why\n',
    });
    const teamReview = bin('plan', ['review', 'plans/emea-fy2027.md'], later);
    expect(teamReview.stdout).toBe(
      "Added a Review to plans/emea-fy2027.md with 2 goals to assess: replace its TODOs with Met, Missed or Partially met and why; then set each open objective's Status to met or missed (OB1, OB2)\n",
    );
    for (const plan of ['plans/company-fy2027.md', 'plans/emea-fy2027.md']) {
      fill(plan, (text) =>
        text
          .replaceAll('TODO: Met | Missed | Partially met — why.', '✅ Met — closed above target.')
          .replaceAll('Lesson: TODO', 'Lesson: start the partner program a quarter earlier.'),
      );
    }
    fill('plans/emea-fy2027.md', (text) => text.replace(/(- \*\*OB\d\*\*[^\n]*\n(?: {2}- [^\n]*\n)*)/g, '$1  - Status: met\n'));
    expect(bin('plan', ['lint', 'plans'], later)).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(existsSync(probeLog) ? readFileSync(probeLog, 'utf8') : '').toBe('');
  });
});
