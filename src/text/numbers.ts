/** English number words that goal writers use instead of digits ("three new logos", "a dozen demos"). */

const UNITS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
const SCALES: Record<string, number> = { dozen: 12, hundred: 100, thousand: 1000, million: 1e6, billion: 1e9 };

const UNIT_WORDS = Object.keys(UNITS).join('|');
const TENS_WORDS = Object.keys(TENS).join('|');

/** A number written in words: "three", "twenty-five", "a dozen", "two hundred", "half a dozen". */
export const NUMBER_WORD_SOURCE = `(?:half\\s+a\\s+dozen|an?\\s+(?:dozen|hundred|thousand)|(?:(?:${TENS_WORDS})(?:[-\\s](?:${UNIT_WORDS}))?|${UNIT_WORDS})(?:\\s+(?:dozen|hundred|thousand|million|billion))?)`;

/** Reads a number word phrase matched by NUMBER_WORD_SOURCE; undefined when it isn't one. */
export function numberWordValue(phrase: string): number | undefined {
  const words = phrase
    .toLowerCase()
    .split(/[-\s]+/)
    .filter(Boolean);
  if (words.join(' ') === 'half a dozen') return 6;
  let value = 0;
  let seen = false;
  for (const word of words) {
    if (word === 'a' || word === 'an') {
      value = 1;
      seen = true;
    } else if (word in UNITS || word in TENS) {
      value += UNITS[word] ?? TENS[word] ?? 0;
      seen = true;
    } else if (word in SCALES) {
      value = (seen ? value : 1) * (SCALES[word] ?? 1);
      seen = true;
    } else {
      return undefined;
    }
  }
  return seen ? value : undefined;
}

/** Reads digits ("90", "1,200", "2.5") or a number word ("ninety") as a number. */
export function readCount(text: string): number | undefined {
  const digits = text.replace(/,/g, '');
  if (/^\d+(?:\.\d+)?$/.test(digits)) return Number(digits);
  return numberWordValue(text);
}
