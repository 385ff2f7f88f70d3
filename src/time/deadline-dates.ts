import { memoizeText } from '../text/memo.js';
// The English locale alone: the package's main module builds parsers for a dozen languages at start-up.
import { strict as strictDates } from 'chrono-node/en';
import { isoDate, isValidIsoDate } from './dates.js';
import { calendarYearOfMonth, type Deadline, type DeadlineContext, type DeadlineMatcher } from './deadline-types.js';
import { fullYear } from './period.js';

/**
 * Day-level dates: "2027-01-31", "31 Jan 2027", "January 31, 2027", "June 30" (year from the plan's period), and
 * numeric dates with slashes or dots only when the day and month cannot be swapped ("31/01/2027" yes, "05/06/2027" no).
 * chrono-node's strict parser reads the written forms; a result whose day or month chrono only guessed is rejected,
 * and so are relative spans ("in 6 months"), which the relative matcher resolves against the plan instead.
 */
export const NUMERIC_DATE = /\b(\d{1,2})[/.](\d{1,2})(?:[/.](\d{4}|\d{2}))?\b(?![/.]\d)/g;
/** Year first: "2027-06-30" (ISO, the form `Due:` takes), "2027/06/30", "2027.06.30". */
const YEAR_FIRST_DATE = /\b(20\d{2})([-/.])(\d{1,2})\2(\d{1,2})\b(?![-/.:T]\d)/g;
/** The one holiday goal writers use as a deadline. */
const CHRISTMAS = /\b(?:christmas|xmas)\b/gi;
/** Without a year, "6/30" is a date only as a deadline ("by 6/30"); "24/7" is not. */
const DATE_CUE_BEFORE = /\b(?:by|before|until|till|on|due)\s+$/i;
/**
 * Whether chrono could find a date here that this matcher keeps. A date chrono's strict parser reads with a certain
 * day and month names the month, or writes it with a four-digit year first ("2027-06-30", "2027 6 30") or with a
 * hyphen ("6-30"); the other numeric forms ("6/30", "30.6.2027", and "2.5" of "$2.5M") are NUMERIC_DATE's, whose
 * spans chrono's results are dropped for anyway. Most goal text (amounts, counts) is none of these, and chrono is the
 * cost. A property test checks that chrono keeps nothing where this says no.
 */
export const MAY_HOLD_DATE = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\d{4}[-./\s]\d|\d-\d/i;

/** The text with the year-first dates this module reads itself blanked out: chrono is asked only about the rest. */
export function outsideYearFirstDates(text: string): string {
  return text.replace(YEAR_FIRST_DATE, (date) => ' '.repeat(date.length));
}
export const RELATIVE_WORDS = /\b(?:days?|weeks?|months?|years?|ago|from\s+now|today|tomorrow|yesterday|now)\b/i;

function numericDates(text: string, ctx: DeadlineContext): Deadline[] {
  const found: Deadline[] = [];
  for (const match of text.matchAll(NUMERIC_DATE)) {
    const first = Number(match[1]);
    const second = Number(match[2]);
    const year = match[3] === undefined ? undefined : fullYear(match[3]);
    if (year === undefined && !DATE_CUE_BEFORE.test(text.slice(0, match.index))) continue;
    // Only unambiguous day/month orders: one part must be a day above 12, or both parts equal.
    let day: number;
    let month: number;
    if (first > 12 && second <= 12) [day, month] = [first, second];
    else if (second > 12 && first <= 12) [day, month] = [second, first];
    else if (first === second) [day, month] = [first, second];
    else continue;
    const dateYear = year ?? calendarYearOfMonth(month, ctx);
    if (dateYear === undefined) continue;
    const date = `${dateYear}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    if (isValidIsoDate(date)) found.push({ date, phrase: match[0], index: match.index });
  }
  return found;
}

export function overlaps(index: number, length: number, spans: readonly Deadline[]): boolean {
  return spans.some((s) => index < s.index + s.phrase.length && s.index < index + length);
}

function yearFirstDates(text: string): Deadline[] {
  return [...text.matchAll(YEAR_FIRST_DATE)].flatMap((m) => {
    const date = `${m[1]}-${(m[3] ?? '').padStart(2, '0')}-${(m[4] ?? '').padStart(2, '0')}`;
    return isValidIsoDate(date) ? [{ date, phrase: m[0], index: m.index }] : [];
  });
}

function christmas(text: string, ctx: DeadlineContext): Deadline[] {
  const year = calendarYearOfMonth(12, ctx);
  if (year === undefined) return [];
  return [...text.matchAll(CHRISTMAS)].map((m) => ({ date: isoDate(year, 12, 25), phrase: m[0], index: m.index }));
}

/** A date chrono read with a certain day and month; the year only when the text gives it. */
interface WrittenDate {
  phrase: string;
  index: number;
  month: number;
  day: number;
  /** The year the text gives; undefined when it gives none. */
  year: number | null | undefined;
}

/** What chrono reads in a text does not depend on the plan (its period only places a year-less date), so once a text. */
const writtenDates = memoizeText((text: string): WrittenDate[] => {
  const dates: WrittenDate[] = [];
  for (const result of strictDates.parse(text)) {
    const { start } = result;
    if (!start.isCertain('day') || !start.isCertain('month') || RELATIVE_WORDS.test(result.text)) continue;
    const year = start.isCertain('year') ? start.get('year') : undefined;
    dates.push({ phrase: result.text, index: result.index, month: start.get('month') ?? 1, day: start.get('day') ?? 1, year });
  }
  return dates;
});

export const findDateDeadlines: DeadlineMatcher = (text, ctx) => {
  const yearFirst = yearFirstDates(text);
  const found = [...numericDates(text, ctx), ...yearFirst, ...christmas(text, ctx)];
  // Most dates in plans are ISO ("by 2027-06-30"), read above: chrono only sees what else may be a date (its first
  // parse compiles its patterns: ~100 ms of CPU of a cold one-plan lint whose dates are all ISO, measured).
  if (!MAY_HOLD_DATE.test(yearFirst.length > 0 ? outsideYearFirstDates(text) : text)) return found;
  const numericSpans = [...text.matchAll(NUMERIC_DATE)].map((m) => ({ date: '', phrase: m[0], index: m.index }));
  for (const written of writtenDates(text)) {
    if (overlaps(written.index, written.phrase.length, numericSpans) || overlaps(written.index, written.phrase.length, yearFirst)) continue;
    const year = written.year === undefined ? calendarYearOfMonth(written.month, ctx) : written.year;
    if (year === undefined || year === null) continue;
    found.push({ date: isoDate(year, written.month, written.day), phrase: written.phrase, index: written.index });
  }
  return found;
};
