import { daysBetween, type IsoDate } from '../time/dates.js';
import { type DeadlineContext, findDeadline } from '../time/deadline.js';

/** The last day a deadline text allows ("Q2 2027" is 2027-06-30), resolved against its own plan's period. */
export function deadlineDate(text: string, ctx: DeadlineContext): IsoDate | undefined {
  return findDeadline(text, ctx)?.date;
}

/** "+91 days", "-1 day". */
export function dateDelta(from: IsoDate, to: IsoDate): string {
  const days = daysBetween(from, to);
  return `${days > 0 ? '+' : ''}${days} ${Math.abs(days) === 1 ? 'day' : 'days'}`;
}
