import { findDateDeadlines, overlaps } from './deadline-dates.js';
import { findFiscalDeadlines } from './deadline-fiscal.js';
import { findMonthDeadlines } from './deadline-months.js';
import { findRelativeDeadlines } from './deadline-relative.js';
import { memoizeText } from '../text/memo.js';
import type { Deadline, DeadlineContext, DeadlineMatcher } from './deadline-types.js';
import { inParenthesis } from '../text/parenthesis.js';

export type { Deadline, DeadlineContext } from './deadline-types.js';

/** Matchers in order of precedence when two phrases overlap with the same length: the most precise first. */
const MATCHERS: DeadlineMatcher[] = [findDateDeadlines, findFiscalDeadlines, findMonthDeadlines, findRelativeDeadlines];

/**
 * A date written as the point of comparison is a baseline, not a deadline: "from Q1", "vs FY2026", "than 2026"; but
 * "no later than" is a deadline word (contract §5a). Nor is a start date: "starting 1 July" ("starting in Q1" is cued by "in", as the tuning set has it).
 */
const BASELINE_BEFORE =
  /\b(?:from|vs\.?|versus|(?<!\blater\s+)than|since|compared\s+(?:to|with)|relative\s+to|last|prior|previous|over|starting|beginning|commencing|effective|after)\s+(?:on\s+|from\s+)?(?:the\s+|its\s+|our\s+)?$/i;
const BASELINE_AFTER = /^['’]?s?\s*(?:baseline|levels?|actuals?|results|run[-\s]rate|numbers|figures|base)\b/i;
/** A recurring cadence is no deadline: "every quarter", "each month", "per quarter", "10 deals a quarter". */
const RECURRING_BEFORE = /\b(?:every|each|per|a|an)\s+$/i;

function isBaselineOrCadence(text: string, deadline: Deadline): boolean {
  const before = text.slice(0, deadline.index);
  const after = text.slice(deadline.index + deadline.phrase.length);
  return BASELINE_BEFORE.test(before) || BASELINE_AFTER.test(after) || RECURRING_BEFORE.test(before);
}

const contextKey = (ctx: DeadlineContext) => `${ctx.fiscalYearStartMonth}|${ctx.period ? JSON.stringify(ctx.period) : ''}`;

/** Every deadline phrase in the text, without overlaps (the longer phrase wins), in reading order. */
export const findDeadlines: (text: string, ctx: DeadlineContext) => readonly Deadline[] = memoizeText(deadlinesIn, contextKey);

function deadlinesIn(text: string, ctx: DeadlineContext): Deadline[] {
  const candidates = MATCHERS.flatMap((matcher, rank) => matcher(text, ctx).map((deadline) => ({ deadline, rank })));
  candidates.sort((a, b) => b.deadline.phrase.length - a.deadline.phrase.length || a.rank - b.rank);
  const kept: Deadline[] = [];
  for (const { deadline } of candidates) {
    if (overlaps(deadline.index, deadline.phrase.length, kept)) continue;
    kept.push(deadline);
  }
  return kept.filter((deadline) => !isBaselineOrCadence(text, deadline)).sort((a, b) => a.index - b.index);
}

/** Words that introduce the deadline itself rather than the subject of the goal ("coverage for Q4 by Sep 30"). */
const DEADLINE_CUE =
  /\b(?:by|before|until|till|no\s+later\s+than|not\s+later\s+than|due(?:\s+(?:by|on|in))?|deadline:?|within|in|during)\s+(?:the\s+)?(?:(?:very\s+)?end\s+of\s+(?:the\s+)?)?$/i;
/** Words that open a subordinate clause: a date inside one qualifies its noun, not the goal ("contracts that end in June"). */
const SUBORDINATOR = /\b(?:who|whom|whose|which|that|where|when|whenever|while|because|if|unless|whereas|although|though)\b/gi;
/** "that" and "which" right after the first word are determiners ("Close that deal by Q3"). */
const DETERMINER_THAT = /^\s*[\p{L}-]+\s+$/u;

/**
 * Inside a subordinate clause: the first deadline phrase after a subordinator ("whose contracts end by March 2027")
 * with no comma, semicolon or other deadline phrase between them. The clause ends at its punctuation, and a second
 * time phrase after its own belongs to the main clause ("contracts that expire in June before the end of April").
 */
function inSubordinateClause(text: string, deadline: Deadline, all: readonly Deadline[]): boolean {
  const before = text.slice(0, deadline.index);
  let opener: number | undefined;
  for (const match of before.matchAll(SUBORDINATOR)) {
    if (/^(?:that|which)$/i.test(match[0]) && DETERMINER_THAT.test(before.slice(0, match.index))) continue;
    opener = match.index;
  }
  if (opener === undefined) return false;
  if (/[,;:]|[.!?]\s|\s[-–—]\s/.test(text.slice(opener, deadline.index))) return false;
  return !all.some((other) => other !== deadline && other.index > opener && other.index < deadline.index);
}

/** "in Q1 and Q2", "by March or April": a phrase joined to a cued one shares its cue. */
const JOINED = /^\s*(?:and|or|&|to|-|–)\s*(?:the\s+)?(?:end\s+of\s+(?:the\s+)?)?$/i;

function isCued(text: string, deadline: Deadline, all: readonly Deadline[] = []): boolean {
  if (DEADLINE_CUE.test(text.slice(0, deadline.index)) || DEADLINE_CUE.test(`${deadline.phrase.split(/\s+/)[0] ?? ''} `)) return true;
  const previous = all.filter((d) => d.index + d.phrase.length <= deadline.index).at(-1);
  return previous !== undefined && JOINED.test(text.slice(previous.index + previous.phrase.length, deadline.index)) && isCued(text, previous, all);
}

/**
 * The deadline of a goal or objective (contract §5a): the date governed by a deadline word (by, before, until, no later
 * than, due, within, in), and when there are several, the last one at the top level of the sentence, not one inside a
 * subordinate clause or a parenthesis. "…hospitals whose contracts end by March 2027, by 2026-03-15" is due on
 * 2026-03-15; "(stretch: $650k by 2027-06-30)" is not the deadline. Without a deadline word, the last top-level date
 * phrase; a parenthesis is read only when nothing else names a date, and never one that labels its content
 * ("(stretch: …)"). Undefined when the text names no resolvable deadline.
 */
export function findDeadline(text: string, ctx: DeadlineContext): Deadline | undefined {
  const all = findDeadlines(text, ctx);
  const topLevel = all.filter((d) => !inParenthesis(text, d.index) && !inSubordinateClause(text, d, all));
  const cued = topLevel.filter((d) => isCued(text, d, all));
  const chosen = cued.length > 0 ? cued : topLevel;
  if (chosen.length > 0) return chosen[chosen.length - 1];
  return all.filter((d) => inParenthesis(text, d.index) && !/\(\s*[\p{L} -]+:[^()]*$/u.test(text.slice(0, d.index))).at(-1);
}
