import { describe, expect, it } from 'vitest';
import { formatDiffs } from '../../src/diff/format/index.js';
import { cell } from '../../src/diff/format/markdown.js';
import type { PlanDiff } from '../../src/diff/types.js';
import type { Diagnostic } from '../../src/types.js';
import { diffFixtures } from './helpers.js';

/** Findings written here, not linted, so that the snapshots do not change with the rules' wording. */
const finding = (ruleId: string, line: number, message: string, severity: Diagnostic['severity'] = 'error'): Diagnostic => ({
  ruleId,
  severity,
  message,
  file: 'plans/acme-q2.md',
  start: { line, column: 1 },
  end: { line, column: 20 },
  anchor: `item:R${line}`,
});
const quarter: PlanDiff = {
  ...diffFixtures('acme-q1.md', 'acme-q2.md', { oldLabel: 'plans/acme-q1.md', newLabel: 'plans/acme-q2.md', lint: false }),
  lint: {
    introduced: [finding('risk-has-contingency', 54, 'Risk R2 has no contingency | add one')],
    fixed: [finding('owner-required', 30, 'Goal G3 has no owner', 'warn')],
  },
};
const review = diffFixtures('review/old.md', 'review/new.md', { oldLabel: 'HEAD~1:plans/globex.md', newLabel: 'plans/globex.md', lint: false });
const same = diffFixtures('reformatted/old.md', 'reformatted/new.md');

describe('diff formats', { timeout: 60_000 }, () => {
  it('text groups changes by section', () => {
    expect(formatDiffs('text', [quarter], { color: false, many: false })).toMatchSnapshot();
    expect(formatDiffs('text', [review], { color: false, many: false })).toMatchSnapshot();
  });

  it('text says when nothing differs, and colours only when asked', () => {
    expect(formatDiffs('text', [same], { color: false, many: false })).toBe('plan diff old.md -> new.md\n  no differences\n');
    expect(formatDiffs('text', [quarter], { color: true, many: false })).toContain('\u001b[32m  + O3');
    expect(formatDiffs('text', [quarter], { color: false, many: false })).not.toContain('\u001b[');
  });

  it('markdown has a summary line and a table per section', () => {
    expect(formatDiffs('markdown', [quarter, review], { color: false, many: true })).toMatchSnapshot();
  });

  it('json has the documented shape: one object, or an array with --git', () => {
    const one = JSON.parse(formatDiffs('json', [review], { color: false, many: false })) as PlanDiff;
    expect(Object.keys(one)).toEqual(['old', 'new', 'frontmatter', 'sections', 'items', 'lint']);
    expect(Object.keys(one.items)).toEqual(['added', 'removed', 'changed']);
    expect(Object.keys(one.lint)).toEqual(['introduced', 'fixed']);
    expect(one).toEqual(JSON.parse(JSON.stringify(review)));
    expect(JSON.parse(formatDiffs('json', [review], { color: false, many: true }))).toHaveLength(1);
    expect(JSON.parse(formatDiffs('json', [], { color: false, many: true }))).toEqual([]);
    expect(formatDiffs('json', [quarter], { color: false, many: false })).toMatchSnapshot();
  });

  it('markdown escapes pipes, newlines and HTML in cells', () => {
    expect(cell('a | b\nc <b>&')).toBe('a \\| b<br>c &lt;b&gt;&amp;');
  });

  it('text shows control characters instead of obeying them', () => {
    const hostile: PlanDiff = { ...same, items: { added: [{ id: 'G9', section: 'goals', text: 'G9 \u001b[2Jwipe' }], removed: [], changed: [] } };
    expect(formatDiffs('text', [hostile], { color: false, many: false })).toContain('G9 \\u001b[2Jwipe');
  });
});
