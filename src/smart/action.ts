import { isActionVerb } from './action-verbs.js';
import { words } from './vague-words.js';

/**
 * Finds the action of a goal from English syntax rather than a closed verb list. A goal is written as an imperative
 * ("Walk the board through…") or an infinitive after a subject or modal ("Team to send the proposal…", "We will pass
 * the round…"). In that position a word followed by a determiner, a number, a possessive or a name can only be a verb:
 * a noun there is not followed by "the". The verb lexicon (action-verbs.ts) is a second cue, for verbs followed by a
 * bare noun ("Expand subscriptions at two sites"). Function words (prepositions, adverbs, pronouns, determiners) are a
 * closed class of English and never the action.
 *
 * A tagger was measured against this (compromise 14 `compromise/two`): ~600 ms to import and ~75 ms for its first
 * sentence on the 2-core test machine, and it tags "Table", "Broker" and "Co-author" at the start of a goal as nouns;
 * this rule costs nothing at start-up.
 */

/** Closed-class words (prepositions, conjunctions, adverbs, pronouns, determiners): never the verb of a goal. */
const FUNCTION_WORDS = new Set(
  words(`
a about above across after against all along also among an and another any around as at be before behind below
between both but by during each either even every few for from further half her here his i if in inside into its
just less many more most much my neither no nor not now of off on once only onto or other our out over per several
since so some such than that the their them then there these they this those through throughout to toward towards
under until up upon us very via we what when where whether which while who whose why with within without you your
`),
);

/** A determiner, number, amount, possessive or name: what follows a transitive verb and never a noun at clause start. */
const OBJECT_START = new RegExp(
  [
    '(?:the|a|an|our|their|its|his|her|your|my|this|that|these|those|both|all|each|every|another|either|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|fifty|hundred|dozen)\\b',
    '[$€£¥₹]',
    '\\d',
    "[\\p{Lu}][\\p{L}\\p{N}&.-]*['’]s\\b",
    '[\\p{Lu}][\\p{Ll}]+\\b',
    '[\\p{Lu}]{2,}\\b',
  ].join('|'),
  'u',
);
/** Particles of phrasal verbs: "Kick off the…", "Lock in the…", "Stand up a…", "Win back 3…". */
const PARTICLE = '(?:off|in|up|out|down|back|on|over|through|together)';
const FOLLOWED_BY_OBJECT = new RegExp(`^\\s+(?:${PARTICLE}\\s+)?(?:${OBJECT_START.source})`, 'u');
/** Words after which the next word is a verb: "to", modals and subject pronouns ("Team to renew…", "We will…"). */
const BEFORE_VERB = /^(?:to|will|shall|must|should|can|could|would|we|i|they|you|and|then)$/i;
/** How far into a goal its verb may sit: after a label ("Q2:") or subject ("The EMEA team will"). */
const VERB_WINDOW = 6;

export interface WordToken {
  word: string;
  index: number;
}

/** Words (letters first, then letters, digits, apostrophes, hyphens), with where they start. */
export function wordTokens(text: string): WordToken[] {
  return [...text.matchAll(/[\p{L}][\p{L}\p{N}'’&-]*/gu)].map((m) => ({ word: m[0], index: m.index }));
}

/** A word where a clause can start: the first, after a label ("Q2:", "EMEA —"), or after "to", a modal or a subject. */
function atClauseStart(text: string, tokens: readonly WordToken[], i: number): boolean {
  if (i === 0) return true;
  const previous = tokens[i - 1] as WordToken;
  const between = text.slice(previous.index + previous.word.length, (tokens[i] as WordToken).index);
  return /[:—–]|\s-\s/.test(between) || (/^\s+$/.test(between) && BEFORE_VERB.test(previous.word));
}

/** The token index of the goal's action verb, or -1 when none is found. */
export function findActionVerb(text: string, tokens: readonly WordToken[] = wordTokens(text)): number {
  for (let i = 0; i < Math.min(tokens.length, VERB_WINDOW); i++) {
    const { word, index } = tokens[i] as WordToken;
    const lower = word.toLowerCase();
    if (FUNCTION_WORDS.has(lower) || BEFORE_VERB.test(lower)) continue;
    if (isActionVerb(lower)) return i;
    // An all-caps word is an acronym (ARR, EMEA), not a verb.
    if (/^[\p{Lu}\d&-]+$/u.test(word) && word.length > 1) continue;
    if (atClauseStart(text, tokens, i) && FOLLOWED_BY_OBJECT.test(text.slice(index + word.length))) return i;
  }
  return -1;
}
