/// <reference lib="dom" />
// The report in a real browser: playwright-core drives the system's Chromium (.ci/run installs it; PLAN_CHROMIUM
// names another binary). One browser for the whole file; each page gets its own context.
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import axe from 'axe-core';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: the benchmark is plain JavaScript outside src/
import { writeCorpus } from '../../bench/corpus.mjs';
import { createReport } from '../../src/report/build.js';
import { renderReportHtml } from '../../src/report/html.js';
import type { ReportData } from '../../src/report/types.js';
import { ROOT } from '../helpers/cli.js';
import { folder } from '../helpers/folder.js';
import { plan } from './helpers.js';

const CHROMIUM = process.env.PLAN_CHROMIUM ?? '/usr/bin/chromium';
const ARTIFACTS = join(ROOT, 'artifacts');
const scratch = mkdtempSync(join(tmpdir(), 'plan-report-browser-'));
let browser: Browser;

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}: apt-get install -y chromium (as .ci/run does), or set PLAN_CHROMIUM`);
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
});
afterAll(async () => browser?.close());

interface Opened {
  page: Page;
  /** Console errors and uncaught exceptions. */
  errors: string[];
  /** Every request other than the report file itself. */
  requests: string[];
  dialogs: string[];
}

async function open(html: string, name: string, options: { javaScriptEnabled?: boolean } = {}): Promise<Opened> {
  const file = join(scratch, `${name}.html`);
  writeFileSync(file, html);
  const url = pathToFileURL(file).href;
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 }, ...options });
  const page = await context.newPage();
  const opened: Opened = { page, errors: [], requests: [], dialogs: [] };
  page.on('console', (message) => message.type() === 'error' && opened.errors.push(message.text()));
  page.on('pageerror', (error) => opened.errors.push(error.message));
  page.on('request', (request) => request.url() !== url && opened.requests.push(request.url()));
  page.on('dialog', (dialog) => {
    opened.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(url, { waitUntil: 'load' });
  return opened;
}

/** axe-core's serious and critical violations (run through the protocol, which the page's CSP does not govern). */
async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(axe.source);
  const results = await page.evaluate(() => (window as unknown as { axe: typeof axe }).axe.run(document, { resultTypes: ['violations'] }));
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help} (${v.nodes.length})`);
}

/** Every in-page link leads to an element of the page. */
async function brokenLinks(page: Page): Promise<string[]> {
  return page.$$eval('a[href]', (links) =>
    links.map((a) => a.getAttribute('href')!).filter((href) => !href.startsWith('#') || !document.getElementById(href.slice(1))),
  );
}

/**
 * The plan cards shown, once the page has applied the last input: the form applies a reset in a timer of 0 ms (the
 * reset event comes before the fields are cleared), and a timer set after it runs after it.
 */
const visibleCards = async (page: Page) => {
  await page.evaluate(() => new Promise((settled) => setTimeout(settled, 0)));
  return page.locator('li.plan:not([hidden]):not(.context)').count();
};

