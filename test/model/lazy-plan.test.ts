import { describe, expect, it } from 'vitest';
// @ts-expect-error: the benchmark is plain JavaScript outside src/
import { corpusPlans } from '../../bench/corpus.mjs';
import { buildPlan, buildPlanHead } from '../../src/model/build.js';
import { InputError } from '../../src/parse/source.js';

/** What a rule may read of a plan model, getters read. */
const KEYS = ['file', 'id', 'source', 'frontMatter', 'headPlaces', 'kind', 'period', 'owner', 'parent', 'status', 'title'] as const;
const LAZY_KEYS = ['sections', 'items', 'reviewItems', 'directives', 'actuals'] as const;
const plain = (plan: Record<string, unknown>) => JSON.parse(JSON.stringify(Object.fromEntries([...KEYS, ...LAZY_KEYS].map((key) => [key, plan[key]]))));

describe('buildPlanHead', () => {
  it('gives the model buildPlan gives, reading sections and items only when asked', () => {
    const corpus = corpusPlans(24) as { path: string; text: string }[];
    const unusual = [
      { path: 'no-front-matter.md', text: '# Plan\n\n## Goals\n\n- **G1** Grow ARR to $2M by 2027-06-30.\n' },
      { path: 'crlf.md', text: corpus[0]!.text.replace(/\n/g, '\r\n') },
      { path: 'cr.md', text: corpus[1]!.text.replace(/\n/g, '\r') },
    ];
    for (const { path, text } of [...corpus, ...unusual]) {
      const lazy = buildPlanHead(text, path);
      // Read on first use: getters, not values, until a rule asks.
      for (const key of LAZY_KEYS) expect(Object.hasOwn(lazy, key)).toBe(false);
      expect(plain(lazy as never)).toEqual(plain(buildPlan(text, path) as never));
      expect(lazy.lines.lineCount).toBe(buildPlan(text, path).lines.lineCount);
    }
  });

  it('with a function that gives its text again, keeps no text until something asks for it', () => {
    const { path, text } = (corpusPlans(1) as { path: string; text: string }[])[0]!;
    let rereads = 0;
    const lazy = buildPlanHead(text, path, {}, () => {
      rereads++;
      return text;
    });
    expect(lazy.id).toBe(buildPlan(text, path).id);
    expect(rereads).toBe(0);
    expect(plain(lazy as never)).toEqual(plain(buildPlan(text, path) as never));
    expect(rereads).toBe(1);
  });

  it('refuses text over the limits at once, not later when a rule reads the items', () => {
    const text = `---\nkind: team\nperiod: FY2027\n---\n\n## Goals\n\n${'- **G1** x\n'.repeat(30)}`;
    expect(() => buildPlanHead(text, 'big.md', { maxListItems: 20 })).toThrow(InputError);
  });
});
