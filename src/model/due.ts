import type { Item } from './types.js';
import { findDeadline } from '../time/deadline.js';
import { planCalendarStart, type Period } from '../time/period.js';

/** An item's due date: its `Due:` field, else the deadline its statement names. */
export function dueDateOf(item: Item, fiscalYearStartMonth: number, period?: Period): { date: string; from: string } | undefined {
  const context = period ? { period, fiscalYearStartMonth: planCalendarStart(period, fiscalYearStartMonth) } : { fiscalYearStartMonth };
  for (const field of item.fields) {
    if (field.name !== 'due') continue;
    const deadline = findDeadline(field.value, context);
    if (deadline) return { date: deadline.date, from: `${field.key}: ${field.value}` };
  }
  const deadline = findDeadline(item.statement, context);
  // A statement date before the plan's period is a reference point (or deadline-in-period's finding), not an overdue item.
  if (!deadline || (period && deadline.date < period.start)) return undefined;
  return { date: deadline.date, from: `its statement says "${deadline.phrase}"` };
}
