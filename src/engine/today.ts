import { ConfigError } from '../config/errors.js';

/** Today's date as YYYY-MM-DD: the given value (validated), else the clock (UTC). */
export function resolveToday(given?: string): string {
  if (given === undefined || given === '') return new Date().toISOString().slice(0, 10);
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(given.trim());
  const date = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : undefined;
  if (!m || !date || date.toISOString().slice(0, 10) !== given.trim()) {
    throw new ConfigError(`today must be a date written YYYY-MM-DD, not "${given}"`, '--today');
  }
  return given.trim();
}
