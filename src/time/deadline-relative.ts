import { NUMBER_WORD_SOURCE, readCount } from '../text/numbers.js';
import { addDays, addMonthsToMonthStart, dateParts, isoDate, lastDayOfMonth } from './dates.js';
import { deadlineAt, type Deadline, type DeadlineMatcher } from './deadline-types.js';

/**
 * Spans counted from the start of the plan's period: "within 90 days" ends on day 90 of the period (period start + 89
 * days), "in the next 6 months" and "over the next two quarters" end the day before that many months have passed,
 * "by day 60" is day 60, "by the end of the period" is the period's end and "this month" the period's first month.
 * A plan is written for its period, so its "next 90 days" are the period's first 90 days.
 */
const COUNT = `(?:\\d+(?:\\.\\d+)?|${NUMBER_WORD_SOURCE}|an?|one)`;
const SPAN = new RegExp(
  `\\b(?:within|in|over|during|inside)\\s+(?:the\\s+)?(?:(?:next|first|coming|following)\\s+)?(${COUNT})?\\s*[-\\s]?` +
    `(days?|weeks?|months?|quarters?|years?)\\b(?!\\s+(?:ago|before|prior))` +
    // "within 90 days of signature": counted from an event with no date, so no deadline (contract §5a)
    `(?!\\s+(?:of|after|from|following)\\s+(?!(?:the\\s+)?(?:start|beginning)\\b|(?:the\\s+)?(?:period|plan|quarter|year)\\b))`,
  'gi',
);
const DAY_NUMBER = /\bby\s+(day|week)\s+(\d{1,3})\b/gi;
const PERIOD_END = /\b(?:(?:the\s+)?end\s+of\s+(?:the\s+)?(?:period|plan(?:ning)?\s+period|plan)|period[-\s]end)\b/gi;
const THIS_MONTH = /\b(?:end\s+of\s+(?:the\s+)?(?:this\s+)?month|month[-\s]end|this\s+month|eom)\b/gi;

function spanEnd(start: string, count: number, unit: string): string | undefined {
  const singular = unit.toLowerCase().replace(/s$/, '');
  if (singular === 'day') return addDays(start, Math.round(count) - 1);
  if (singular === 'week') return addDays(start, Math.round(count * 7) - 1);
  const months = { month: 1, quarter: 3, year: 12 }[singular];
  if (months === undefined || !Number.isInteger(count * months)) return undefined;
  const { year, month } = dateParts(start);
  const after = addMonthsToMonthStart(year, month, count * months);
  return addDays(isoDate(after.year, after.month, 1), -1);
}

export const findRelativeDeadlines: DeadlineMatcher = (text, ctx) => {
  const period = ctx.period;
  if (!period) return [];
  const found: Deadline[] = [];
  for (const match of text.matchAll(SPAN)) {
    // "the 10-day window", "a 90-day pilot": a count hyphenated to a singular unit before a word is a compound
    // adjective, how long something lasts, not a span from the period's start
    if (/-(?:day|week|month|quarter|year)$/i.test(match[0]) && /^\s+\p{L}/u.test(text.slice(match.index + match[0].length))) continue;
    const countText = match[1];
    // "in months" or "for days" is no span; "within a quarter" / "in the next quarter" is one of them
    const unit = match[2] ?? '';
    // "in the next quarter" is one quarter; "in the coming months" is no span at all
    const implicitOne = /\b(?:next|first|coming|following)\b/i.test(match[0]) && !/s$/i.test(unit);
    const count = countText === undefined ? (implicitOne ? 1 : undefined) : readCount(countText.replace(/^(?:an?|one)$/i, '1'));
    if (count === undefined || count <= 0) continue;
    const end = spanEnd(period.start, count, unit);
    if (end) found.push(deadlineAt(match as RegExpExecArray, { start: period.start, end }));
  }
  for (const match of text.matchAll(DAY_NUMBER)) {
    const days = Number(match[2]) * (match[1]?.toLowerCase() === 'week' ? 7 : 1);
    found.push(deadlineAt(match as RegExpExecArray, { start: period.start, end: addDays(period.start, days - 1) }));
  }
  for (const match of text.matchAll(PERIOD_END)) {
    found.push(deadlineAt(match as RegExpExecArray, { start: period.start, end: period.end }));
  }
  for (const match of text.matchAll(THIS_MONTH)) {
    const { year, month } = dateParts(period.start);
    found.push(deadlineAt(match as RegExpExecArray, { start: period.start, end: lastDayOfMonth(year, month) }));
  }
  return found;
};
