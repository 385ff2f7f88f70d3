import type { PlanActuals } from '../model/actuals.js';
import type { PlanSummary } from '../model/types.js';
import type { Reading } from '../model/reading.js';
import type { IsoDate } from '../time/dates.js';
import type { Span } from '../types.js';
import { getOrCreate } from '../text/memo.js';

export type { GoalSummary, PlanActuals } from '../model/actuals.js';

/** A plan's actuals as one run sees them: who the plan is, and its goals with every reading dated. */
export type DatedActuals = Omit<PlanActuals, 'fiscalYearStart'> & Pick<PlanSummary, 'file' | 'id' | 'kind' | 'owner' | 'parent' | 'status'>;

export interface SummaryOptions {
  fiscalYearStart: number;
  /** The date of an `Actual:` written without one: the file's last commit, else today (asked only when needed). */
  undatedAs: (file: string) => IsoDate;
  today: IsoDate;
}

const cache = new WeakMap<PlanSummary, Map<string, DatedActuals>>();

/** A plan's actuals, from its summary: read with the plan, with the run's fiscal year start. */
export function actualsOfPlan(plan: PlanSummary, fiscalYearStart: number): PlanActuals {
  if (plan.actuals.fiscalYearStart !== fiscalYearStart)
    throw new Error(`${plan.file} was read with fiscal year start ${plan.actuals.fiscalYearStart}, not the run's ${fiscalYearStart}`);
  return plan.actuals;
}

/** The plan's actuals with every undated reading dated (memoized per plan and run settings: CSV readings key by goal). */
export function summarizePlan(plan: PlanSummary, options: SummaryOptions): DatedActuals {
  const key = `${options.fiscalYearStart}|${options.today}`;
  const byKey = getOrCreate(cache, plan, () => new Map());
  return getOrCreate(byKey, key, () => datedActuals(plan, options));
}

function datedActuals(plan: PlanSummary, options: SummaryOptions): DatedActuals {
  const { fiscalYearStart: _, ...actuals } = actualsOfPlan(plan, options.fiscalYearStart);
  const dated = (reading: Reading): Reading => {
    if (!reading.undated) return reading;
    const { undated: _, ...rest } = reading;
    return { ...rest, date: options.undatedAs(plan.file) };
  };
  const goals = actuals.goals.map((goal) => (goal.readings.some((r) => r.undated) ? { ...goal, readings: goal.readings.map(dated) } : goal));
  const summary: DatedActuals = { file: plan.file, id: plan.id, ...actuals, goals };
  if (plan.kind) summary.kind = plan.kind;
  if (plan.owner) summary.owner = plan.owner;
  if (plan.parent) summary.parent = plan.parent;
  if (plan.status) summary.status = plan.status;
  return summary;
}

/** The span of a line the plan's actuals name. */
export function lineOf(summary: Pick<PlanActuals, 'lines'>, line: number): Span {
  return { start: { line, column: 1 }, end: { line, column: summary.lines[line] ?? 1 } };
}
