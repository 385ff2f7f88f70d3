import type { IsoDate } from './dates.js';
import type { Period } from './period.js';

/** A deadline phrase found in text, resolved to the last day it allows. */
export interface Deadline {
  /** The end date the phrase resolves to (ISO). */
  date: IsoDate;
  /** The first day of the span, when the phrase names a span (a month, quarter, year, "within 90 days"). */
  start?: IsoDate;
  /** The text of the phrase as written. */
  phrase: string;
  /** Where the phrase starts in the text. */
  index: number;
}

export interface DeadlineContext {
  /** The plan's period: year-less and relative phrases resolve against it. */
  period?: Period;
  /** Month (1-12) in which the fiscal year starts. */
  fiscalYearStartMonth: number;
}

/** One family of deadline phrases (fiscal periods, months, dates, relative spans). */
export type DeadlineMatcher = (text: string, ctx: DeadlineContext) => Deadline[];

/** Builds a Deadline from a regex match, covering the whole match. */
export function deadlineAt(match: RegExpExecArray, span: { start?: IsoDate; end: IsoDate }): Deadline {
  const deadline: Deadline = { date: span.end, phrase: match[0].trim(), index: match.index + match[0].length - match[0].trimStart().length };
  if (span.start !== undefined && span.start !== span.end) deadline.start = span.start;
  return deadline;
}

/**
 * The calendar year in which a year-less month falls (contract §5a): its occurrence inside the plan's period, else the
 * first one after the period's start. So "by March" in an FY2027 plan with a February start means March 2026, and in
 * its FY2027-Q4 plan (Nov 2026 .. Jan 2027) March 2027.
 */
export function calendarYearOfMonth(month: number, ctx: DeadlineContext): number | undefined {
  if (!ctx.period) return undefined;
  const [startYear, startMonth] = ctx.period.start.split('-').map(Number) as [number, number];
  return month >= startMonth ? startYear : startYear + 1;
}

export const MONTH_NUMBERS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

/** Month names and their usual abbreviations ("Sept", "Sep.", "September"). */
export const MONTH_NAME_SOURCE =
  '(?:jan(?:uary|\\.)?|feb(?:ruary|\\.)?|mar(?:ch|\\.)?|apr(?:il|\\.)?|may|june|july|jun\\.?|jul\\.?|aug(?:ust|\\.)?|sep(?:tember|t\\.?|\\.)?|oct(?:ober|\\.)?|nov(?:ember|\\.)?|dec(?:ember|\\.)?)';

export function monthNumber(name: string): number | undefined {
  return MONTH_NUMBERS[name.slice(0, 3).toLowerCase()];
}
