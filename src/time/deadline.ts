import { findDateDeadlines } from './deadline-dates.js';
import { findFiscalDeadlines } from './deadline-fiscal.js';
import { findMonthDeadlines } from './deadline-months.js';
import { findRelativeDeadlines } from './deadline-relative.js';
import { memoizeText } from '../text/memo.js';
import type { Deadline, DeadlineContext, DeadlineMatcher } from './deadline-types.js';

export type { Deadline, DeadlineContext } from './deadline-types.js';

/** Matchers in order of precedence when two phrases overlap with the same length: the most precise first. */
const MATCHERS: DeadlineMatcher[] = [findDateDeadlines, findFiscalDeadlines, findMonthDeadlines, findRelativeDeadlines];

/** A date written as the point of comparison is a baseline, not a deadline: "from Q1", "vs FY2026", "than 2026". */
const BASELINE_BEFORE = /\b(?:from|vs\.?|versus|than|since|compared\s+(?:to|with)|relative\s+to|last|prior|previous|over)\s+(?:the\s+|its\s+|our\s+)?$/i;
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
    const end = deadline.index + deadline.phrase.length;
    if (kept.some((k) => deadline.index < k.index + k.phrase.length && k.index < end)) continue;
    kept.push(deadline);
  }
  return kept.filter((deadline) => !isBaselineOrCadence(text, deadline)).sort((a, b) => a.index - b.index);
}

/** Words that introduce the deadline itself rather than the subject of the goal ("coverage for Q4 by Sep 30"). */
const DEADLINE_CUE = /\b(?:by|before|until|till|no\s+later\s+than|not\s+later\s+than|due(?:\s+(?:by|on|in))?|deadline:?)\s+(?:the\s+)?(?:(?:very\s+)?end\s+of\s+(?:the\s+)?)?$/i;

/**
 * The deadline of a goal or objective. Phrases introduced by "by", "before", "until" or "due" are preferred over the
 * others ("120% coverage for Q4 by September 30" is due on September 30); among those, the one that resolves to the
 * latest date wins ("5 logos by Q2 and 10 by Q4" is due at the end of Q4). Undefined when the text names no
 * resolvable deadline.
 */
export function findDeadline(text: string, ctx: DeadlineContext): Deadline | undefined {
  const all = findDeadlines(text, ctx);
  const cued = all.filter((d) => DEADLINE_CUE.test(text.slice(0, d.index)) || DEADLINE_CUE.test(`${d.phrase.split(/\s+/)[0] ?? ''} `));
  let latest: Deadline | undefined;
  for (const deadline of cued.length > 0 ? cued : all) {
    if (!latest || deadline.date > latest.date) latest = deadline;
  }
  return latest;
}
