import { escapeTerminal } from '../text/escape.js';
import { resolve } from 'node:path';
import { loadConfig } from '../config/load.js';
import { readSourceBytes } from '../files/read.js';
import { snapshotOf, WriteError } from '../files/write.js';
import { resolveToday } from '../engine/today.js';
import { appendReview, type ReviewPrefill } from '../init/review.js';
import { decodeSource, InputError } from '../parse/source.js';
import { withFriendlyErrors, writeAs } from './init-command.js';
import { type Io, type SharedOptions, UsageError } from './io.js';
import type { LintOptions } from '../api.js';
import { goalReadings } from '../status/goal-readings.js';

/** Each goal's result and score from its readings at the period's end (plan lint reports rows it cannot read). */
async function prefilledResults(file: string, options: LintOptions): Promise<Map<string, ReviewPrefill>> {
  const results = new Map<string, ReviewPrefill>();
  for (const [id, reading] of await goalReadings(file, options, 'period end')) {
    if (!reading.result || !reading.score) continue;
    results.set(id, {
      result: reading.result,
      score: reading.score,
      evidence: `${reading.value} on ${reading.date}${reading.target ? `, target ${reading.target}` : ''}`,
    });
  }
  return results;
}

export interface ReviewCommandOptions extends Pick<SharedOptions, 'config' | 'actuals' | 'today'> {
  early?: boolean;
  stdout?: boolean;
}

/** `plan review FILE`: appends a Review section with one placeholder result per goal; every existing byte stays. */
export async function runReview(file: string, options: ReviewCommandOptions, io: Io): Promise<number> {
  return withFriendlyErrors(async () => {
    const config = loadConfig(io.cwd, options.config);
    const today = resolveToday(options.today ?? io.env.PLAN_TODAY);
    const reviewNow = async () => {
      try {
        const bytes = readSourceBytes(resolve(io.cwd, file), config.maxFileBytes);
        const results = await prefilledResults(file, { cwd: io.cwd, config, today, actuals: options.actuals ?? [] });
        const review = appendReview(bytes, file, {
          today,
          fiscalYearStart: config.settings.fiscalYearStart,
          matchHeading: config.matchHeading,
          early: options.early === true,
          results,
        });
        return { review, snapshot: snapshotOf(bytes) };
      } catch (error) {
        // Bytes that are not a plan's text (binary, not UTF-8, nested past the limits): one line with the place.
        if (error instanceof InputError) throw new UsageError(`${file}${error.line ? `:${error.line}:${error.column ?? 1}` : ''}: ${error.message}`);
        throw error;
      }
    };
    let { review, snapshot } = await reviewNow();
    if (options.stdout) {
      io.stdout(decodeSource(review.bytes).text);
      return 0;
    }
    try {
      writeAs(file, io, review.bytes, true, snapshot);
    } catch (error) {
      if (!(error instanceof WriteError && error.code === 'ECHANGED')) throw error;
      // Saved by someone else meanwhile: review what is there now, once; a second change fails.
      ({ review, snapshot } = await reviewNow());
      writeAs(file, io, review.bytes, true, snapshot);
    }
    const unnamed = review.unnamed > 0 ? ` (${review.unnamed} goal${review.unnamed > 1 ? 's' : ''} without an ID left out: give them IDs to review them)` : '';
    io.stdout(
      `Added a Review to ${escapeTerminal(file)} with ${review.goals.length} goal${review.goals.length === 1 ? '' : 's'} to assess${unnamed}: replace its TODOs with Met, Missed or Partially met and why${review.objectives.length > 0 ? `; then set each open objective's Status to met or missed (${review.objectives.join(', ')})` : ''}\n`,
    );
    return 0;
  });
}
