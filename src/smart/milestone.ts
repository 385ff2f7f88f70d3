import { findActionVerb, wordTokens } from './action.js';
import type { Amount } from './amount.js';
import { assessSpecificity, baseForm } from './specificity.js';
import { VAGUE_OBJECTS, words } from './vague-words.js';

/**
 * Verbs of degree: their outcome is a change along a scale ("Grow the pipeline", "Expand subscriptions at two sites"),
 * never one event, so they need a quantity to be measurable. Every other action applied to one thing ("Sign the MSA
 * with Initech", "Hire a UK mid-market manager", "Renew the Core contract") is an event that happens or not.
 */
const DEGREE_VERBS = new Set(
  words(`
accelerate advance better boost cultivate cut decrease deepen double drive elevate enhance expand focus
foster grow improve increase leverage lift lower maintain make maximise maximize minimise minimize nurture optimise
optimize raise reduce scale shorten shrink stabilise stabilize strengthen sustain keep work widen broaden tighten
support transform penetrate
`),
);

/**
 * The determiner, possessive or name that starts one individuated object: "the MSA", "a manager", "Globex", "off the
 * joint plan". A name right after "in" or "on" is a place, not an object ("Launch in France").
 */
const ONE_OBJECT =
  /^\s+(?:(?:(?:off|in|up|out|down|back|on|through)\s+)?(?:the|a|an|our|their|its|this|that)|(?:(?:off|up|out|down|back)\s+)?[\p{Lu}][\p{L}\p{N}&.-]*(?:['’]s)?)(?![\p{L}])/u;
const VAGUE_OBJECT = new Set(VAGUE_OBJECTS);
/** The object's noun phrase: up to the first preposition, comma or deadline word. */
const OBJECT_PHRASE = /^[^,;.(]*?(?=\s+(?:with|to|at|in|on|for|from|by|before|until|within|across|through|into|of|during)\b|[,;.(]|$)/i;

/** The goal's verb when it is one of degree ("grow", "expand"), else undefined. */
export function degreeVerb(text: string): string | undefined {
  const tokens = wordTokens(text);
  const i = findActionVerb(text, tokens);
  if (i < 0) return undefined;
  const base = baseForm((tokens[i] as { word: string }).word, DEGREE_VERBS);
  return DEGREE_VERBS.has(base) ? base : undefined;
}

/**
 * A milestone goal (contract §5): a specific action, not one of degree, applied to one individuated thing. It is met
 * or not, so it is measurable without a number; it still needs a deadline.
 */
export function isMilestone(text: string): boolean {
  if (!assessSpecificity(text).specific) return false;
  const tokens = wordTokens(text);
  const i = findActionVerb(text, tokens);
  if (i < 0) return false;
  const verb = tokens[i] as { word: string; index: number };
  if (DEGREE_VERBS.has(baseForm(verb.word, DEGREE_VERBS))) return false;
  const rest = text.slice(verb.index + verb.word.length);
  if (!ONE_OBJECT.test(rest)) return false;
  // "Establish a relationship", "Sign a strategic partnership": a fuzzy object is no verifiable event.
  const object = OBJECT_PHRASE.exec(rest)?.[0] ?? rest;
  const named = /\s[\p{Lu}]/u.test(object);
  return named || !wordTokens(object).some((t) => VAGUE_OBJECT.has(t.word.toLowerCase()));
}

/** "at two sites", "across 3 regions": a count that says where, not how much. */
const PLACE_BEFORE = /\b(?:at|in|across|among|for|with|between|from|within)\s+(?:the\s+|our\s+|its\s+|their\s+)?$/i;

/**
 * Whether the quantities measure a goal of degree: a count that only says where the change happens ("Expand
 * subscriptions at two sites") does not; an amount, a percentage, a multiple or the object's own count does.
 */
export function measuresTheAim(text: string, quantities: readonly Amount[]): boolean {
  if (degreeVerb(text) === undefined) return quantities.length > 0;
  return quantities.some((q) => ['currency', 'percent', 'multiple'].includes(q.unit ?? '') || !PLACE_BEFORE.test(text.slice(0, q.index)));
}
