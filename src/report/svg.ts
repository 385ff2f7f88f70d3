import { formatShare } from '../actuals/format.js';
import { scoreOf } from '../actuals/progress.js';
import { singleQuantity } from '../diff/quantity.js';
import { dayNumber } from '../time/dates.js';
import { escapeHtml } from './escape.js';
import type { Progress, Reading } from './types.js';

const round = (n: number) => Math.round(n * 10) / 10;

/** A progress bar (capped at full) with a tick where the goal should be by now; drawn in 0..100 units, kept small. */
export function progressBar(progress: Progress): string {
  const label = `Progress ${formatShare(progress.value)}${progress.expected === undefined ? '' : `, expected ${formatShare(progress.expected)} by now`}`;
  const behind = progress.expected !== undefined && progress.value < progress.expected;
  const pace = progress.expected === undefined ? '' : `<path class="pace" d="M${round(scoreOf(progress.expected) * 100)} 0v10"/>`;
  return `<svg class="bar" width="120" height="10" viewBox="0 0 100 10" preserveAspectRatio="none" role="img" aria-label="${label}"><rect class="track" width="100" height="10"/><rect class="${behind ? 'fill behind' : 'fill'}" width="${round(scoreOf(progress.value) * 100)}" height="10"/>${pace}</svg>`;
}

export interface SparkRange {
  /** The period's first day and the goal's deadline (YYYY-MM-DD). */
  start: string;
  end: string;
  baseline?: string;
  target?: string;
}

/** The readings over the goal's time as a line, against the pace line from baseline to target; undefined with fewer than two. */
export function sparkline(readings: Reading[], range: SparkRange): string | undefined {
  if (readings.length < 2) return undefined;
  const width = 160;
  const height = 36;
  const from = Math.min(dayNumber(range.start), dayNumber(readings[0]!.date));
  const to = Math.max(dayNumber(range.end), dayNumber(readings.at(-1)!.date), from + 1);
  const baseline = range.baseline ? singleQuantity(range.baseline)?.value : undefined;
  const target = range.target ? singleQuantity(range.target)?.value : undefined;
  const values = [...readings.map((r) => r.value), ...(target === undefined ? [] : [target, baseline ?? 0])];
  const low = Math.min(...values);
  const high = Math.max(...values, low + 1e-9);
  const x = (date: string) => round(((dayNumber(date) - from) / (to - from)) * (width - 4) + 2);
  const y = (value: number) => round(height - 2 - ((value - low) / (high - low)) * (height - 4));
  const points = readings.map((r) => `${x(r.date)},${y(r.value)}`).join(' ');
  const pace = target === undefined ? '' : `<line x1="${x(range.start)}" y1="${y(baseline ?? 0)}" x2="${x(range.end)}" y2="${y(target)}" class="pace-line"/>`;
  const label = escapeHtml(`Readings: ${readings.map((r) => `${r.value} on ${r.date}`).join(', ')}${target === undefined ? '' : `; target ${target}`}`);
  return `<svg class="spark" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${label}"><title>${label}</title>${pace}<polyline points="${points}" class="line"/></svg>`;
}
