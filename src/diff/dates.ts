import { daysBetween, type IsoDate } from '../time/dates.js';

/** "+91 days", "-1 day". */
export function dateDelta(from: IsoDate, to: IsoDate): string {
  const days = daysBetween(from, to);
  return `${days > 0 ? '+' : ''}${days} ${Math.abs(days) === 1 ? 'day' : 'days'}`;
}
