import type { Reading } from '../model/reading.js';
import { countedNoun } from '../smart/amount.js';

/** A value in its goal's unit, short: "$1.2M", "EUR 500k", "35%", "12 logos", "1 of 3". */
export function formatValue(value: number, unit: { unit?: string | undefined; currency?: string | undefined; of?: number | undefined }): string {
  if (unit.of !== undefined) return `${shortNumber(value)} of ${shortNumber(unit.of)}`;
  if (unit.unit === 'outcome') return value >= 1 ? 'met' : 'missed';
  if (unit.unit === 'currency') {
    const currency = unit.currency ?? '';
    return /^[A-Z]{3}$/.test(currency) ? `${currency} ${shortNumber(value)}` : `${currency}${shortNumber(value)}`;
  }
  if (unit.unit === 'percent') return `${roundTo(value, 2)}%`;
  // The goal's counted noun, in the singular for one: "1 account" of "4 mining accounts".
  return unit.unit ? `${shortNumber(value)} ${value === 1 ? countedNoun(unit.unit) : unit.unit}` : shortNumber(value);
}

/** A reading as its goal shows it: a roll-up's own text, else its value in its own unit or the goal's. */
export function readingText(reading: Reading, goal: { unit?: string | undefined; currency?: string | undefined }): string {
  if (reading.source === 'roll-up') return reading.text;
  return formatValue(reading.value, { unit: reading.unit ?? goal.unit, currency: reading.currency ?? goal.currency, of: reading.of });
}

function shortNumber(n: number): string {
  const abs = Math.abs(n);
  const [div, suffix] = abs >= 1e9 ? [1e9, 'B'] : abs >= 1e6 ? [1e6, 'M'] : abs >= 1e4 ? [1e3, 'k'] : [1, ''];
  return `${roundTo(n / div, 2)}${suffix}`;
}

function roundTo(n: number, digits: number): number {
  return Number(n.toFixed(digits));
}

/** A share as a whole percentage: 0.456 -> "46%". */
export function formatShare(share: number): string {
  return `${Math.round(share * 100)}%`;
}
