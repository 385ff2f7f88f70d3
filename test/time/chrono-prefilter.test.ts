import * as chrono from 'chrono-node/en';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAY_HOLD_DATE, NUMERIC_DATE, outsideYearFirstDates, RELATIVE_WORDS } from '../../src/time/deadline-dates.js';

/** What findDateDeadlines keeps of chrono's reading of a text, before it places a year-less date in the plan's year. */
function keptFromChrono(text: string) {
  const numericSpans = [...text.matchAll(NUMERIC_DATE)].map((m) => [m.index, m.index + m[0].length] as const);
  return chrono.strict.parse(text).filter((result) => {
    const { start } = result;
    if (!start.isCertain('day') || !start.isCertain('month') || RELATIVE_WORDS.test(result.text)) return false;
    const end = result.index + result.text.length;
    // Year-first dates ("2027-12-31") are read without chrono, and chrono's results over them are dropped.
    const blanked = outsideYearFirstDates(text);
    if ([...text.slice(result.index, end)].some((char, i) => blanked[result.index + i] !== char)) return false;
    return !numericSpans.some(([from, to]) => result.index < to && from < end);
  });
}

/** Pieces of goal text: amounts, counts, decimals, numeric forms that look like dates, words, separators. */
const piece = fc.oneof(
  fc.constantFrom('Grow', 'ARR', 'pipeline', 'by', 'to', 'from', 'at', 'on', 'due', 'the', 'Q3', 'FY2027', 'H1', 'x', 'times', 'per', 'deals', 'within'),
  fc.constantFrom(
    '$2.4M',
    '2.5',
    '2.5%',
    '3.1x',
    '10',
    '120',
    '1.000',
    '6/30',
    '30.6.',
    '30.6.2027',
    '06/30/2027',
    '1/2/3',
    '12.31',
    '2027',
    '24/7',
    '1:1',
    '5pm',
    '10:30',
    '3-4',
    '2027-12-31',
    '2027 6 30',
    '2027.06.30',
    'June 30',
    'Sep 1',
    'mon',
    'Friday',
  ),
  fc.integer({ min: 0, max: 2100 }).map(String),
  fc
    .tuple(fc.integer({ min: 0, max: 40 }), fc.constantFrom('.', '/', ' ', '-', ', ', ' - ', ' to '), fc.integer({ min: 0, max: 40 }))
    .map(([a, s, b]) => `${a}${s}${b}`),
);
const text = fc
  .array(piece, { minLength: 1, maxLength: 12 })
  .chain((pieces) =>
    fc
      .array(fc.constantFrom(' ', ' ', ', ', '. ', ' (', ') ', ': ', ' - '), { minLength: pieces.length, maxLength: pieces.length })
      .map((gaps) => pieces.map((p, i) => p + gaps[i]).join('')),
  );

describe('chrono is asked only where it could find a date that is kept', () => {
  it('keeps nothing from chrono in a text the prefilter passes over', () => {
    fc.assert(
      fc.property(text, (sample) => {
        if (MAY_HOLD_DATE.test(outsideYearFirstDates(sample))) return;
        expect(keptFromChrono(sample), sample).toEqual([]);
      }),
      { numRuns: 3000 },
    );
  });

  it.each(['Grow ARR from $2.1M to $2.4M in FY2027', 'Close 2.5 deals a week', 'Hit 30.6. and 6/30 targets', 'Keep 24/7 cover'])('passes over %j', (sample) => {
    expect(MAY_HOLD_DATE.test(sample)).toBe(false);
    expect(keptFromChrono(sample)).toEqual([]);
  });

  it.each(['by June 30', 'by 6-30', 'by 2027 6 30', 'by 2027-12-31 or June 30'])('asks chrono about %j', (sample) => {
    expect(MAY_HOLD_DATE.test(outsideYearFirstDates(sample))).toBe(true);
  });

  it.each(['by 2027-12-31', 'from 2027-01-01 to 2027-06-30', 'due 2027/12/31'])('reads %j without chrono', (sample) => {
    expect(MAY_HOLD_DATE.test(outsideYearFirstDates(sample))).toBe(false);
  });
});
