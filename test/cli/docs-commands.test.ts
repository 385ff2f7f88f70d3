import { describe, expect, it } from 'vitest';
import { runExplain, runRules } from '../../src/cli/docs-commands.js';
import type { Io } from '../../src/cli/io.js';
import { RULES } from '../../src/rules/index.js';

function fakeIo() {
  const out: string[] = [];
  const io: Io = { stdout: (t) => out.push(t), stderr: (t) => out.push(t), color: false, env: {}, cwd: '/' };
  return { io, text: () => out.join('') };
}

describe('plan rules', () => {
  it('lists every rule with its default severity and whether it is fixable', () => {
    const { io, text } = fakeIo();
    expect(runRules({ format: 'text' }, io)).toBe(0);
    const lines = text().trimEnd().split('\n');
    expect(lines).toHaveLength(RULES.length + 1);
    expect(lines.find((l) => l.startsWith('section-order '))).toMatch(/^section-order\s+warn\s+(yes|no)\s+Sections out of the canonical order$/);
  });

  it('prints JSON with docs links', () => {
    const { io, text } = fakeIo();
    runRules({ format: 'json' }, io);
    const list = JSON.parse(text());
    expect(list.map((r: { id: string }) => r.id)).toEqual(RULES.map((r) => r.id));
    expect(list[0].docsUrl).toMatch(/docs\/rules\/frontmatter\.md$/);
  });
});

describe('plan explain', () => {
  it('prints why, options and both examples', () => {
    const { io, text } = fakeIo();
    expect(runExplain('duplicate-section', io)).toBe(0);
    expect(text()).toContain('Why:\n  Two Goals sections');
    expect(text()).toContain('Reported:\n    ## Goals');
    expect(text()).toContain('Not reported:');
  });

  it('names near rule ids for a wrong one', () => {
    expect(() => runExplain('goal', fakeIo().io)).toThrow(/unknown rule "goal" \(did you mean goal-traces-opportunity/);
  });
});
