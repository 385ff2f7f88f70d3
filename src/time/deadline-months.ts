import { isoDate, lastDayOfMonth } from './dates.js';
import { calendarYearOfMonth, deadlineAt, MONTH_NAME_SOURCE, monthNumber, type Deadline, type DeadlineMatcher } from './deadline-types.js';
import { fullYear } from './period.js';

/**
 * Whole months: "by March", "end of March 2027", "mid-May", "in Sept '27". A month alone is a deadline only after a
 * preposition or with a modifier or a year ("we may close" is not May). A month without a year is its occurrence in
 * the plan's fiscal year. The month resolves to its last day, except "mid" (the 15th), "early" (the 10th) and
 * "start of" (the 1st). Day-level dates ("March 31") are left to the explicit-date matcher.
 */
const MONTH_PHRASE = new RegExp(
  `\\b(?:(the\\s+end\\s+of|end\\s+of|end|mid|middle\\s+of|early|late|start\\s+of|beginning\\s+of)[-\\s]+(?:the\\s+month\\s+of\\s+)?)?` +
    `(${MONTH_NAME_SOURCE})(?![\\w])(?:,?\\s*(?:'(\\d{2})|(\\d{4})))?(?![\\w-])(?!\\s*\\d{1,2}(?:st|nd|rd|th)?\\b)`,
  'gi',
);
/** "January and February": a month right after another month phrase counts too. */
const PREPOSITION_BEFORE = /\b(?:by|before|until|till|in|during|through|throughout|from|of|to|within|due|deadline|and|or)\s+(?:the\s+)?$/i;
const DAY_BEFORE = /\b\d{1,2}(?:st|nd|rd|th)?\s*(?:of\s+)?$/i;

function dayFor(modifier: string | undefined, year: number, month: number): string {
  const word = modifier?.toLowerCase().split(/\s+/)[0];
  if (word === 'mid' || word === 'middle') return isoDate(year, month, 15);
  if (word === 'early') return isoDate(year, month, 10);
  if (word === 'start' || word === 'beginning') return isoDate(year, month, 1);
  return lastDayOfMonth(year, month);
}

/** "the first half of March" is a part of March (to the 15th), not the first half-year (contract §5a). */
const HALF_OF_MONTH = new RegExp(
  `\\b(first|1st|second|2nd|latter)\\s+half\\s+of\\s+(?:the\\s+month\\s+of\\s+)?(${MONTH_NAME_SOURCE})(?![\\w])(?:,?\\s*(?:'(\\d{2})|(\\d{4})))?(?![\\w-])`,
  'gi',
);

function halvesOfMonths(text: string, ctx: Parameters<DeadlineMatcher>[1]): Deadline[] {
  const found: Deadline[] = [];
  for (const match of text.matchAll(HALF_OF_MONTH)) {
    const [, which, name, shortYear, longYear] = match;
    const month = monthNumber(name ?? '');
    if (month === undefined) continue;
    const year = shortYear !== undefined || longYear !== undefined ? fullYear((shortYear ?? longYear) as string) : calendarYearOfMonth(month, ctx);
    if (year === undefined) continue;
    const first = /^(?:first|1st)$/i.test(which ?? '');
    const span = first
      ? { start: isoDate(year, month, 1), end: isoDate(year, month, 15) }
      : { start: isoDate(year, month, 16), end: lastDayOfMonth(year, month) };
    found.push(deadlineAt(match as RegExpExecArray, span));
  }
  return found;
}

export const findMonthDeadlines: DeadlineMatcher = (text, ctx) => {
  const found: Deadline[] = halvesOfMonths(text, ctx);
  for (const match of text.matchAll(MONTH_PHRASE)) {
    const [, modifier, name, shortYear, longYear] = match;
    const month = monthNumber(name ?? '');
    if (month === undefined) continue;
    const before = text.slice(0, match.index);
    if (DAY_BEFORE.test(before)) continue;
    const hasYear = shortYear !== undefined || longYear !== undefined;
    if (!modifier && !hasYear && !PREPOSITION_BEFORE.test(before)) continue;
    // "may" lowercase is nearly always the verb
    if (name === 'may' && !hasYear && !modifier) continue;
    const year = hasYear ? fullYear((shortYear ?? longYear) as string) : calendarYearOfMonth(month, ctx);
    if (year === undefined) continue;
    found.push(deadlineAt(match as RegExpExecArray, { start: isoDate(year, month, 1), end: dayFor(modifier, year, month) }));
  }
  return found;
};
