import { keyResultsOf } from './key-results.js';
import type { Item } from './types.js';
import { findDeadline } from '../time/deadline.js';
import { planCalendarStart, type Period } from '../time/period.js';

/**
 * An item's due date: its `Due:` field, else the deadline its statement names, else (an OKR goal) the last deadline
 * its key results name: the goal is done when its last measure is due.
 */
export function dueDateOf(item: Item, fiscalYearStartMonth: number, period?: Period): { date: string; from: string } | undefined {
  const context = period ? { period, fiscalYearStartMonth: planCalendarStart(period, fiscalYearStartMonth) } : { fiscalYearStartMonth };
  for (const field of item.fields) {
    if (field.name !== 'due') continue;
    const deadline = findDeadline(field.value, context);
    if (deadline) return { date: deadline.date, from: `${field.key}: ${field.value}` };
  }
  // A date before the plan's period is a reference point (or deadline-in-period's finding), not an overdue item.
  const inPeriod = (date: string) => !period || date >= period.start;
  const deadline = findDeadline(item.statement, context);
  if (deadline) return inPeriod(deadline.date) ? { date: deadline.date, from: `its statement says "${deadline.phrase}"` } : undefined;
  const last = keyResultsOf(item)
    .map((keyResult) => findDeadline(keyResult.value, context))
    .reduce((latest, found) => (found && (!latest || found.date > latest.date) ? found : latest), undefined);
  if (!last || !inPeriod(last.date)) return undefined;
  return { date: last.date, from: `its key result says "${last.phrase}"` };
}
