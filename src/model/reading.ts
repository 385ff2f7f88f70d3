import type { IsoDate } from '../time/dates.js';
import { findDeadlines } from '../time/deadline.js';
import { findQuantities } from '../smart/quantity.js';
import type { Amount } from '../smart/amount.js';

export type { Reading, StatusWord } from './actuals.js';
import type { Reading, StatusWord } from './actuals.js';

const STATUS_PATTERN = /^(on[\s-]track|at[\s-]risk|off[\s-]track|partially[\s-]met|met|missed|done|achieved|not[\s-]met)\b/i;

/** The status word at the start of a text ("on track: two renewals signed" -> on track). */
export function readStatusWord(text: string): StatusWord | undefined {
  const match = STATUS_PATTERN.exec(text.trim());
  if (!match) return undefined;
  const word = match[1]!.toLowerCase().replace(/[\s-]+/g, ' ');
  if (word === 'done' || word === 'achieved') return 'met';
  if (word === 'not met') return 'missed';
  return word as StatusWord;
}

export type ValueReading = Pick<Reading, 'value' | 'text'> & Partial<Pick<Reading, 'of' | 'unit' | 'currency'>>;

const OF_BETWEEN = /^\s*(?:of|out\s+of|\/)\s*$/i;

/**
 * A value read the way a goal's quantity is ("$1.2M", "1,200,000", "35%", "12 logos"), plus the "1 of 3" form (1
 * against 3). Undefined when the text holds no quantity.
 */
export function readValue(text: string): ValueReading | undefined {
  const amounts = findQuantities(text);
  const first = amounts[0];
  if (!first || !isNumeric(first)) return undefined;
  const second = amounts[1];
  if (second && isNumeric(second) && OF_BETWEEN.test(text.slice(first.index + first.text.length, second.index))) {
    return withUnit({ value: first.value, of: second.value, text: text.slice(first.index, second.index + second.text.length) }, second.unit ? second : first);
  }
  return withUnit({ value: first.value, text: first.text }, first);
}

/** Words read as quantities in a goal ("double", "weekly") are not a reading's value. */
function isNumeric(amount: Amount): boolean {
  return !['multiple', 'times', 'fraction', 'rate'].includes(amount.unit ?? '') || /\d/.test(amount.text);
}

function withUnit(reading: ValueReading, amount: Amount): ValueReading {
  if (amount.unit !== undefined) reading.unit = amount.unit;
  if (amount.currency !== undefined) reading.currency = amount.currency;
  return reading;
}

/** A value cell on its own (a CSV `value` column): the whole cell must be the quantity, such as "$1,200,000" or "35 %". */
export function readValueCell(cell: string, decimalComma = false): ValueReading | undefined {
  let text = cell.trim();
  if (text === '') return undefined;
  // A semicolon-separated export writes "1.234,50", "240.000" and "12,5": dots group thousands, a comma is the decimal point.
  if (decimalComma) text = text.replace(/(\d)\.(?=\d{3}(?!\d))/g, '$1').replace(/(\d),(?=\d{1,2}(?!\d))/, '$1.');
  text = text.replace(/(\d)[\s\u00a0\u202f'](?=\d{3}\b)/g, '$1');
  const reading = readValue(text);
  if (!reading) return undefined;
  // Nothing but the quantity, its unit word and sign: "abc 12" or "12 (est.)" is not a value.
  const rest = text
    .replace(reading.text, '')
    .replace(reading.unit ?? '\0', '')
    .trim();
  if (rest !== '' && !/^[-+]$/.test(rest)) return undefined;
  if (/^\s*-/.test(text)) reading.value = -reading.value;
  return reading;
}

/** A date as goals write them (2027-02-14, 14 Feb 2027, 2027/02/14); undefined when the text is not one date. */
export function readDate(text: string, fiscalYearStartMonth = 1): IsoDate | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  const found = findDeadlines(trimmed, { fiscalYearStartMonth });
  const date = found.find((d) => d.index === 0 && d.phrase.length >= trimmed.replace(/[.,;]$/, '').length);
  return date?.date;
}
