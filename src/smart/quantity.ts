import { memoizeText } from '../text/memo.js';
import { AMOUNT, amountFromMatch, type Amount } from './amount.js';
import { maskNonQuantities } from './mask.js';
import { words } from './vague-words.js';

/**
 * The first quantity in a goal: a number, percentage, currency amount ("$2.6M", "€500k"), multiple ("3x", "double"),
 * count of a unit ("12 logos", "three new decision makers", "a dozen demos"). Dates, deadline phrases ("within 90
 * days"), IDs (G1, Q3, FY2027) and bare years are not quantities.
 */
export function findQuantity(text: string): Amount | undefined {
  return findQuantities(text)[0];
}

const MULTIPLIER_WORDS: Record<string, number> = { double: 2, doubling: 2, triple: 3, tripling: 3, quadruple: 4, halve: 0.5, halving: 0.5 };
const MULTIPLIER = /\b(double|doubling|triple|tripling|quadruple|halve|halving)\b(?!\s+(?:down|check|digits?)\b)/gi;
const TIMES: Record<string, number> = { once: 1, twice: 2, thrice: 3 };
const TIMES_WORD = /\b(once|twice|thrice)\b/gi;
/** Fractions and small counts in words: "by a third", "in half", "a couple of partners". */
const FRACTION_VALUES: Record<string, number> = { half: 0.5, third: 1 / 3, thirds: 2 / 3, quarter: 0.25, quarters: 0.75, couple: 2, pair: 2 };
const FRACTION =
  /\b(?:(?:by|in|of)\s+(half)\b|(?:a|one|two|three)\s+(third|thirds|quarters?)\s+of\b|by\s+(?:a|one|two)\s+(thirds?)\b|half\s+of\b|a\s+(couple|pair)\s+(?:of|more)\b)/gi;
/**
 * A cadence is a rate ("weekly pipeline reviews", "every month"): measurable, though not a deadline. Not when it only
 * names a metric ("monthly sales", "quarterly quota").
 */
const CADENCE =
  /\b(?:(?:bi-?)?(?:daily|weekly|monthly|quarterly|annually)|fortnightly|(?:every|each|per|a|once\s+a)\s+(?:day|week|month|quarter|year))\b(?!\s+(?:sales|revenue|recurring|bookings|quota|targets?|numbers|run[-\s]rate|active|billings|spend))/gi;
/** "one" is a pronoun far more often than a count. */
const PRONOUN_ONE_BEFORE = /\b(?:no|any|every|each|the|this|that|which|some)\s*$/i;
const PRONOUN_ONE_AFTER = /^\s*(?:of|another|-on-one|on\s+one|day|time|way|thing)\b/i;
const SKIP_BEFORE_UNIT = new Set(
  words(`
new net-new net additional more extra qualified active paying named key strategic incremental of the our in
per to by from and or a an with at for on across over within this that each every than
`),
);

/**
 * The counted noun after a number: the phrase's head, its last plural ("12 Belgian insurers", "3 sales reps"), else its
 * first word. Nouns joined by "or"/"and" before any plural modify the head ("12 council or housing-association logos").
 */
function unitAfter(text: string, end: number): string | undefined {
  const phrase: string[] = [];
  let skipped = 0;
  for (const [token] of text
    .slice(end)
    .toLowerCase()
    .matchAll(/[a-z][a-z-]*|[^\sa-z]+/g)) {
    if (/^[a-z]/.test(token) && !SKIP_BEFORE_UNIT.has(token)) phrase.push(token);
    else if ((token === 'or' || token === 'and') && phrase.length > 0 && !phrase.some(isPlural)) continue;
    else if (phrase.length > 0 || ++skipped === 3) break;
    if (phrase.length === 3) break;
  }
  return phrase.findLast(isPlural) ?? phrase[0];
}

const isPlural = (word: string): boolean => /..[^isu]s$/.test(word);

/** Every quantity in the text, in reading order. */
export const findQuantities: (text: string) => readonly Amount[] = memoizeText(quantitiesIn);

function quantitiesIn(text: string): Amount[] {
  const masked = maskNonQuantities(text);
  const found: Amount[] = [];
  for (const match of masked.matchAll(AMOUNT)) {
    const amount = amountFromMatch(match as RegExpExecArray);
    if (!amount) continue;
    const end = amount.index + amount.text.length;
    if (/^one$/i.test(amount.text) && (PRONOUN_ONE_BEFORE.test(masked.slice(0, amount.index)) || PRONOUN_ONE_AFTER.test(masked.slice(end)))) continue;
    if (amount.unit === undefined) {
      const unit = unitAfter(masked, end);
      if (unit !== undefined) amount.unit = unit;
    }
    found.push(amount);
  }
  for (const match of masked.matchAll(MULTIPLIER)) {
    found.push({ value: MULTIPLIER_WORDS[(match[1] ?? '').toLowerCase()] ?? 2, unit: 'multiple', text: match[0], index: match.index });
  }
  for (const match of masked.matchAll(TIMES_WORD)) {
    found.push({ value: TIMES[(match[1] ?? '').toLowerCase()] ?? 1, unit: 'times', text: match[0], index: match.index });
  }
  for (const match of masked.matchAll(FRACTION)) {
    const word = (match[1] ?? match[2] ?? match[3] ?? match[4] ?? 'half').toLowerCase();
    found.push({ value: FRACTION_VALUES[word] ?? 0.5, unit: 'fraction', text: match[0], index: match.index });
  }
  for (const match of masked.matchAll(CADENCE)) found.push({ value: 1, unit: 'rate', text: match[0], index: match.index });
  return found.sort((a, b) => a.index - b.index);
}
