import { NUMBER_WORD_SOURCE, numberWordValue } from '../text/numbers.js';

/** A number as written in a goal, with its scale applied: "$2.6M" is 2 600 000, "15%" is 15. */
export interface Amount {
  value: number;
  /** `currency`, `percent`, `multiple` (3x), or the counted noun ("logos", "calls"); undefined for a bare number. */
  unit?: string;
  /** Currency symbol or code when there is one. */
  currency?: string;
  text: string;
  index: number;
}

const SCALE: Record<string, number> = {
  k: 1e3,
  thousand: 1e3,
  m: 1e6,
  mm: 1e6,
  mn: 1e6,
  mio: 1e6,
  million: 1e6,
  b: 1e9,
  bn: 1e9,
  billion: 1e9,
};
const CURRENCY_SYMBOL = '[$€£¥₹]';
/** The ISO code of each currency symbol that has one. */
export const CURRENCY_CODES: Record<string, string> = { $: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₹': 'INR' };
const CURRENCY_CODE = '(?:USD|EUR|GBP|CHF|JPY|CAD|AUD|SEK|NOK|DKK|INR|SGD)';
const NUMBER = '\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d{1,3}(?:\\.\\d{3}){2,}(?![\\d,])|\\d+(?:\\.\\d+)?|\\.\\d+';
const SCALE_WORD = '(?:k|mm|mn|mio|m|bn|b|thousand|million|billion)';

/**
 * One amount, in the order tried: currency ("$2.6M", "€500k", "USD 1.2 million", "2.5M EUR"), percentage ("15%",
 * "10 percent", "5 points"), multiple ("3x"), scaled number ("500k"), plain number ("12"), number word ("three").
 */
export const AMOUNT = new RegExp(
  [
    `(?<cur>${CURRENCY_SYMBOL}|${CURRENCY_CODE}\\s?)\\s?(?<curNum>${NUMBER})\\s?(?<curScale>${SCALE_WORD})?(?![\\w])`,
    `(?<codeNum>${NUMBER})\\s?(?<codeScale>${SCALE_WORD})?\\s?(?<code>${CURRENCY_CODE}|dollars|euros|pounds)\\b`,
    `(?<pct>${NUMBER})\\s?(?:%|\\s?(?:percent(?:age)?(?:\\s+points?)?|pct|pts|points?|bps|basis\\s+points)\\b)`,
    `(?<mult>${NUMBER})\\s?[x×](?![\\w])`,
    `(?<!\\w)(?<num>${NUMBER})(?:\\s?(?<numScale>${SCALE_WORD})(?![\\w]))?`,
    `\\b(?<word>${NUMBER_WORD_SOURCE}|zero)\\b`,
  ].join('|'),
  'gi',
);

/** "1,200,000" and "1.200.000" group thousands, as does "€240.000": no sum of money is written with three decimals. */
function toNumber(digits: string, money = false): number {
  const dotted = money ? /^[1-9]\d{0,2}(?:\.\d{3})+$/ : /^\d{1,3}(?:\.\d{3}){2,}$/;
  return Number((dotted.test(digits) ? digits.replace(/\./g, '') : digits).replace(/,/g, ''));
}

/** A value times its scale word or suffix ("k", "million"); as it is without one. */
export function scaled(value: number, scale: string | undefined): number {
  return scale === undefined ? value : value * (SCALE[scale.toLowerCase()] ?? 1);
}

/** Reads an AMOUNT match; undefined for a number word used as a pronoun ("one of", "no one"). */
export function amountFromMatch(match: RegExpExecArray): Amount | undefined {
  const g = match.groups ?? {};
  const base = { text: match[0].trim(), index: match.index + (match[0].length - match[0].trimStart().length) };
  if (g.curNum !== undefined) {
    return { ...base, value: scaled(toNumber(g.curNum, !g.curScale), g.curScale), unit: 'currency', currency: (g.cur ?? '').trim().toUpperCase() };
  }
  if (g.codeNum !== undefined) {
    return { ...base, value: scaled(toNumber(g.codeNum, !g.codeScale), g.codeScale), unit: 'currency', currency: (g.code ?? '').toUpperCase() };
  }
  if (g.pct !== undefined) return { ...base, value: toNumber(g.pct), unit: 'percent' };
  if (g.mult !== undefined) return { ...base, value: toNumber(g.mult), unit: 'multiple' };
  if (g.num !== undefined) return { ...base, value: scaled(toNumber(g.num), g.numScale) };
  const value = g.word === undefined ? undefined : g.word.toLowerCase() === 'zero' ? 0 : numberWordValue(g.word);
  return value === undefined ? undefined : { ...base, value };
}

/** The first amount in a text such as a `Target:` or `Baseline:` field ("$2.6M", "35%", "12 logos"). */
export function parseAmount(text: string): Amount | undefined {
  for (const match of text.matchAll(AMOUNT)) {
    const amount = amountFromMatch(match as RegExpExecArray);
    if (amount) return amount;
  }
  return undefined;
}

/** Amounts that add up to a total within 0.5% (contract §5b: the quarters' sum against the yearly target). */
export const addsUpTo = (sum: number, total: number) => Math.abs(sum - total) <= Math.abs(total) * 0.005;

/** The counted noun of a count, singular and plural alike: "logos" and "logo", "opportunities" and "opportunity". */
export function countedNoun(unit: string | undefined): string {
  const word = (unit ?? '').toLowerCase();
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (/(?:ss|sh|ch|x)es$/.test(word)) return word.slice(0, -2);
  return word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
}
