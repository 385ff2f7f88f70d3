// Writes docs/report-examples.png: the report of examples/ as Chromium draws it (`npm run screenshot` builds first).
// Needs the system's Chromium (apt-get install -y chromium), or PLAN_CHROMIUM naming one.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const scratch = mkdtempSync(join(tmpdir(), 'plan-report-shot-'));
const html = join(scratch, 'report.html');
const out = join(root, 'docs', 'report-examples.png');
// A fixed date, so that the picture changes only when the examples (or the report) do.
const run = spawnSync(
  process.execPath,
  [join(root, 'bin', 'plan.cjs'), 'report', 'examples', '--ignore-pattern', 'examples/broken/**', '--title', 'Northwind Software — sales plans', '-o', html],
  {
    cwd: root,
    env: { ...process.env, PLAN_TODAY: '2027-05-20', NO_COLOR: '1' },
    encoding: 'utf8',
  },
);
if (run.status !== 0) {
  console.error(`plan report failed (${run.status}): ${run.stderr.trim()}`);
  process.exit(2);
}
const browser = await chromium.launch({ executablePath: process.env.PLAN_CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
try {
  const page = await browser.newPage({ viewport: { width: 1100, height: 800 } });
  await page.goto(pathToFileURL(html).href, { waitUntil: 'load' });
  // Cards below the fold are drawn only once in view (content-visibility: auto): make the whole page the view.
  await page.setViewportSize({ width: 1100, height: await page.evaluate(() => document.documentElement.scrollHeight) });
  await page.screenshot({ path: out, fullPage: true });
} finally {
  await browser.close();
  rmSync(scratch, { recursive: true, force: true });
}
console.log(`wrote ${join('docs', 'report-examples.png')}`);
