import { type LintOptions, loadGraph } from '../api.js';
import { formatScore, latestReading, progressOf } from '../actuals/progress.js';
import { readingText } from '../actuals/format.js';
import { actualsOf } from '../actuals/run.js';
import type { Reading } from '../model/reading.js';
import { idKey } from '../model/ids.js';
import { resolveToday } from '../engine/today.js';

/** What the readings say of one goal of a plan, for `plan review` and `plan init --from` (keys: goal IDs, upper case). */
export interface GoalReading {
  /** The newest reading on or before the day asked for, in the goal's unit ("$2.18M", "3 of 8", "met"). */
  value: string;
  date: string;
  /** Uncapped progress; absent when the goal has no numeric target (and is no milestone). */
  progress?: number;
  /** Met (progress >= 1), Missed (<= 0), Partially met. */
  result?: 'Met' | 'Missed' | 'Partially met';
  /** Progress capped to [0, 1] with one decimal ("0.7"). */
  score?: string;
  /** The target as written. */
  target?: string;
}

/**
 * The readings of a plan's goals (its own, the CSV exports', rolled up from supporting goals) as of `on`: the
 * period's end for a review, today for a new plan's baseline. Repo plans are loaded as for lint.
 */
export async function goalReadings(file: string, options: LintOptions, on: 'today' | 'period end'): Promise<Map<string, GoalReading>> {
  const { graph, plans, config, actuals } = await loadGraph([file], options);
  const plan = plans[0];
  const out = new Map<string, GoalReading>();
  if (!plan) return out;
  const today = resolveToday(options.today);
  const run = actualsOf(graph, { today, fiscalYearStart: config.settings.fiscalYearStart }, actuals);
  const summary = run.summaryOf(plan);
  const until = on === 'period end' && summary.period && summary.period.end < today ? summary.period.end : today;
  for (const goal of summary.goals) {
    const state = run.stateOf(plan, goal);
    const reading: Reading | undefined = latestReading(state.readings, until) ?? (state.rolledUp && state.rolledUp.date <= until ? state.rolledUp : undefined);
    if (!reading) continue;
    const found: GoalReading = { value: readingText(reading, goal), date: reading.date };
    if (goal.targetText) found.target = goal.targetText;
    const progress = progressOf(goal, reading);
    if (progress !== undefined) {
      found.progress = progress;
      found.score = formatScore(progress);
      found.result = progress >= 1 ? 'Met' : progress <= 0 ? 'Missed' : 'Partially met';
    }
    out.set(idKey(goal.id), found);
  }
  return out;
}
