import { z } from '../zod.js';
import type { PaceWeights } from '../actuals/progress.js';
import { formatShare, readingText } from '../actuals/format.js';
import { actualsOf, type ActualsInput, type GoalState, type RunActuals } from '../actuals/run.js';
import type { PlanGraph } from '../repo/graph.js';
import type { Reading } from '../model/reading.js';
import type { LintSettings } from './define.js';

/** Shared by behind-pace and status-contradicts-actuals (and the config's `pace`): how far behind is still on pace, and the pace itself. */

export const paceSchema = z
  .tuple([z.number().min(0), z.number().min(0), z.number().min(0), z.number().min(0)])
  .refine((weights) => Math.abs(weights.reduce((a, b) => a + b, 0) - 1) < 1e-6, 'must be four weights, one per fiscal quarter, that add up to 1');

const toleranceSchema = z
  .number()
  .min(0)
  .max(1)
  .default(0.15)
  .describe('How far progress may trail expected progress and still be on pace (0.15 = 15 percentage points)');

const paceOptionSchema = paceSchema
  .optional()
  .describe('Expected progress per fiscal quarter, four weights adding up to 1 (default: config `pace`, else linear in days)');

export const paceRuleOptions = z.strictObject({ tolerance: toleranceSchema, pace: paceOptionSchema }).default({ tolerance: 0.15 });

export function paceOf(options: z.output<typeof paceRuleOptions>, settings: LintSettings): { pace: PaceWeights | undefined; tolerance: number } {
  return { pace: options.pace ?? settings.pace, tolerance: options.tolerance };
}

/** "at 23% of its target ($1.2M on 2027-02-14, summed from 3 supporting goals) where 45% of its time has passed". */
export function describeBehind(state: GoalState): string {
  const reading = state.rolledUp ?? state.progress.latest!;
  return `at ${formatShare(state.progress.progress!)} of its target (${describeReading(reading, state)}) where ${formatShare(state.progress.expected)} of its time has passed`;
}

export function describeReading(reading: Reading, state: Pick<GoalState, 'goal'>): string {
  const from = reading.source === 'roll-up' ? `, ${reading.note}` : '';
  return `${readingText(reading, state.goal)} on ${reading.date}${from}`;
}

export function goalNoun(state: GoalState): string {
  return `${state.goal.section === 'goals' ? 'Goal' : 'Objective'} ${state.goal.id}`;
}

/** The goals of the plans being linted, with the run's actuals to judge them by; none when the repo records no actuals. */
export function* goalsToJudge(graph: PlanGraph, settings: LintSettings, actuals: ActualsInput | undefined) {
  const run: RunActuals = actualsOf(graph, settings, actuals);
  if (run.idle) return;
  for (const model of graph.plans) {
    if (!graph.isLinted(model)) continue;
    for (const goal of run.summaryOf(model).goals) if (goal.section === 'goals') yield { run, model, goal };
  }
}
