import type { Amount } from '../smart/amount.js';
import { findQuantities } from '../smart/quantity.js';

/** The amounts of a text; a cadence ("per quarter") says how often, not how much, and is left out. */
export function findAmounts(text: string): Amount[] {
  return findQuantities(text).filter((a) => a.unit !== 'rate');
}

/** The one amount of a field value such as "$2.6M" or "15 new logos"; undefined when there is none or several. */
export function singleQuantity(text: string): Amount | undefined {
  const found = findAmounts(text);
  return found.length === 1 ? found[0] : undefined;
}

const isDollar = (currency: string | undefined) => currency === '$' || currency === 'USD';
const singular = (noun: string) => noun.replace(/s$/, '');

function comparable(a: Amount, b: Amount): boolean {
  if (a.unit === 'currency' || b.unit === 'currency') {
    return a.unit === b.unit && (a.currency === b.currency || (isDollar(a.currency) && isDollar(b.currency)));
  }
  for (const unit of ['percent', 'multiple', 'times']) if (a.unit === unit || b.unit === unit) return a.unit === b.unit;
  // A count of logos compares with a count of logos, or with a bare number.
  return a.unit === undefined || b.unit === undefined || singular(a.unit) === singular(b.unit);
}

/** The same amount, written differently ("$2.6M" and "$2,600,000"). */
export function sameQuantity(a: Amount, b: Amount): boolean {
  return comparable(a, b) && Math.abs(a.value - b.value) <= 1e-9 * Math.max(1, Math.abs(a.value));
}

function signed(n: number, digits: number): string {
  const text = n.toFixed(digits).replace(/\.0+$|(\.\d*?)0+$/, '$1');
  return n > 0 ? `+${text}` : text === '-0' ? '0' : text;
}

/**
 * How much an amount moved: money as a percentage of the old value ("+8.3%"), counts absolute and relative
 * ("+3, +25%"), percentages in points ("+5 pts"), multiples in x. Undefined when the two are not the same kind.
 */
export function quantityDelta(from: Amount, to: Amount): string | undefined {
  if (!comparable(from, to)) return undefined;
  const change = to.value - from.value;
  if (from.unit === 'percent') return `${signed(change, 1)} pts`;
  const relative = from.value === 0 ? undefined : `${signed((change / Math.abs(from.value)) * 100, 1)}%`;
  if (from.unit === 'currency') return relative ?? `${signed(change, 2)} ${from.currency ?? ''}`.trim();
  if (from.unit === 'multiple') return `${signed(change, 2)}x`;
  return relative ? `${signed(change, 2)}, ${relative}` : signed(change, 2);
}
