// The English locale alone: the package's main module builds parsers for a dozen languages at start-up.
import { Chrono, strict } from 'chrono-node/en';
import { fnv1a } from '../text/fnv1a.js';

/**
 * chrono-node's strict English parser, minus the cost of its largest patterns where they cannot match. Three of its
 * parsers need a month name ("June 30", "30 June", "2027 June") and three a time unit word ("within 2 weeks",
 * "3 days ago", "2 months later"); their regular expressions are long case-insensitive alternations that V8 takes
 * milliseconds each to compile on a run's first parse (~20 ms of a one-plan lint). Most deadlines in plans are ISO
 * dates with neither word, so for a text without the word the parser is passed over.
 *
 * The six patterns are recognised by a hash of their exact source in chrono-node 2.10, where each word list is a
 * group the pattern cannot match without: the result is chrono's own, by construction. A chrono-node whose patterns
 * differ is not passed over at all, only slower; a test compares this parser with chrono's on generated text.
 */
const MONTH_WORD = /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i;
const TIME_UNIT_WORD = /second|minute|hour|day|week|month|quarter|year/i;

/** Source hash (FNV-1a of RegExp#source, with the word-boundary prefix chrono adds) -> the word the pattern needs. */
export const NEEDED_WORD: ReadonlyMap<string, RegExp> = new Map([
  ['73d43553', TIME_UNIT_WORD], // ENTimeUnitWithinFormatParser
  ['e983ec24', TIME_UNIT_WORD], // ENTimeUnitAgoFormatParser
  ['d65b89a3', TIME_UNIT_WORD], // ENTimeUnitLaterFormatParser
  ['7bc5adb3', MONTH_WORD], // ENMonthNameLittleEndianParser
  ['5143a643', MONTH_WORD], // ENMonthNameMiddleEndianParser
  ['2bc37299', MONTH_WORD], // ENYearMonthNameParser
]);

type Parser = Chrono['parsers'][number];
type Context = Parameters<Parser['pattern']>[0];

/** A pattern that never matches: chrono's loop over matches ends at once. */
const NEVER = /(?!)/;

function passedOverWithout(parser: Parser): Parser {
  const needed = new WeakMap<RegExp, RegExp | null>();
  return {
    pattern(context: Context) {
      // Building the RegExp object is cheap; compiling it, at its first exec, is the cost.
      const pattern = parser.pattern(context);
      let word = needed.get(pattern);
      if (word === undefined) needed.set(pattern, (word = NEEDED_WORD.get(fnv1a(pattern.source)) ?? null));
      return word && !word.test(context.text) ? NEVER : pattern;
    },
    extract: (context, match) => parser.extract(context, match),
  };
}

export const strictDates = new Chrono({ parsers: strict.parsers.map(passedOverWithout), refiners: strict.refiners });
