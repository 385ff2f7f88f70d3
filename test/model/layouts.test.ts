import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import fc from 'fast-check';
import type { Heading, ListItem, RootContent, TableRow } from 'mdast';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: the benchmark is plain JavaScript outside src/
import { corpusPlans } from '../../bench/corpus.mjs';
// @ts-expect-error: the layout converter is plain JavaScript shared with the benchmark
import { convertLayout } from '../../bench/layouts.mjs';
import { lintSources } from '../../src/api.js';
import { validateConfig } from '../../src/config/load.js';
import { buildPlan } from '../../src/model/build.js';
import { SECTION_BY_KEY } from '../../src/model/sections.js';
import type { Diagnostic } from '../../src/types.js';

const TODAY = '2027-02-15';
const LAYOUTS = ['table', 'okr', 'inline'] as const;
const config = validateConfig({}, process.cwd());

function markdownFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? markdownFiles(path) : name.endsWith('.md') && name !== 'README.md' ? [path] : [];
  });
}

/** Every plan of the fixtures and examples, grouped by folder: a folder is linted as one repo. */
function fixtureRepos(): { file: string; text: string }[][] {
  const byFolder = new Map<string, { file: string; text: string }[]>();
  for (const file of [...markdownFiles('test/fixtures'), ...markdownFiles('examples')]) {
    const folder = dirname(file);
    byFolder.set(folder, [...(byFolder.get(folder) ?? []), { file, text: readFileSync(file, 'utf8') }]);
  }
  return [...byFolder.values()];
}

function describe_(d: Diagnostic, message = d.message): string {
  return `${d.start.line} ${d.ruleId}: ${message}`;
}

/** The plans rewritten in `layout` give the findings of the canonical plans, at the lines their items moved to. */
function expectSameFindings(plans: { file: string; text: string }[], layout: (typeof LAYOUTS)[number]): number {
  const converted = plans.map((plan) => ({ file: plan.file, ...(convertLayout(plan.text, layout) as { text: string; lineMap: number[] }) }));
  const before = lintSources(plans, { config, today: TODAY });
  const after = lintSources(converted, { config, today: TODAY });
  let changed = 0;
  converted.forEach((plan, index) => {
    if (plan.text !== plans[index]!.text) changed++;
    const moved = (message: string) => message.replace(/\bline (\d+)/g, (_, n: string) => `line ${plan.lineMap[Number(n)]}`);
    const want = before[index]!.diagnostics.map((d) => `${plan.lineMap[d.start.line]} ${d.ruleId}: ${moved(d.message)}`).sort();
    expect(after[index]!.diagnostics.map((d) => describe_(d)).sort(), `${layout} layout of ${plan.file}`).toEqual(want);
  });
  return changed;
}

describe('a plan gives the same findings in every layout', () => {
  it.each(LAYOUTS)('the fixtures and examples, in %s layout', (layout) => {
    let changed = 0;
    for (const repo of fixtureRepos()) changed += expectSameFindings(repo, layout);
    // The conversion is not vacuous: most fixtures have canonical item sections to rewrite.
    expect(changed).toBeGreaterThan(10);
  });

  it('generated plan repos, in any layout (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 6, max: 30 }), fc.constantFrom(...LAYOUTS), (count, layout) => {
        const plans = (corpusPlans(count) as { path: string; text: string }[]).map((plan) => ({ file: plan.path, text: plan.text }));
        expect(expectSameFindings(plans, layout)).toBe(plans.length);
      }),
      { numRuns: 8, seed: 16 },
    );
  });

  it('the mixed corpus lints as the canonical one, a third of it in table or OKR layout', () => {
    const canonical = corpusPlans(30) as { path: string; text: string }[];
    const mixed = corpusPlans(30, { layouts: 'mixed' }) as { path: string; text: string; layout?: string }[];
    expect(mixed.filter((plan) => plan.layout).length).toBe(10);
    const count = (plans: { path: string; text: string }[]) =>
      lintSources(
        plans.map((p) => ({ file: p.path, text: p.text })),
        { config, today: TODAY },
      ).map((r) => r.diagnostics.map((d) => `${d.ruleId}: ${d.message}`).sort());
    expect(count(mixed)).toEqual(count(canonical));
  });
});

