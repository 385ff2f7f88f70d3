import { memoizeText } from '../text/memo.js';
import { addDays, addMonthsToMonthStart, dateParts, isoDate, type IsoDate } from './dates.js';

/**
 * A plan's period as a closed range of ISO dates.
 *
 * Fiscal calendar: the fiscal year starts in `fiscalYearStartMonth` (config `fiscalYearStart`, default 1 = January)
 * and is named after the calendar year in which it ENDS. With a February start, FY2027 runs 2026-02-01 .. 2027-01-31,
 * FY2027-Q1 is 2026-02-01 .. 2026-04-30 and FY2027-H2 is 2026-08-01 .. 2027-01-31.
 *
 * A period written without FY is calendar (contract §1): `2027` is 2027-01-01 .. 2027-12-31 and `2027-Q1` is January
 * to March, whatever the fiscal start; its quarters and halves in text are calendar ones too (planCalendarStart).
 */
export interface Period {
  label: string;
  start: IsoDate;
  end: IsoDate;
  granularity: 'year' | 'half' | 'quarter';
  fiscalYear: number;
  quarter?: 1 | 2 | 3 | 4;
  half?: 1 | 2;
}

export type Quarter = 1 | 2 | 3 | 4;
export type Half = 1 | 2;

/** First month of a fiscal year, as calendar year and month. */
function fiscalYearStart(fiscalYear: number, startMonth: number): { year: number; month: number } {
  return { year: startMonth === 1 ? fiscalYear : fiscalYear - 1, month: startMonth };
}

/** A span of whole months, `offset` months after the fiscal year's start, `length` months long. */
function monthSpan(fiscalYear: number, startMonth: number, offset: number, length: number): { start: IsoDate; end: IsoDate } {
  const first = fiscalYearStart(fiscalYear, startMonth);
  const from = addMonthsToMonthStart(first.year, first.month, offset);
  const after = addMonthsToMonthStart(first.year, first.month, offset + length);
  return { start: isoDate(from.year, from.month, 1), end: addDays(isoDate(after.year, after.month, 1), -1) };
}

export function fiscalYearPeriod(fiscalYear: number, startMonth = 1, prefix = 'FY'): Period {
  return { label: `${prefix}${fiscalYear}`, ...monthSpan(fiscalYear, startMonth, 0, 12), granularity: 'year', fiscalYear };
}

export function fiscalQuarterPeriod(fiscalYear: number, quarter: Quarter, startMonth = 1, prefix = 'FY'): Period {
  const span = monthSpan(fiscalYear, startMonth, (quarter - 1) * 3, 3);
  return { label: `${prefix}${fiscalYear}-Q${quarter}`, ...span, granularity: 'quarter', fiscalYear, quarter };
}

export function fiscalHalfPeriod(fiscalYear: number, half: Half, startMonth = 1, prefix = 'FY'): Period {
  const span = monthSpan(fiscalYear, startMonth, (half - 1) * 6, 6);
  return { label: `${prefix}${fiscalYear}-H${half}`, ...span, granularity: 'half', fiscalYear, half };
}

/** Reads a two- or four-digit year: `27` is 2027. */
export function fullYear(digits: string): number {
  const year = Number(digits);
  return digits.length === 2 ? 2000 + year : year;
}

const PERIOD_PATTERN = /^(?:(fy\s?)?(\d{4}|\d{2})(?:\s*[-/ ]\s*(?:([qh])([1-4])))?|([qh])([1-4])\s*[-/ ]?\s*(fy\s?)?(\d{4}|\d{2}))$/i;

/**
 * Parses a period such as `FY2027`, `FY27`, `FY2027-Q1`, `FY2027-H2`, `2027`, `2027-Q1`, `2027-H1` or `Q1 FY2027`
 * (case-insensitive; a number from YAML such as 2027 works too). A two-digit year needs the FY prefix.
 */
export function parsePeriod(text: string | number, fiscalYearStartMonth = 1): Period | undefined {
  return periods(String(text), fiscalYearStartMonth).period;
}

/** The repo rules ask for the same few periods of every plan again and again: each text is read once. */
const periods = memoizeText((text: string, fiscalYearStartMonth: number) => ({ period: readPeriod(text, fiscalYearStartMonth) }), String);

function readPeriod(text: string, fiscalYearStartMonth: number): Period | undefined {
  const match = PERIOD_PATTERN.exec(text.trim());
  if (!match) return undefined;
  const fyPrefix = match[1] ?? match[7];
  const yearDigits = (match[2] ?? match[8]) as string;
  if (yearDigits.length === 2 && fyPrefix === undefined) return undefined;
  const fiscalYear = fullYear(yearDigits);
  const prefix = fyPrefix === undefined ? '' : 'FY';
  // A calendar period ignores the fiscal start.
  if (fyPrefix === undefined) fiscalYearStartMonth = 1;
  const unit = (match[3] ?? match[5])?.toLowerCase();
  const index = Number(match[4] ?? match[6]);
  if (unit === undefined) return fiscalYearPeriod(fiscalYear, fiscalYearStartMonth, prefix);
  if (unit === 'q') return fiscalQuarterPeriod(fiscalYear, index as Quarter, fiscalYearStartMonth, prefix);
  if (index > 2) return undefined;
  return fiscalHalfPeriod(fiscalYear, index as Half, fiscalYearStartMonth, prefix);
}

/** The start month of the calendar a plan's quarters and halves follow: the fiscal one for `FY…`, January otherwise. */
export function planCalendarStart(period: Pick<Period, 'label'>, fiscalYearStartMonth: number): number {
  return period.label.toUpperCase().startsWith('FY') ? fiscalYearStartMonth : 1;
}

/** True when `inner` lies entirely inside `outer`. */
export function periodContains(outer: Pick<Period, 'start' | 'end'>, inner: Pick<Period, 'start' | 'end'>): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

export function periodContainsDate(period: Pick<Period, 'start' | 'end'>, date: IsoDate): boolean {
  return period.start <= date && date <= period.end;
}

/** The fiscal year (named after the calendar year it ends in) that contains a date. */
export function fiscalYearOf(date: IsoDate, startMonth = 1): number {
  const { year, month } = dateParts(date);
  return startMonth === 1 || month < startMonth ? year : year + 1;
}

/** The fiscal quarter that contains a date. */
export function quarterContaining(date: IsoDate, startMonth = 1): Period {
  const fiscalYear = fiscalYearOf(date, startMonth);
  const offset = (dateParts(date).month - startMonth + 12) % 12;
  return fiscalQuarterPeriod(fiscalYear, (Math.floor(offset / 3) + 1) as Quarter, startMonth);
}

/** The fiscal half that contains a date. */
export function halfContaining(date: IsoDate, startMonth = 1): Period {
  const fiscalYear = fiscalYearOf(date, startMonth);
  const offset = (dateParts(date).month - startMonth + 12) % 12;
  return fiscalHalfPeriod(fiscalYear, (offset < 6 ? 1 : 2) as Half, startMonth);
}
