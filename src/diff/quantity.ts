/**
 * A small quantity reader for diff deltas ("$2.4M", "15%", "12 new logos", "3x"). The smart-* rules have their own,
 * fuller parser (src/smart/); this one only has to find the one amount a field value carries.
 */
export interface Quantity {
  value: number;
  unit: 'currency' | 'percent' | 'count' | 'multiple';
  /** Currency symbol or code, upper-cased. */
  currency?: string;
  /** The counted noun after a plain number ("logos"), lower-cased. */
  noun?: string;
  /** Where the amount was found in the text, and how long it is. */
  index: number;
  length: number;
}

const SCALE: Record<string, number> = { k: 1e3, thousand: 1e3, m: 1e6, mm: 1e6, mn: 1e6, million: 1e6, b: 1e9, bn: 1e9, billion: 1e9 };
const NUMBER = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+`;
const SCALE_WORD = String.raw`(?:k|mm|mn|m|bn|b|thousand|million|billion)`;
const CODE = String.raw`(?:USD|EUR|GBP|CHF|JPY|CAD|AUD|SEK|NOK|DKK|INR|SGD)`;

const AMOUNT = new RegExp(
  [
    String.raw`(?<cur>[$€£¥₹]|${CODE}\s?)\s?(?<curNum>${NUMBER})\s?(?<curScale>${SCALE_WORD})?(?![\w])`,
    String.raw`(?<codeNum>${NUMBER})\s?(?<codeScale>${SCALE_WORD})?\s?(?<code>${CODE})\b`,
    String.raw`(?<pct>${NUMBER})\s?(?:%|percent\b|pts\b|points?\b)`,
    String.raw`(?<mult>${NUMBER})\s?[x×](?![\w])`,
    String.raw`(?<![\w.])(?<num>${NUMBER})(?:\s?(?<numScale>${SCALE_WORD})(?![\w]))?(?:\s+(?:new\s+)?(?<noun>[a-z][a-z-]*))?`,
  ].join('|'),
  'giu',
);

/** Dates, quarters, years and IDs hold digits that are not amounts: blanked (same length) before amounts are read. */
const NOT_AMOUNTS = [
  /\b\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\b/g,
  /\b\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}\b/g,
  /\b(?:FY)?\d{2,4}[-\s]?[QH][1-4]\b|\b[QH][1-4](?:[-\s]+(?:FY)?\d{2,4})?\b/gi,
  /\bFY\s?\d{2,4}\b/gi,
  /\b[A-Za-z]{1,10}-?\d+(?:\.\d+)*\b/g,
  /\b(?:19|20)\d{2}\b(?!\s*(?:%|[kmb]\b|bn\b|mm\b|million|billion|thousand|[A-Za-z]))/gi,
  /\b\d{1,2}(?:st|nd|rd|th)\b/gi,
  /\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/gi,
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b/gi,
];

function blankOut(text: string): string {
  let masked = text;
  for (const pattern of NOT_AMOUNTS) masked = masked.replace(pattern, (m) => ' '.repeat(m.length));
  return masked;
}

/** Words after a number that are not what it counts ("12 by March"). */
const NOT_NOUNS = new Set(['by', 'in', 'per', 'of', 'to', 'from', 'and', 'or', 'the', 'a', 'an', 'at', 'on', 'for', 'with', 'before', 'until', 'within']);

const toNumber = (digits: string) => Number(digits.replace(/,/g, ''));
const scaled = (value: number, scale: string | undefined) => (scale ? value * (SCALE[scale.toLowerCase()] ?? 1) : value);

/** Every amount in a text, in order. */
export function findQuantities(text: string): Quantity[] {
  const out: Quantity[] = [];
  for (const m of blankOut(text).matchAll(AMOUNT)) {
    const g = m.groups ?? {};
    const at = { index: m.index, length: m[0].length };
    if (g.curNum !== undefined) out.push({ ...at, value: scaled(toNumber(g.curNum), g.curScale), unit: 'currency', currency: g.cur!.trim().toUpperCase() });
    else if (g.codeNum !== undefined) out.push({ ...at, value: scaled(toNumber(g.codeNum), g.codeScale), unit: 'currency', currency: g.code!.toUpperCase() });
    else if (g.pct !== undefined) out.push({ ...at, value: toNumber(g.pct), unit: 'percent' });
    else if (g.mult !== undefined) out.push({ ...at, value: toNumber(g.mult), unit: 'multiple' });
    else if (g.num !== undefined) {
      const quantity: Quantity = { ...at, value: scaled(toNumber(g.num), g.numScale), unit: 'count' };
      if (g.noun && !NOT_NOUNS.has(g.noun.toLowerCase())) quantity.noun = g.noun.toLowerCase();
      out.push(quantity);
    }
  }
  return out;
}

/** The one amount of a field value such as "$2.6M" or "15 new logos"; undefined when there is none or several. */
export function singleQuantity(text: string): Quantity | undefined {
  const found = findQuantities(text);
  return found.length === 1 ? found[0] : undefined;
}

function comparable(a: Quantity, b: Quantity): boolean {
  if (a.unit !== b.unit) return false;
  if (a.unit === 'currency') return a.currency === b.currency || (isDollar(a.currency) && isDollar(b.currency));
  if (a.unit === 'count') return a.noun === undefined || b.noun === undefined || singular(a.noun) === singular(b.noun);
  return true;
}

const singular = (noun: string) => noun.replace(/s$/, '');
const isDollar = (currency: string | undefined) => currency === '$' || currency === 'USD';

/** The same amount, written differently ("$2.6M" and "$2,600,000"). */
export function sameQuantity(a: Quantity, b: Quantity): boolean {
  return comparable(a, b) && Math.abs(a.value - b.value) <= 1e-9 * Math.max(1, Math.abs(a.value));
}

function signed(n: number, digits: number): string {
  const text = n.toFixed(digits).replace(/\.0+$|(\.\d*?)0+$/, '$1');
  return n > 0 ? `+${text}` : text === '-0' ? '0' : text;
}

/**
 * How much a quantity moved: money and counts as a percentage of the old value ("+8.3%"), counts also absolute
 * ("+3, +25%"), percentages in points ("+5 pts"). Undefined when the two are not the same kind of amount.
 */
export function quantityDelta(from: Quantity, to: Quantity): string | undefined {
  if (!comparable(from, to)) return undefined;
  const change = to.value - from.value;
  if (from.unit === 'percent') return `${signed(change, 1)} pts`;
  const relative = from.value === 0 ? undefined : `${signed((change / Math.abs(from.value)) * 100, 1)}%`;
  if (from.unit === 'currency') return relative ?? `${signed(change, 2)} ${from.currency}`;
  if (from.unit === 'multiple') return `${signed(change, 2)}x`;
  return relative ? `${signed(change, 2)}, ${relative}` : signed(change, 2);
}
