/**
 * A small deadline reader for diff deltas: the date a `Due:` value stands for. A period stands for its last day
 * ("Q2 2027" is 2027-06-30), as a deadline does. The smart-time-bound rule has its own, fuller reader (src/time/).
 */

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = String.raw`(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;

/** A calendar day as a UTC date; day 0 of a month is the last day of the one before. */
const utc = (year: number, month: number, day: number) => new Date(Date.UTC(year, month - 1, day));
const fullYear = (text: string) => (text.length === 2 ? 2000 + Number(text) : Number(text));
const monthNumber = (name: string) => MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;

function valid(year: number, month: number, day: number): Date | undefined {
  const date = utc(year, month, day);
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date : undefined;
}

/** The last day of a fiscal year's quarter, half or whole year; FY2027 with a February start ends 2027-01-31. */
function fiscalEnd(year: number, fiscalYearStart: number, months: number, index: number): Date {
  const startYear = fiscalYearStart === 1 ? year : year - 1;
  return utc(startYear, fiscalYearStart + months * index, 0);
}

type Reader = [RegExp, (m: RegExpExecArray, fiscalYearStart: number) => Date | undefined];

// Tried in order; the first form found anywhere in the value wins.
const READERS: Reader[] = [
  [/\b(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})\b/, (m) => valid(Number(m[1]), Number(m[2]), Number(m[3]))],
  [new RegExp(String.raw`\b${MONTH}\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b`, 'i'), (m) => valid(Number(m[3]), monthNumber(m[1]!), Number(m[2]))],
  [new RegExp(String.raw`\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH},?\s+(\d{4})\b`, 'i'), (m) => valid(Number(m[3]), monthNumber(m[2]!), Number(m[1]))],
  [/\bFY\s?'?(\d{2}|\d{4})[-\s]?([QH])([1-4])\b/i, (m, fy) => quarterOrHalf(fullYear(m[1]!), m[2]!, Number(m[3]), fy)],
  [/\b([QH])([1-4])[-\s]+FY\s?'?(\d{2}|\d{4})\b/i, (m, fy) => quarterOrHalf(fullYear(m[3]!), m[1]!, Number(m[2]), fy)],
  [/\b(\d{4})[-\s]?([QH])([1-4])\b/i, (m) => quarterOrHalf(Number(m[1]), m[2]!, Number(m[3]), 1)],
  [/\b([QH])([1-4])[-\s]+(\d{4})\b/i, (m) => quarterOrHalf(Number(m[3]), m[1]!, Number(m[2]), 1)],
  [new RegExp(String.raw`\b${MONTH},?\s+(\d{4})\b`, 'i'), (m) => utc(Number(m[2]), monthNumber(m[1]!) + 1, 0)],
  [/\bFY\s?'?(\d{2}|\d{4})\b/i, (m, fy) => fiscalEnd(fullYear(m[1]!), fy, 12, 1)],
  [/\b(?:end\s+of\s+|by\s+)?(20\d{2})\b/i, (m) => utc(Number(m[1]), 12, 31)],
];

function quarterOrHalf(year: number, kind: string, index: number, fiscalYearStart: number): Date | undefined {
  const months = kind.toUpperCase() === 'Q' ? 3 : 6;
  if (months === 6 && index > 2) return undefined;
  return fiscalEnd(year, fiscalYearStart, months, index);
}

/** The day a deadline text stands for, or undefined when it names none the reader knows. */
export function readDeadline(text: string, fiscalYearStart = 1): Date | undefined {
  for (const [pattern, read] of READERS) {
    const m = pattern.exec(text);
    if (m) return read(m, fiscalYearStart);
  }
  return undefined;
}

const DAY_MS = 86_400_000;

/** "+91 days", "-1 day". */
export function dateDelta(from: Date, to: Date): string {
  const days = Math.round((to.getTime() - from.getTime()) / DAY_MS);
  const unit = Math.abs(days) === 1 ? 'day' : 'days';
  return `${days > 0 ? '+' : ''}${days} ${unit}`;
}
