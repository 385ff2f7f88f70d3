import { filledField, keyResultsOf } from './item-fields.js';
import type { Field, Item } from './types.js';
import { type Deadline, type DeadlineContext, findDeadline } from '../time/deadline.js';
import { planCalendarStart, type Period } from '../time/period.js';

/** Quarters and halves in text follow the plan's calendar: fiscal for an FY… period, calendar otherwise (§5a). */
export function deadlineContext(period: Period | undefined, fiscalYearStart: number): DeadlineContext {
  return period ? { period, fiscalYearStartMonth: planCalendarStart(period, fiscalYearStart) } : { fiscalYearStartMonth: fiscalYearStart };
}

/** Where a deadline was written: the item's statement (no field), its `Due:` field or a key result. */
export interface ItemDeadline {
  deadline: Deadline;
  field?: Field;
}

/** An item's deadlines (contract §5a, 3a): its `Due:` field wins over any date in the statement; an OKR goal's key results add theirs. */
export function itemDeadlines(item: Item, ctx: DeadlineContext): ItemDeadline[] {
  const due = filledField(item, 'due');
  const inField = due && findDeadline(due.value, ctx);
  if (due && inField) return [{ deadline: inField, field: due }];
  // A Due the tool cannot read is smart-time-bound's finding; the statement's date is not put in its place.
  if (due) return [];
  const found: ItemDeadline[] = [];
  const inStatement = findDeadline(item.statement, ctx);
  if (inStatement) found.push({ deadline: inStatement });
  // An OKR goal's key results carry its deadlines too (contract 3a), each at its own line.
  for (const keyResult of keyResultsOf(item)) {
    const inResult = findDeadline(keyResult.value, ctx);
    if (inResult) found.push({ deadline: inResult, field: keyResult });
  }
  return found;
}

/**
 * An item's due date, the one of its deadlines it is done by: its `Due:` field, else its statement's, else (an OKR
 * goal) its key results' last one, as the goal is done when its last measure is due.
 */
export function dueDateOf(item: Item, fiscalYearStart: number, period?: Period): { date: string; from: string } | undefined {
  const found = itemDeadlines(item, deadlineContext(period, fiscalYearStart));
  const first = found[0];
  if (!first) return undefined;
  const chosen = first.field?.name === 'keyResult' ? found.reduce((a, b) => (b.deadline.date > a.deadline.date ? b : a)) : first;
  // A date written before the plan's period is a reference point (or deadline-in-period's finding), not an overdue item.
  if (period && chosen.field?.name !== 'due' && chosen.deadline.date < period.start) return undefined;
  const { date, phrase } = chosen.deadline;
  if (!chosen.field) return { date, from: `its statement says "${phrase}"` };
  if (chosen.field.name === 'due') return { date, from: `${chosen.field.key}: ${chosen.field.value}` };
  return { date, from: `its key result says "${phrase}"` };
}
