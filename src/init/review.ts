import { buildPlan } from '../model/build.js';
import { type HeadingMatcher, SECTION_BY_KEY } from '../model/sections.js';
import { decodeSource } from '../parse/source.js';
import { IN_PROGRESS } from '../rules/overdue-item.js';
import { fieldValue, itemsIn } from '../rules/util.js';
import { InitError } from './errors.js';
import { readPeriod } from './period.js';
import { commentSafe } from './source-text.js';

export interface ReviewOptions {
  /** YYYY-MM-DD. */
  today: string;
  fiscalYearStart?: number;
  matchHeading?: HeadingMatcher;
  /** Write the review even though the period has not ended. */
  early?: boolean;
  /** Results the readings give, by goal ID (upper case): pre-filled, the writer still writes why. */
  results?: ReadonlyMap<string, ReviewPrefill>;
}

/** What the readings say of a goal at the period's end. */
export interface ReviewPrefill {
  result: 'Met' | 'Missed' | 'Partially met';
  /** "0.7" */
  score: string;
  /** "$2.4M on 2027-12-20, target $2.6M" */
  evidence: string;
}

export interface ReviewAppend {
  /** The whole new file: every byte of the old one, then the review. */
  bytes: Buffer;
  /** The appended text. */
  text: string;
  /** Goals that got a review item. */
  goals: string[];
  /** Objectives with no recorded outcome (overdue-item asks for one): the writer is told to set their Status. */
  objectives: string[];
  /** Goals without an ID, which a review item cannot name. */
  unnamed: number;
}

/**
 * `plan review`: a Review section with one placeholder result per goal, appended after the last byte of the plan in
 * the file's own encoding and line breaks, so nothing that was written changes.
 */
export function appendReview(bytes: Buffer, file: string, options: ReviewOptions): ReviewAppend {
  const { text } = decodeSource(bytes);
  const plan = buildPlan(text, file, options);
  const existing = plan.sections.find((s) => s.key === 'review');
  if (existing) throw new InitError(`already has a review ("## ${existing.heading}" on line ${existing.span.start.line}); nothing was changed`, file);
  if (plan.status !== 'closed' && !options.early) {
    const period = plan.period ? readPeriod(plan.period, options.fiscalYearStart) : undefined;
    if (!period)
      throw new InitError(
        'has no valid "period" in its front matter, so it cannot tell whether the plan has ended (set "status: closed" to review it anyway)',
        file,
      );
    if (options.today <= period.end) {
      throw new InitError(
        `${period.label} runs until ${period.end}: a plan is reviewed once its period has ended or its status is closed (--early writes the review now)`,
        file,
      );
    }
  }
  const goals = itemsIn(plan, 'goals');
  const named = goals.filter((goal) => goal.id);
  const eol = /\r\n|\r|\n/.exec(text)?.[0] ?? '\n';
  const objectives = itemsIn(plan, 'objectives').filter((item) => item.id && !item.placeholder && outcomeOpen(fieldValue(item, 'status')));
  const lines = reviewLines(
    named.map((goal) => ({ id: goal.id!, statement: goal.statement })),
    objectives.map((item) => item.id!),
    options.results,
  );
  const separator = text === '' ? '' : /(?:\r\n|\r|\n){2}$/.test(text) ? '' : /(?:\r\n|\r|\n)$/.test(text) ? eol : eol + eol;
  const appended = separator + lines.join(eol) + eol;
  return {
    bytes: Buffer.concat([bytes, encodeLike(bytes, appended)]),
    text: appended,
    goals: named.map((g) => g.id!),
    objectives: objectives.map((o) => o.id!),
    unnamed: goals.length - named.length,
  };
}

/** An objective's outcome is still to be recorded when its status is absent or says the work goes on. */
function outcomeOpen(status: string | undefined): boolean {
  return status === undefined || IN_PROGRESS.test(status);
}

function reviewLines(goals: { id: string; statement: string }[], objectives: string[], results?: ReadonlyMap<string, ReviewPrefill>): string[] {
  const heading = SECTION_BY_KEY.get('review')!.heading;
  const listed = goals.map((goal) => `     ${goal.id}: ${commentSafe(goal.statement)}`);
  // A review item names a goal; an objective's outcome goes in its own Status field (where overdue-item looks).
  const also = objectives.length > 0 ? ` Then record each open objective's outcome in its Status field (met or missed): ${objectives.join(', ')}.` : '';
  const guidance = [`<!-- For each goal: Met, Missed or Partially met, then why; and the lesson the team keeps.${also}`, ...listed].join('\n');
  const items = goals.flatMap((goal) => {
    const prefill = results?.get(goal.id.toUpperCase());
    if (!prefill) return [`- **${goal.id}** TODO: Met | Missed | Partially met — why.`, '  - Lesson: TODO'];
    return [`- **${goal.id}** ${prefill.result} — TODO: why.`, `  - Score: ${prefill.score} (${commentSafe(prefill.evidence)})`, '  - Lesson: TODO'];
  });
  const body = items.length > 0 ? items : ['TODO: What was met and missed in this period, why, and the lessons the team keeps.'];
  return [`## ${heading}`, '', ...`${guidance} -->`.split('\n'), '', ...body];
}

/** The appended text in the file's own encoding: UTF-16 when it starts with a UTF-16 byte order mark, else UTF-8. */
function encodeLike(original: Buffer, text: string): Buffer {
  if (original[0] === 0xff && original[1] === 0xfe) return Buffer.from(text, 'utf16le');
  if (original[0] === 0xfe && original[1] === 0xff) return Buffer.from(text, 'utf16le').swap16();
  return Buffer.from(text, 'utf8');
}
