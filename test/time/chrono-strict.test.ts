import { strict } from 'chrono-node/en';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fnv1a } from '../../src/text/fnv1a.js';
import { NEEDED_WORD, strictDates } from '../../src/time/chrono-strict.js';

/** Everything of a result that plan could read. */
const reading = (text: string, parse: (text: string, ref: Date) => ReturnType<typeof strict.parse>) =>
  parse(text, new Date('2027-06-15T12:00:00Z')).map((r) => ({ index: r.index, text: r.text, start: r.start.date().toISOString(), end: r.end?.date().toISOString(), tags: [...r.tags()].sort() }));

const word = fc.constantFrom(
  'by', 'on', 'in', 'within', 'for', 'about', 'around', 'ago', 'later', 'after', 'before', 'earlier', 'from now', 'to', 'until', 'the', 'a', 'few', 'couple of', 'several', 'two', 'three', 'half an',
  'day', 'days', 'week', 'weeks', 'month', 'months', 'quarter', 'quarters', 'year', 'years', 'hour', 'minutes', 'seconds', 'Weekly', 'monthly', 'yearly', 'today', 'Friday', 'noon', 'at', 'pm',
  'June', 'jun', 'Sept.', 'September', 'dec', 'May', 'march', 'Marketing', 'Decision', 'Octopus', 'Janet', 'August', 'of',
  'Grow', 'ARR', '$2.4M', 'FY2027', 'Q3', 'H1', 'deals', '3x', '5pm', '10:30', '24/7', '6/30', '30.6.2027', '2027-12-31', '2027 6 30', '2027/06/30', '1st', '30th', 'thirty-first',
);
const number = fc.integer({ min: 0, max: 2100 }).map(String);
const text = fc.array(fc.oneof(word, word, number), { minLength: 1, maxLength: 10 }).chain((pieces) =>
  fc.array(fc.constantFrom(' ', ' ', ', ', '-', '/', '. ', ' ('), { minLength: pieces.length, maxLength: pieces.length }).map((gaps) => pieces.map((p, i) => p + gaps[i]).join('')),
);

describe('strictDates: chrono-node strict, passing over patterns that cannot match', () => {
  it('recognises the six patterns it may pass over in the installed chrono-node', () => {
    const hashes = strict.parsers.map((parser) => fnv1a(parser.pattern({} as never).source));
    expect(hashes.filter((hash) => NEEDED_WORD.has(hash))).toHaveLength(NEEDED_WORD.size);
  });

  it('reads exactly what chrono-node reads', () => {
    fc.assert(
      fc.property(text, (sample) => {
        expect(reading(sample, (t, ref) => strictDates.parse(t, ref)), sample).toEqual(reading(sample, (t, ref) => strict.parse(t, ref)));
      }),
      { numRuns: 3000 },
    );
  });

  it.each(['Close by June 30, 2027', 'within 2 quarters', '3 days ago', 'two weeks later', 'by 2027-12-31', 'on 30th of September 2027', 'from 1 to 15 March', '2027 June'])('reads %j as chrono does', (sample) => {
    const ours = reading(sample, (t, ref) => strictDates.parse(t, ref));
    expect(ours).toEqual(reading(sample, (t, ref) => strict.parse(t, ref)));
    expect(ours.length).toBeGreaterThan(0);
  });
});
