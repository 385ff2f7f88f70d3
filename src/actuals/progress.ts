import { dayNumber, type IsoDate } from '../time/dates.js';
import { fiscalYearOf, quarterContaining } from '../time/period.js';
import type { Reading } from '../model/reading.js';
import { CURRENCY_CODES } from '../smart/amount.js';

/**
 * Progress and pace (contract §8, §8a), as pure functions of numbers and ISO dates: no model, no clock, no I/O.
 * `plan status`, `plan review`, `plan report` and the behind-pace/stale-actuals rules all count with these.
 */

/** What progress is measured against: a numeric goal (baseline 0 when absent), or a milestone (met or not). */
export interface ProgressTarget {
  baseline?: number;
  target?: number;
  /** A goal met by a single event: progress is 0 or 1, never behind pace. */
  milestone?: boolean;
  /** The target's unit (`currency`, `percent`, a counted noun): a reading in another currency or in % is not compared. */
  unit?: string;
  currency?: string;
}

/** Four weights, one per fiscal quarter, summing to 1 (config `pace`); absent means linear in calendar days. */
export type PaceWeights = readonly [number, number, number, number];

export interface PaceOptions {
  weights?: PaceWeights;
  /** 1 = January; needed to place the weights' quarters. */
  fiscalYearStart?: number;
}

/** Oldest first (a stable sort keeps readings of one day in the order they were read). */
export const byDate = (a: Pick<Reading, 'date'>, b: Pick<Reading, 'date'>) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0);

/** The newest reading dated on or before `today` (a later one is ignored); ties go to the one read last. */
export function latestReading<R extends Pick<Reading, 'date'>>(readings: readonly R[], today: IsoDate): R | undefined {
  let latest: R | undefined;
  for (const reading of readings) {
    if (reading.date > today) continue;
    if (!latest || reading.date >= latest.date) latest = reading;
  }
  return latest;
}

/**
 * Progress of a reading against a target, uncapped: (actual - baseline) / (target - baseline). A milestone's reading
 * is 1 (met) or 0. A reading "1 of 3" against a goal with no numeric target is 1/3. Undefined when it cannot be
 * computed (no target, or target equal to baseline).
 */
export function progressOf(goal: ProgressTarget, reading: Pick<Reading, 'value' | 'of' | 'unit' | 'currency'>): number | undefined {
  // A met/missed outcome (a milestone's Status or check-in) is all or nothing.
  if (reading.unit === 'outcome') return reading.value >= 1 ? 1 : 0;
  if (goal.milestone) return reading.value >= (reading.of ?? 1) ? 1 : 0;
  if (!comparable(goal, reading)) return undefined;
  const baseline = goal.baseline ?? 0;
  const target = goal.target ?? reading.of;
  if (target === undefined || target === baseline) return undefined;
  return (reading.value - baseline) / (target - baseline);
}

/** A bare number or count reads against any target; a currency amount or a percentage only against its own kind. */
export function comparable(goal: Pick<ProgressTarget, 'unit' | 'currency'>, reading: Pick<Reading, 'unit' | 'currency'>): boolean {
  const hard = (unit: string | undefined) => (unit === 'currency' || unit === 'percent' ? unit : undefined);
  const [a, b] = [hard(goal.unit), hard(reading.unit)];
  if (a !== undefined && b !== undefined && a !== b) return false;
  if (goal.unit === 'currency' && goal.currency && reading.currency) return sameCurrency(goal.currency, reading.currency);
  return true;
}

function sameCurrency(a: string, b: string): boolean {
  return (CURRENCY_CODES[a] ?? a) === (CURRENCY_CODES[b] ?? b) || a === '$' || b === '$';
}

/** The end-of-period score: progress capped to [0, 1]. */
export function scoreOf(progress: number): number {
  return Math.min(1, Math.max(0, progress));
}

/** A score as OKR practice shows it: one decimal ("0.7"). */
export function formatScore(progress: number): string {
  return scoreOf(progress).toFixed(1);
}

/**
 * The share of the goal's time elapsed on `today`, from `start` (the plan period's start) to `deadline`, clamped to
 * [0, 1]. Linear in calendar days, or weighted per fiscal quarter by `pace.weights`.
 */
export function expectedProgress(start: IsoDate, deadline: IsoDate, today: IsoDate, pace: PaceOptions = {}): number {
  if (today <= start) return 0;
  if (today >= deadline) return 1;
  const weigh = pace.weights ? (date: IsoDate) => weightedTime(date, pace.weights!, pace.fiscalYearStart ?? 1) : dayNumber;
  const span = weigh(deadline) - weigh(start);
  if (span <= 0) return 1;
  return scoreOf((weigh(today) - weigh(start)) / span);
}

/** Time measured in fiscal years where each quarter counts its weight: year index + the weights of the year gone by. */
function weightedTime(date: IsoDate, weights: PaceWeights, fiscalYearStart: number): number {
  const { start, end, quarter } = quarterContaining(date, fiscalYearStart);
  const index = quarter! - 1;
  const within = (dayNumber(date) - dayNumber(start)) / (dayNumber(end) + 1 - dayNumber(start));
  const before = weights.slice(0, index).reduce((sum, w) => sum + w, 0);
  return fiscalYearOf(date, fiscalYearStart) + before + within * weights[index]!;
}

/** Where a goal stands on a day: its newest reading, progress against it and against the pace. */
export interface GoalProgress<R extends Reading = Reading> {
  /** The newest reading on or before today; absent when there is none (no progress, never 0). */
  latest?: R;
  /** Uncapped progress (status shows it so); absent without a reading or a computable target. */
  progress?: number;
  /** The share of the goal's time elapsed, in [0, 1]. */
  expected: number;
  /** expected - progress; positive is behind. Absent without progress. */
  gap?: number;
  /** Progress more than `tolerance` behind expected (never for a milestone). */
  behind: boolean;
  /** Progress capped to [0, 1]; absent without progress. */
  score?: number;
}

export interface GoalProgressInput<R extends Reading = Reading> extends ProgressTarget {
  readings: readonly R[];
  /** The plan period's start. */
  start: IsoDate;
  /** The goal's deadline, else the plan period's end. */
  deadline: IsoDate;
  today: IsoDate;
  pace?: PaceOptions;
  /** How far behind expected progress is still on pace (default 0.15). */
  tolerance?: number;
}

export const DEFAULT_TOLERANCE = 0.15;

export function goalProgress<R extends Reading>(input: GoalProgressInput<R>): GoalProgress<R> {
  const expected = expectedProgress(input.start, input.deadline, input.today, input.pace);
  const latest = latestReading(input.readings, input.today);
  const result: GoalProgress<R> = { expected, behind: false };
  if (!latest) return result;
  result.latest = latest;
  const progress = progressOf(input, latest);
  if (progress === undefined) return result;
  result.progress = progress;
  result.gap = expected - progress;
  result.score = scoreOf(progress);
  result.behind = !input.milestone && result.gap > (input.tolerance ?? DEFAULT_TOLERANCE) + 1e-9;
  return result;
}
