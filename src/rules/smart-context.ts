import { isPlaceholder } from '../model/placeholders.js';
import type { FieldName } from '../model/fields.js';
import type { Field, Item, PlanModel } from '../model/types.js';
import { findDeadline, type Deadline, type DeadlineContext } from '../time/deadline.js';
import { parsePeriod, quarterContaining, type Period } from '../time/period.js';
import type { LintSettings, Report } from './define.js';

/** Shared by the smart-* and deadline-in-period rules: the plan's fiscal period and the items' SMART inputs. */

/** The plan's period on the configured fiscal calendar; undefined when front matter has none (frontmatter reports it). */
export function planPeriod(plan: PlanModel, settings: LintSettings): Period | undefined {
  return plan.period === undefined ? undefined : parsePeriod(plan.period, settings.fiscalYearStart);
}

export function deadlineContext(period: Period | undefined, settings: LintSettings): DeadlineContext {
  return period ? { period, fiscalYearStartMonth: settings.fiscalYearStart } : { fiscalYearStartMonth: settings.fiscalYearStart };
}

/** Goals (and objectives when asked) that have content; placeholders are empty-section's business. */
export function smartItems(plan: PlanModel, sections: readonly ('goals' | 'objectives')[]): Item[] {
  return plan.items.filter((item) => (sections as readonly string[]).includes(item.section) && !item.placeholder);
}

/** A field with a real value (not empty, not TODO). */
export function filledField(item: Item, name: FieldName): Field | undefined {
  return item.fields.find((f) => f.name === name && f.value.trim() !== '' && !isPlaceholder(f.value));
}

/** Where a deadline was written: the item's statement or its `Due:` field. */
export interface ItemDeadline {
  deadline: Deadline;
  field?: Field;
}

/** The deadlines an item states: in its statement, its `Due:` field and its key results. */
export function itemDeadlines(item: Item, ctx: DeadlineContext): ItemDeadline[] {
  const found: ItemDeadline[] = [];
  const inStatement = findDeadline(item.statement, ctx);
  if (inStatement) found.push({ deadline: inStatement });
  const due = filledField(item, 'due');
  const inField = due && findDeadline(due.value, ctx);
  if (due && inField) found.push({ deadline: inField, field: due });
  // An OKR goal's key results carry its deadlines too (contract 3a), each at its own line.
  for (const keyResult of item.fields) {
    if (keyResult.name !== 'keyResult' || isPlaceholder(keyResult.value)) continue;
    const inResult = findDeadline(keyResult.value, ctx);
    if (inResult) found.push({ deadline: inResult, field: keyResult });
  }
  return found;
}

/** The anchor every item finding carries, for baselines and diffs. */
export function itemAnchor(item: Item): Pick<Report, 'anchor'> {
  return item.id ? { anchor: `item:${item.id}` } : {};
}

/** An example deadline for messages, taken from the plan's period so it is valid there: its first quarter's end. */
export function exampleDeadlines(period: Period | undefined, settings: LintSettings): string {
  if (!period) return '"by 2027-03-31" or "by end of Q1"';
  const quarter = quarterContaining(period.start, settings.fiscalYearStart);
  return `"by ${quarter.end}" or "by end of Q${quarter.quarter ?? 1}"`;
}
