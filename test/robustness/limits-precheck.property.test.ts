import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkLimitsByLine, clearlyWithinLimits, MAX_BRACKETS_PER_BLOCK } from '../../src/parse/limits.js';

/** Pieces of lines near each limit: container markers, tabs and indentation, brackets, inline markers, text. */
const piece = fc.oneof(
  fc.constantFrom('>', '> ', '- ', '* ', '+ ', '1. ', '12) ', '\t', '  ', '    ', 'x', 'Grow ARR', '[', '[G1]', '<a ', '*', '_', '`', '-', '9.', ')'),
  fc.integer({ min: 20, max: 120 }).map((n) => '>'.repeat(n)),
  fc.integer({ min: 10, max: 60 }).map((n) => '\t'.repeat(n)),
  fc.integer({ min: 20, max: 80 }).map((n) => '- '.repeat(n)),
  fc.integer({ min: 100, max: 300 }).map((n) => '['.repeat(n)),
);
const line = fc.array(piece, { maxLength: 8 }).map((pieces) => pieces.join(''));
const text = fc.tuple(fc.array(line, { maxLength: 40 }), fc.constantFrom('\n', '\r\n', '\r')).map(([lines, eol]) => lines.join(eol));

function byLine(sample: string, maxListItems: number, from = 0): string | undefined {
  try {
    checkLimitsByLine(sample, maxListItems, from);
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}

describe('the whole-text check before the line-by-line count', () => {
  it('passes a text only when the line-by-line count passes it too', () => {
    fc.assert(
      fc.property(text, fc.integer({ min: 1, max: 60 }), fc.double({ min: 0, max: 1, noNaN: true }), (sample, maxListItems, share) => {
        // Counted from the start, or from a point inside the text (past a front matter), as plans are.
        for (const from of [0, Math.floor(sample.length * share)]) {
          if (clearlyWithinLimits(sample, maxListItems, from))
            expect(byLine(sample, maxListItems, from), JSON.stringify([from, sample.slice(0, 200)])).toBeUndefined();
        }
      }),
      { numRuns: 3000 },
    );
  });

  it.each([
    ['a line nested 101 deep with tabs', `${'\t'.repeat(50)}- x`],
    ['a line nested 101 deep with quotes', `${'>'.repeat(101)} x`],
    ['too many brackets in one paragraph', '['.repeat(MAX_BRACKETS_PER_BLOCK + 1)],
  ])('leaves %s to the line-by-line count, which refuses it', (_, sample) => {
    expect(clearlyWithinLimits(sample, 1000, 0)).toBe(false);
    expect(byLine(sample, 1000)).toBeDefined();
  });
});