/** List items, table rows and H3s of a plan's item sections, read from the whole file's mdast. */
function itemCarriers(text: string, file: string): { line: number; section: number; what: string }[] {
  const plan = buildPlan(text, file);
  const out: { line: number; section: number; what: string }[] = [];
  for (const section of plan.sections) {
    if (!section.key || !SECTION_BY_KEY.get(section.key)!.hasItems) continue;
    const nodes = plan.tree.children.filter(
      (node) => node.position!.start.line > section.span.start.line && node.position!.end.line <= section.fullSpan.end.line,
    );
    let underItemHeading = false;
    for (const node of nodes as RootContent[]) {
      if (node.type === 'heading' && node.depth === 3) {
        underItemHeading = plan.items.concat(plan.reviewItems).some((item) => item.line === node.position!.start.line);
        if (underItemHeading)
          out.push({ line: node.position!.start.line, section: section.span.start.line, what: `H3 ${(node as Heading).position!.start.line}` });
      } else if (!underItemHeading && node.type === 'list') {
        for (const item of node.children as ListItem[]) out.push({ line: item.position!.start.line, section: section.span.start.line, what: 'list item' });
      } else if (!underItemHeading && node.type === 'table') {
        for (const row of (node.children as TableRow[]).slice(1))
          out.push({ line: row.position!.start.line, section: section.span.start.line, what: 'table row' });
      }
    }
  }
  return out;
}

describe('no content in an item section is dropped silently', () => {
  it('each list item, table row and H3 of every fixture and example became an item or a finding', () => {
    let checked = 0;
    for (const repo of fixtureRepos()) {
      const results = lintSources(repo, { config, today: TODAY });
      repo.forEach((plan, index) => {
        const model = buildPlan(plan.text, plan.file);
        // A field line written without its indent is read into the item above it.
        const itemLines = new Set([...model.items, ...model.reviewItems].flatMap((item) => [item.line, ...item.fields.map((f) => f.span.start.line)]));
        const findingLines = new Set(results[index]!.diagnostics.map((d) => d.start.line));
        for (const carrier of itemCarriers(plan.text, plan.file)) {
          checked++;
          const seen = itemLines.has(carrier.line) || findingLines.has(carrier.line) || findingLines.has(carrier.section);
          expect(seen, `${plan.file}:${carrier.line} (${carrier.what})`).toBe(true);
        }
      });
    }
    expect(checked).toBeGreaterThan(100);
  });

  it('in every layout, including an unreadable table and a paragraph-only section', () => {
    const text = readFileSync('examples/accounts/acme-fy2027.md', 'utf8');
    for (const layout of LAYOUTS) {
      const converted = (convertLayout(text, layout) as { text: string }).text;
      const model = buildPlan(converted, 'acme.md');
      const itemLines = new Set(model.items.map((item) => item.line));
      for (const carrier of itemCarriers(converted, 'acme.md')) expect(itemLines.has(carrier.line), `${layout}: line ${carrier.line}`).toBe(true);
    }
    const unreadable = text
      .replace(/## Risks\n[\s\S]*?(?=\n## )/, '## Risks\n\nThe sponsor may leave; the budget may move.\n')
      .replace(/## Contingencies\n[\s\S]*?(?=\n## )/, '## Contingencies\n\n| Owner | Due |\n|---|---|\n| Dana Reyes | 2027-03-31 |\n');
    const [result] = lintSources([{ file: 'acme.md', text: unreadable }], { config, today: TODAY });
    const messages = result!.diagnostics.filter((d) => d.ruleId === 'empty-section').map((d) => d.message);
    expect(messages).toEqual([
      expect.stringContaining('Section "Risks" has no readable items (found 1 paragraph)'),
      expect.stringContaining('Section "Contingencies" has no readable items (found a table whose columns (Owner, Due) have no statement column'),
    ]);
  });
});
