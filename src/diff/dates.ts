import { dateParts, type IsoDate } from '../time/dates.js';
import { type DeadlineContext, findDeadline } from '../time/deadline.js';

/** The last day a deadline text allows ("Q2 2027" is 2027-06-30), resolved against its own plan's period. */
export function deadlineDate(text: string, ctx: DeadlineContext): IsoDate | undefined {
  return findDeadline(text, ctx)?.date;
}

const DAY_MS = 86_400_000;
const dayNumber = (date: IsoDate) => {
  const { year, month, day } = dateParts(date);
  return Date.UTC(year, month - 1, day) / DAY_MS;
};

/** "+91 days", "-1 day". */
export function dateDelta(from: IsoDate, to: IsoDate): string {
  const days = dayNumber(to) - dayNumber(from);
  return `${days > 0 ? '+' : ''}${days} ${Math.abs(days) === 1 ? 'day' : 'days'}`;
}
