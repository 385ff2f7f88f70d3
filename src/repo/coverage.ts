import type { PlanSummary } from '../model/types.js';
import type { PlanGraph } from './graph.js';
import { addDays } from '../time/dates.js';
import { parsePeriod, type Period } from '../time/period.js';

/** Whether the periods, together, leave no day of `whole` uncovered. */
function cover(parts: Period[], whole: Period): boolean {
  let next = whole.start;
  for (const part of [...parts].sort((a, b) => a.start.localeCompare(b.start))) {
    if (part.start > next) return false;
    if (part.end >= next) next = addDays(part.end, 1);
  }
  return next > whole.end;
}

/**
 * The children a plan's goals are checked against. Children that break it down in time (the quarter plans of a
 * yearly plan) count only once together they cover its whole period: a yearly goal may be planned for a later quarter.
 */
export function childrenToCheck(graph: PlanGraph, plan: PlanSummary, fiscalYearStart: number): PlanSummary[] {
  const children = graph.childrenOf(plan);
  const own = plan.period ? parsePeriod(plan.period, fiscalYearStart) : undefined;
  if (!own || children.length === 0) return children;
  const shorter: Period[] = [];
  for (const child of children) {
    const period = child.period ? parsePeriod(child.period, fiscalYearStart) : undefined;
    if (!period || (period.start <= own.start && period.end >= own.end)) return children;
    shorter.push(period);
  }
  return cover(shorter, own) ? children : [];
}
