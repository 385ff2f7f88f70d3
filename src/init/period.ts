import { PERIOD_PATTERN } from '../model/frontmatter-schema.js';
import { addMonthsToMonthStart, dateParts, lastDayOfMonth } from '../time/dates.js';
import { fiscalQuarterPeriod, parsePeriod, type Period, type Quarter } from '../time/period.js';

export type { Period } from '../time/period.js';

/** The contract's period forms (FY2027, FY2027-Q1, 2027, 2027-Q1, halves): what `--period` and the prompt accept. */
export function isPeriod(text: string): boolean {
  return PERIOD_PATTERN.test(text.trim());
}

export function readPeriod(text: string, fiscalYearStart = 1): Period | undefined {
  return isPeriod(text) ? parsePeriod(text, fiscalYearStart) : undefined;
}

const MONTHS = { year: 12, half: 6, quarter: 3 } as const;

/** The last day of the month in the middle of the period (the end of its first half, rounded up). */
export function midPeriod(period: Period): string {
  const { year, month } = dateParts(period.start);
  const mid = addMonthsToMonthStart(year, month, Math.ceil(MONTHS[period.granularity] / 2) - 1);
  return lastDayOfMonth(mid.year, mid.month);
}

const prefixOf = (period: Period) => (period.label.startsWith('FY') ? 'FY' : '');

/** The quarter after a quarter period: FY2027-Q4 -> FY2028-Q1. */
export function nextQuarter(period: Period): string | undefined {
  if (!period.quarter) return undefined;
  const [year, quarter] = period.quarter === 4 ? [period.fiscalYear + 1, 1] : [period.fiscalYear, period.quarter + 1];
  return fiscalQuarterPeriod(year, quarter as Quarter, 1, prefixOf(period)).label;
}

/** The four quarters of the period's fiscal year. */
export function quartersOf(period: Period): string[] {
  return ([1, 2, 3, 4] as const).map((q) => fiscalQuarterPeriod(period.fiscalYear, q, 1, prefixOf(period)).label);
}
