import { findDeadlines } from '../time/deadline.js';
import { memoizeText } from '../text/memo.js';
import { fiscalYearPeriod } from '../time/period.js';

/** Any period works to find where deadline phrases are; their dates do not matter here. */
const ANY_PERIOD = { period: fiscalYearPeriod(2000), fiscalYearStartMonth: 1 };

/**
 * Tokens whose digits are names, not amounts: item IDs (G1, OPP-2, KPI3), quarters and halves (Q3, h1, 3Q), years
 * (FY27, '27), stages and tiers ("Phase 2", "Tier-1", "stage 4", "v2").
 */
const ID_TOKENS = /\b(?:[A-Z]{1,5}-?\d+[a-z]?|\d[QH]\d{0,2})\b/g;
const NAME_TOKENS =
  /\b(?:[qh][1-4]|fy\s?\d{2,4}|v\d+(?:\.\d+)*|(?:phase|tier|stage|level|step|wave|gen|generation|version|release|series|round)[-\s]?\d+|(?:fortune|global|s&p|ftse|inc\.?|russell|nasdaq|dax|cac)\s?\d+)\b|'\d{2}\b|\b(?:1:1|24\/7|one-on-ones?|one-to-ones?)(?![\w/])/gi;
/** A duration joined to the noun it describes ("a 3-year contract", "two-day workshops") says what kind, not how many. */
const DURATION_ADJECTIVES = /\b(?:\d+|[a-z]+)-(?:year|month|week|day|hour)\b(?=\s+[a-z])/gi;
/** A bare year is a date, not a quantity ("the 2027 kickoff"). */
const YEARS = /\b(?:19|20)\d{2}\b(?![.,]\d|\s*(?:%|percent|[kmb]\b|bn\b|mm\b|million|billion|thousand))/gi;

function blank(text: string, index: number, length: number): string {
  return text.slice(0, index) + ' '.repeat(length) + text.slice(index + length);
}

/**
 * The text with dates, deadline phrases, IDs and years replaced by spaces (same length, so indexes still match), so
 * that what remains of its numbers are amounts.
 */
export function maskNonQuantities(text: string): string {
  return masks(text).masked;
}

const masks = memoizeText((text: string) => ({ masked: maskedText(text) }));

function maskedText(text: string): string {
  let masked = text;
  for (const deadline of findDeadlines(text, ANY_PERIOD)) masked = blank(masked, deadline.index, deadline.phrase.length);
  for (const pattern of [ID_TOKENS, NAME_TOKENS, DURATION_ADJECTIVES, YEARS]) {
    for (const match of masked.matchAll(pattern)) {
      masked = blank(masked, match.index, match[0].length);
    }
  }
  return masked;
}
