import { itemEntries } from '../diff/entries.js';
import { diffEntries } from '../diff/match.js';
import type { DeadlineContext } from '../time/deadline.js';
import type { PlanModel } from '../model/types.js';
import type { PlanGraph } from '../repo/graph.js';
import { addDays } from '../time/dates.js';
import { type Period, parsePeriod, quarterContaining } from '../time/period.js';
import type { QuarterDiff } from './types.js';

/**
 * For each quarter plan, the plan of the quarter before it: same parent, same kind, the period just before. Where
 * two plans could be the previous one, none is (a guess would diff the wrong plans).
 */
export function quarterDiffs(plans: PlanModel[], graph: PlanGraph<PlanModel>, fiscalYearStart: number): QuarterDiff[] {
  const quarterOf = new Map<PlanModel, Period>();
  for (const plan of plans) {
    const period = plan.period ? parsePeriod(plan.period, fiscalYearStart) : undefined;
    if (period?.granularity === 'quarter') quarterOf.set(plan, period);
  }
  const diffs: QuarterDiff[] = [];
  for (const [plan, period] of quarterOf) {
    const previousStart = quarterContaining(addDays(period.start, -1), fiscalYearStart).start;
    const parent = graph.parentOf(plan);
    const candidates = [...quarterOf].filter(
      ([other, otherPeriod]) => other !== plan && otherPeriod.start === previousStart && other.kind === plan.kind && graph.parentOf(other) === parent,
    );
    // Without a parent, only a plan of the same owner counts: two unrelated top-level quarter plans are not a series.
    const previous = parent ? candidates : candidates.filter(([other]) => other.owner === plan.owner);
    if (previous.length !== 1) continue;
    diffs.push(summarize(previous[0]![0], plan, fiscalYearStart));
  }
  return diffs.sort((a, b) => a.plan.localeCompare(b.plan));
}

function summarize(previous: PlanModel, plan: PlanModel, fiscalYearStart: number): QuarterDiff {
  // The diff engine's matching and field comparison over the Goals items of the models (no Markdown tree to read).
  const context = (p: PlanModel): DeadlineContext => {
    const period = p.period ? parsePeriod(p.period, fiscalYearStart) : undefined;
    return period ? { period, fiscalYearStartMonth: fiscalYearStart } : { fiscalYearStartMonth: fiscalYearStart };
  };
  const items = diffEntries(itemEntries(previous, 'goals'), itemEntries(plan, 'goals'), { old: context(previous), new: context(plan) });
  return {
    plan: plan.id,
    previous: previous.id,
    added: items.added.map(({ id, text }) => ({ id, text })),
    removed: items.removed.map(({ id, text }) => ({ id, text })),
    changed: items.changed.map(({ id, changes }) => ({ id, changes })),
  };
}
