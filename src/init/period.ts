import { PERIOD_PATTERN } from '../model/frontmatter-schema.js';

/** A plan period in the fiscal calendar (the fiscal year is named after the calendar year it ends in). */
export interface PlanPeriod {
  /** As written in front matter, upper-cased: FY2027, FY2027-Q1, 2027, 2027-H2. */
  label: string;
  /** `FY` or empty: kept when deriving other periods from this one. */
  prefix: string;
  fiscalYear: number;
  quarter?: number;
  half?: number;
  /** First and last day, YYYY-MM-DD. */
  start: string;
  end: string;
  months: number;
}

export function isPeriod(text: string): boolean {
  return PERIOD_PATTERN.test(text.trim());
}

/** Reads a period of the contract's forms; undefined when it is not one. */
export function readPeriod(text: string, fiscalYearStart = 1): PlanPeriod | undefined {
  const m = /^(FY)?(\d{4})(?:-([QH])([1-4]))?$/.exec(text.trim().toUpperCase());
  if (!m || (m[3] === 'H' && Number(m[4]) > 2)) return undefined;
  const fiscalYear = Number(m[2]);
  const months = m[3] === 'Q' ? 3 : m[3] === 'H' ? 6 : 12;
  const index = m[4] ? Number(m[4]) - 1 : 0;
  const firstYear = fiscalYearStart === 1 ? fiscalYear : fiscalYear - 1;
  const firstMonth = fiscalYearStart - 1 + index * months; // 0-based months since January of firstYear
  const period: PlanPeriod = {
    label: text.trim().toUpperCase(),
    prefix: m[1] ?? '',
    fiscalYear,
    start: isoDay(firstYear, firstMonth, 1),
    end: lastDay(firstYear, firstMonth + months - 1),
    months,
  };
  if (m[3] === 'Q') period.quarter = index + 1;
  if (m[3] === 'H') period.half = index + 1;
  return period;
}

/** The last day of the month in the middle of the period (the end of its first half, rounded up). */
export function midPeriod(period: PlanPeriod, fiscalYearStart = 1): string {
  const firstYear = fiscalYearStart === 1 ? period.fiscalYear : period.fiscalYear - 1;
  const offset = (period.quarter ? (period.quarter - 1) * 3 : period.half ? (period.half - 1) * 6 : 0) + Math.ceil(period.months / 2) - 1;
  return lastDay(firstYear, fiscalYearStart - 1 + offset);
}

export function quarterLabel(prefix: string, fiscalYear: number, quarter: number): string {
  return `${prefix}${fiscalYear}-Q${quarter}`;
}

/** The quarter after a quarter period: FY2027-Q4 -> FY2028-Q1. */
export function nextQuarter(period: PlanPeriod): string | undefined {
  if (!period.quarter) return undefined;
  return period.quarter === 4 ? quarterLabel(period.prefix, period.fiscalYear + 1, 1) : quarterLabel(period.prefix, period.fiscalYear, period.quarter + 1);
}

/** The four quarters of a yearly period. */
export function quartersOf(period: PlanPeriod): string[] {
  return [1, 2, 3, 4].map((q) => quarterLabel(period.prefix, period.fiscalYear, q));
}

function isoDay(year: number, month0: number, day: number): string {
  return new Date(Date.UTC(year, month0, day)).toISOString().slice(0, 10);
}

function lastDay(year: number, month0: number): string {
  return isoDay(year, month0 + 1, 0);
}
