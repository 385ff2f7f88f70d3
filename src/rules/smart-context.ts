import type { Item, PlanModel } from '../model/types.js';
import { addDays } from '../time/dates.js';
import { parsePeriod, planCalendarStart, quarterContaining, type Period } from '../time/period.js';
import type { LintSettings } from './define.js';

/** Shared by the smart-* and deadline-in-period rules: the plan's fiscal period and the items' SMART inputs. */

/** The plan's period on the configured fiscal calendar; undefined when front matter has none (frontmatter reports it). */
export function planPeriod(plan: PlanModel, settings: LintSettings): Period | undefined {
  return plan.period === undefined ? undefined : parsePeriod(plan.period, settings.fiscalYearStart);
}

/** Goals (and objectives when asked) that have content; placeholders are empty-section's business. */
export function smartItems(plan: PlanModel, sections: readonly ('goals' | 'objectives')[]): Item[] {
  return plan.items.filter((item) => (sections as readonly string[]).includes(item.section) && !item.placeholder);
}

/**
 * An example deadline for messages, valid where it is made (contract "Messages"): the end of the first quarter of the
 * plan's period that is not over by `today`, as a date and as words. Undefined when no quarter of the period is left.
 */
export function suggestedDeadline(period: Period, settings: LintSettings): { date: string; words: string } | undefined {
  const startMonth = planCalendarStart(period, settings.fiscalYearStart);
  for (let day = period.start; day <= period.end; ) {
    const quarter = quarterContaining(day, startMonth);
    const end = quarter.end < period.end ? quarter.end : period.end;
    if (end >= settings.today) return { date: end, words: `end of Q${quarter.quarter ?? 1}` };
    day = addDays(quarter.end, 1);
  }
  return undefined;
}

/** `"by 2027-03-31" or "by end of Q1"`, or the advice to move the goal when the period has no time left. */
export function exampleDeadlines(period: Period | undefined, settings: LintSettings): string {
  if (!period) return 'a date such as "by YYYY-MM-DD"';
  const suggestion = suggestedDeadline(period, settings);
  return suggestion ? `"by ${suggestion.date}" or "by ${suggestion.words}"` : "none is left in this plan's period: move it to the next quarter's plan";
}
