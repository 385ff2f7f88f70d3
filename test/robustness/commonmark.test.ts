import { tests as specExamples } from 'commonmark-spec';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { lintText } from '../../src/index.js';
import { resolveConfig } from '../../src/config/resolve.js';
import { buildPlan } from '../../src/model/build.js';
import { SECTIONS } from '../../src/model/sections.js';
import { InputError } from '../../src/parse/source.js';
import { CLEAN } from './hostile.js';

const config = resolveConfig({}, process.cwd());
const processor = unified().use(remarkParse);

/** All 652 examples under `npm run fuzz`; every 13th (about 50, each section of the spec met) in `npm test`. */
const all = process.env.FUZZ_RUNS !== undefined;
const examples = specExamples
  .filter((_, i) => all || i % 13 === 0)
  // The package shows tabs as "→".
  .map((e) => ({ ...e, markdown: e.markdown.replace(/→/g, '\t'), html: e.html.replace(/→/g, '\t') }));

const clean = buildPlan(CLEAN, 'clean.md');
const cleanCounts = new Map(clean.sections.map((s) => [s.key, s.items.length]));

/** The example at the end of every section (after a comment that closes any list), and as a Review section. */
function withExampleEverywhere(markdown: string): string {
  const body = CLEAN.split(/\n(?=## )/)
    .map((part, index) => (index === 0 ? part : `${part.trimEnd()}\n\n<!-- example -->\n\n${markdown.trimEnd()}\n`))
    .join('\n');
  return `${body}\n## Review\n\n${markdown.trimEnd()}\n`;
}

/**
 * Top-level list items the spec's own HTML shows before any h1/h2 (which would start another section in a plan):
 * the oracle for how many items the example adds to an item section.
 */
function topLevelItems(html: string): number {
  let depth = 0;
  let count = 0;
  for (const m of html.matchAll(/<(\/?)(ul|ol|li|blockquote|h1|h2)\b[^>]*>/g)) {
    const [, closing, tag] = m;
    if (tag === 'h1' || tag === 'h2') {
      if (!closing && depth === 0) break;
      continue;
    }
    if (tag === 'li') {
      if (!closing && depth === 1) count++;
      continue;
    }
    depth += closing ? -1 : 1;
  }
  return count;
}

/** An example that leaves a fence, HTML block or the like open swallows the heading after it. */
function swallowsWhatFollows(markdown: string): boolean {
  const tree = processor.parse(`${markdown.trimEnd()}\n\n## Sentinel\n`);
  const last = tree.children.at(-1);
  return !(last?.type === 'heading' && last.depth === 2);
}

describe(`CommonMark spec examples in every section of a valid plan (${examples.length} examples)`, () => {
  it.each(examples.map((e) => [e.number, e.section, e] as const))('example %i (%s)', (_, __, example) => {
    const text = withExampleEverywhere(example.markdown);
    let plan: ReturnType<typeof buildPlan>;
    try {
      plan = buildPlan(text, 'plan.md');
    } catch (error) {
      expect(error).toBeInstanceOf(InputError);
      return;
    }
    const result = lintText(text, { config, today: '2026-11-25', filePath: 'plan.md' });
    for (const d of result.diagnostics) expect(d.message).not.toMatch(/^Rule ".*" failed on this file/);
    if (swallowsWhatFollows(example.markdown)) return;

    // Every part of the clean plan is still found, in order, once, whatever the example did.
    const found = plan.sections.filter((s) => s.key).map((s) => s.key);
    // (The clean plan has every part but Check-ins, which a plan adds while it runs; the example adds the Review.)
    expect(found).toEqual(SECTIONS.map((s) => s.key).filter((key) => key !== 'checkins'));
    const rawHtmlList = /<\s*\/?\s*(?:li|ul|ol)\b/i.test(example.markdown);
    if (rawHtmlList) return;
    const added = topLevelItems(example.html);
    for (const section of plan.sections.filter((s) => s.key)) {
      const spec = SECTIONS.find((s) => s.key === section.key)!;
      const expected = spec.hasItems ? (cleanCounts.get(section.key) ?? 0) + added : 0;
      expect(section.items.length, `items in ${section.heading}`).toBe(expected);
    }
    // The clean plan's own items keep their IDs: an ID in a code block or HTML block never becomes one.
    const cleanIds = clean.items.map((i) => i.id);
    expect(plan.items.map((i) => i.id).filter((id) => cleanIds.includes(id))).toEqual(cleanIds);
  });
});
