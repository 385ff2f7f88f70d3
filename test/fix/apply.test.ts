import { describe, expect, it } from 'vitest';
import { applyFixes } from '../../src/fix/apply.js';
import type { Diagnostic, Fix } from '../../src/types.js';

function withFix(fix: Fix, ruleId = 'r'): Diagnostic {
  return { ruleId, severity: 'error', message: '', file: 'f.md', start: { line: 1, column: 1 }, end: { line: 1, column: 1 }, fix };
}

describe('applyFixes', () => {
  it('applies non-overlapping fixes in offset order whatever the finding order', () => {
    const out = applyFixes('abcdef', [withFix({ range: [4, 5], text: 'E' }), withFix({ range: [0, 1], text: 'A' })]);
    expect(out.text).toBe('AbcdEf');
    expect(out.applied).toHaveLength(2);
  });

  it('defers a fix that overlaps one already taken', () => {
    const out = applyFixes('abcdef', [withFix({ range: [1, 4], text: 'X' }), withFix({ range: [2, 3], text: 'Y' })]);
    expect(out.text).toBe('aXef');
    expect(out.deferred).toHaveLength(1);
  });

  it('keeps insertions at one offset in finding order', () => {
    const out = applyFixes('ab', [withFix({ range: [1, 1], text: '1' }), withFix({ range: [1, 1], text: '2' })]);
    expect(out.text).toBe('a12b');
  });

  it('writes inserted line breaks as the text has them', () => {
    expect(applyFixes('a\r\nb\r\n', [withFix({ range: [3, 3], text: 'x\ny\n' })]).text).toBe('a\r\nx\r\ny\r\nb\r\n');
  });

  it('ignores a fix whose range is outside the text', () => {
    expect(applyFixes('ab', [withFix({ range: [1, 9], text: 'x' })]).text).toBe('ab');
  });
});
