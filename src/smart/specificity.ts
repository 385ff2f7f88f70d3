import { maskNonQuantities } from './mask.js';
import { findQuantities } from './quantity.js';
import { isActionVerb } from './action-verbs.js';
import { findActionVerb, type WordToken, wordTokens } from './action.js';
import { DEGREE_VERBS, GENERIC_OBJECTS, STATE_VERBS, STOPWORDS, UNQUANTIFIED_FILLER, VAGUE_FILLER, VAGUE_OBJECTS } from './vague-words.js';
import { getOrCreate } from '../text/memo.js';

export interface Specificity {
  specific: boolean;
  /** Why not, when not specific: names the filler or what is missing. */
  reason?: string;
}

const GENERIC = new Set([...GENERIC_OBJECTS, ...STOPWORDS]);
const VAGUE_OBJECT = new Set(VAGUE_OBJECTS);
const DEGREE = new Set(DEGREE_VERBS);
const phrasePatterns = new Map<string, RegExp>();

function phrasePattern(phrase: string): RegExp {
  return getOrCreate(phrasePatterns, phrase, () => compilePhrase(phrase));
}

function compilePhrase(phrase: string): RegExp {
  const escaped = phrase
    .trim()
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/\s+/g, '\\s+');
  return new RegExp(`(?<![\\w-])${escaped}(?![\\w-])`, 'i');
}

const anyPhrases = new WeakMap<readonly string[], RegExp>();

/** One pattern that matches where any of the phrases does (the phrases' own patterns, as alternatives). */
function anyPhrase(phrases: readonly string[]): RegExp {
  return getOrCreate(anyPhrases, phrases, () => {
    const sources = phrases.filter((phrase) => phrase.trim() !== '').map((phrase) => `(?:${phrasePattern(phrase).source})`);
    return new RegExp(sources.join('|') || '(?!)', 'i');
  });
}

const NO_WORDS: readonly string[] = [];
const vagueFiller = new WeakMap<readonly string[], readonly string[]>();

/** The filler phrases with the config's `extraVagueWords`, one array per config (anyPhrase keys on it). */
function fillerWith(extra: readonly string[]): readonly string[] {
  return getOrCreate(vagueFiller, extra, () => [...VAGUE_FILLER, ...extra]);
}

/** "both lots of the framework", "3 lots of scanners": a lot counted is the noun (a tender's or an auction's lot). */
const COUNTED_BEFORE = /(?:\b(?:the|both|all|each|these|those|which|its|their|our|two|three|four|five|six|seven|eight|nine|ten)|\d)\s+$/i;

/**
 * A filler phrase in its filler sense only: not inside a name, which is capitalised mid-sentence ("Internet of
 * Things", "Great Britain", "the Synergy suite"), and "lots of" not as a counted noun.
 */
function findFiller(text: string, phrases: readonly string[]): string | undefined {
  // Most texts hold none: one pass instead of one per phrase (assessSpecificity, 19% -> 8% of a cold 1,000-plan lint).
  if (!anyPhrase(phrases).test(text)) return undefined;
  return phrases.find((phrase) => {
    if (phrase.trim() === '') return false;
    const pattern = phrasePattern(phrase);
    const global = new RegExp(pattern.source, 'gi');
    for (const match of text.matchAll(global)) {
      const before = text.slice(0, match.index);
      const named = match.index > 0 && /^\p{Lu}/u.test(match[0]) && !/[.!?:]\s*$/.test(before);
      const counted = /^lots?\b/i.test(match[0]) && COUNTED_BEFORE.test(before);
      if (!named && !counted) return true;
    }
    return false;
  });
}

/** The form of a word that `verbs` lists ("improved", "grows": "improve", "grow"), else the word in lower case. */
export function baseForm(word: string, verbs: ReadonlySet<string> = DEGREE): string {
  const w = word.toLowerCase();
  for (const base of [w, w.replace(/(?:es|s|ed|d|ing)$/, ''), w.replace(/(?:ed|ing)$/, 'e')]) if (verbs.has(base)) return base;
  return w;
}

/**
 * Judges the "S" of SMART: a goal is specific when it has an action and a concrete object and no vague filler.
 * - Filler ("improve things", "do better", "maximize", "various", "etc.", plus `extraVagueWords`) is never specific.
 * - A quantity makes the object concrete ("Increase NPS by 10 points"); a noun-phrase target with a quantity ("$3M new
 *   ARR from EMEA by Q4") is accepted without a verb.
 * - Without a quantity, the goal needs an action verb and an object that is more than a generic area ("Increase
 *   sales", "Grow the business") and not a fuzzy object of a degree verb ("improve the relationship with the customer").
 * `quantifiedElsewhere`: the item states its number in a field (`Target: $2.6M`), which makes "Grow ARR" concrete.
 */
export function assessSpecificity(text: string, extraVagueWords: readonly string[] = NO_WORDS, quantifiedElsewhere = false): Specificity {
  const filler = findFiller(text, fillerWith(extraVagueWords));
  if (filler) return { specific: false, reason: `vague filler "${filler}"` };
  const masked = maskNonQuantities(text);
  const hasQuantity = quantifiedElsewhere || findQuantities(text).length > 0;
  const unquantified = hasQuantity ? undefined : findFiller(text, UNQUANTIFIED_FILLER);
  if (unquantified) return { specific: false, reason: `"${unquantified}" without a number` };
  const tokens = wordTokens(text);
  // The verb may sit inside a deadline phrase ("Close the year with 20 logos"); the object may not.
  const kept = (token: WordToken) => masked[token.index] !== ' ';
  if (!hasQuantity && STATE_VERBS.includes((tokens[0]?.word ?? '').toLowerCase())) {
    return { specific: false, reason: `"${tokens[0]?.word} ..." states a wish, not an action` };
  }
  const verbIndex = findActionVerb(text, tokens);
  if (verbIndex < 0) {
    if (hasQuantity && tokens.some((t) => kept(t) && !GENERIC.has(t.word.toLowerCase()))) return { specific: true };
    return { specific: false, reason: 'no action verb' };
  }
  if (hasQuantity) return { specific: true };
  const verb = baseForm(tokens[verbIndex]?.word ?? '');
  const object = tokens
    .slice(verbIndex + 1)
    .filter(kept)
    .map((t) => t.word);
  if (object.length === 0) return { specific: false, reason: 'no object' };
  const fuzzy = object.find((t) => VAGUE_OBJECT.has(t.toLowerCase()));
  if (fuzzy && DEGREE.has(verb)) return { specific: false, reason: `"${verb} ... ${fuzzy}" is not concrete` };
  const concrete = object.some((t) => !GENERIC.has(t.toLowerCase()) && !VAGUE_OBJECT.has(t.toLowerCase()) && !isActionVerb(t));
  if (!concrete) return { specific: false, reason: 'the object is too generic' };
  return { specific: true };
}