describe('the report of examples/', () => {
  let data: ReportData;
  let opened: Opened;

  beforeAll(async () => {
    data = (await createReport(['examples'], { cwd: ROOT, ignorePatterns: ['examples/broken/**'], today: '2027-05-20', title: 'Northwind — plans' })).data;
    opened = await open(renderReportHtml(data), 'examples');
  });

  it('shows a card per plan, every goal, and in-page links that all lead somewhere', async () => {
    const { page } = opened;
    expect(await page.locator('li.plan').count()).toBe(data.plans.length);
    expect(await page.locator('ol.goals > li').count()).toBe(data.goals.length);
    expect(await page.locator('#plan-company-fy2027 > details > summary h3').innerText()).toContain('Northwind Software');
    expect(await page.locator('a[href="#goal-company-fy2027-G1"]').count()).toBeGreaterThan(0);
    expect(await brokenLinks(page)).toEqual([]);
    const health = page.locator('#plan-acme-fy2027-q1 .health-line a');
    expect(await health.innerText()).toBe('1 error, 2 warnings');
    expect(await page.locator('.tile').first().innerText()).toMatch(/^\d+\s*goals behind pace/);
  });

  it('loads nothing, logs no error, and has no serious or critical accessibility violation', async () => {
    expect(opened.requests).toEqual([]);
    expect(opened.errors).toEqual([]);
    expect(await seriousViolations(opened.page)).toEqual([]);
    mkdirSync(ARTIFACTS, { recursive: true });
    // The whole page in the viewport, so that the cards below the fold are drawn too (content-visibility: auto).
    await opened.page.setViewportSize({ width: 1200, height: await opened.page.evaluate(() => document.documentElement.scrollHeight) });
    await opened.page.screenshot({ path: join(ARTIFACTS, 'report-examples.png'), fullPage: true });
    await opened.page.setViewportSize({ width: 1200, height: 900 });
  });

  it('filters by kind, owner, behind and errors, keeping the plans above a match as context', async () => {
    const { page } = opened;
    const count = (test: (p: ReportData['plans'][number]) => boolean) => data.plans.filter(test).length;
    await page.selectOption('select[name=kind]', 'account');
    expect(await visibleCards(page)).toBe(count((p) => p.kind === 'account'));
    expect(await page.locator('#plan-company-fy2027').getAttribute('class')).toContain('context');
    expect(await page.locator('#shown').innerText()).toBe(`${count((p) => p.kind === 'account')} of ${data.plans.length} plans match`);
    await page.check('input[name=errors]');
    expect(await visibleCards(page)).toBe(count((p) => p.kind === 'account' && p.errors > 0));
    await page.click('button[type=reset]');
    expect(await visibleCards(page)).toBe(data.plans.length);
    await page.check('input[name=behind]');
    const behindPlans = new Set(data.goals.filter((g) => g.behind).map((g) => g.plan));
    expect(behindPlans.size).toBeGreaterThan(0);
    expect(await visibleCards(page)).toBe(behindPlans.size);
    await page.click('button[type=reset]');
    await page.selectOption('select[name=owner]', 'Sam Lee'); // a goal's owner, not a plan's
    await visibleCards(page);
    expect(await page.locator('li.plan:not([hidden]):not(.context)').evaluateAll((cards) => cards.map((c) => c.id))).toEqual(['plan-acme-fy2027-q2']);
    await page.click('button[type=reset]');
  });

  it('collapses and expands the tree', async () => {
    const { page } = opened;
    await page.click('#collapse');
    expect(await page.locator('details.node[open]').count()).toBe(0);
    expect(await page.locator('#plan-company-fy2027 > details > .body > ol.goals').isVisible()).toBe(false);
    await page.click('#expand');
    expect(await page.locator('details.node:not([open])').count()).toBe(0);
  });

  it('prints each region (a plan right under the top one) on a page of its own, without the filter form', async () => {
    const { page } = opened;
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('form#filters').isVisible()).toBe(false);
    const regions = await page.$$eval('ul.tree > li.plan > details > ul > li.plan', (cards) =>
      cards.map((card) => [card.id, getComputedStyle(card).breakBefore]),
    );
    expect(regions).toEqual([['plan-emea-enterprise-fy2027', 'page']]);
    expect(await page.$eval('#plan-company-fy2027', (card) => getComputedStyle(card).breakBefore)).toBe('auto');
    await page.emulateMedia({ media: 'screen' });
  });

  it('reads in full with JavaScript off: every goal shown, no filter form that would do nothing', async () => {
    const { page, errors } = await open(renderReportHtml(data), 'examples-nojs', { javaScriptEnabled: false });
    expect(await page.locator('form#filters').isVisible()).toBe(false);
    const goals = page.locator('ol.goals > li');
    expect(await goals.count()).toBe(data.goals.length);
    expect(await goals.last().isVisible()).toBe(true);
    expect(errors).toEqual([]);
  });
});

describe('a hostile plan', () => {
  const hostile = plan(
    { id: 'evil', title: 'x "<script>alert(1)</script>', kind: 'account', owner: 'Eve "><svg onload=alert(2)>', period: 'FY2027' },
    [
      '- **G1** Win </style><script>window.pwned=1;alert(3)</script> [click](javascript:alert(4)) <img src=x onerror=alert(5)> by 2027-12-31.',
      '  - Target: <iframe src="javascript:alert(6)"></iframe>',
      '  - Owner: <b onmouseover=alert(7)>x</b>',
      '  - Status: </title><script>alert(8)</script>',
      `- **G2** ${'A very long goal that goes on. '.repeat(6_000)} by 2027-12-31.`,
    ].join('\n'),
    '\n## Risks\n\n- **R1** <style>body{display:none}</style> a risk with no contingency.\n',
  );

  it('renders as inert text: no dialog, no script run, no element the plan wrote', async () => {
    const dir = folder({ 'evil.md': hostile });
    const { data } = await createReport(['.'], { cwd: dir, today: '2027-02-20' });
    const { page, errors, requests, dialogs } = await open(renderReportHtml(data), 'hostile');
    await page.hover('ol.goals > li >> nth=0');
    expect(dialogs).toEqual([]);
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    expect(await page.evaluate(() => document.scripts.length)).toBe(1);
    expect(await page.locator('iframe, img, [onload], [onerror], [onmouseover], a[href^="javascript:"], body style').count()).toBe(0);
    expect(await page.locator('h1').isVisible()).toBe(true);
    expect(await page.title()).toBe('Sales plans');
    expect(await page.locator('#plan-evil h3').innerText()).toContain('x "<script>alert(1)</script>');
    expect(await page.locator('#goal-evil-G1').innerText()).toContain('</style><script>window.pwned=1;alert(3)</script>');
    expect(await page.locator('#plan-evil .meta').innerText()).toContain('owner Eve "><svg onload=alert(2)>');
  });
});

describe('the report of a generated 1,000-plan repo', () => {
  it('opens with a card per plan, working filters, nothing loaded and no error', async () => {
    const dir = join(scratch, 'corpus');
    writeCorpus(dir, 1000);
    const { data } = await createReport(['.'], { cwd: dir, today: '2027-06-15', ignoreFiles: false });
    const html = renderReportHtml(data);
    expect(Buffer.byteLength(html)).toBeLessThan(3 * 1024 * 1024);
    const { page, errors, requests } = await open(html, 'corpus');
    expect(await page.locator('li.plan').count()).toBe(data.plans.length);
    expect(data.plans.length).toBeGreaterThanOrEqual(1000);
    await page.check('input[name=errors]');
    expect(await visibleCards(page)).toBe(data.plans.filter((p) => p.errors > 0).length);
    await page.click('button[type=reset]');
    expect(await brokenLinks(page)).toEqual([]);
    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, 'report-1000-plans.png') });
  });
});
