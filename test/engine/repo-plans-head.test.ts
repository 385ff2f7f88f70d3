import { describe, expect, it } from 'vitest';
import { looksLikePlan } from '../../src/engine/repo-plans.js';

describe('which files make a folder part of a plans repo (the walk up from a plan outside git)', () => {
  it.each([
    ['front matter with a kind', '---\nkind: team\nowner: A\n---\n## Goals\n', true],
    ['front matter with a period, after a BOM', '\uFEFF---\nperiod: FY2027\n---\n', true],
    ['front matter left open', '---\nkind: team\nowner: A\n', true],
    ['a README that shows front matter in a code block', '# Plans\n\n```yaml\n---\nkind: team\n---\n```\n', false],
    ['front matter without kind or period, the word later', '---\ntitle: Notes\n---\nkind: team\n', false],
  ])('%s', (_name, text, expected) => {
    expect(looksLikePlan(text)).toBe(expected);
  });
});
