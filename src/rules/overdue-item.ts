import type { GoalSummary } from '../model/actuals.js';
import { idKey } from '../model/ids.js';
import { dueDateOf } from '../model/due.js';
import { parsePeriod } from '../time/period.js';
import { anchorOf, defineRule, noOptions } from './define.js';
import { fieldValue, itemLabel, itemsIn } from './util.js';

/** Statuses that say the work is still going on; a recorded outcome (met, missed...) is never overdue. */
export const IN_PROGRESS = /^(?:on[ -]track|at[ -]risk|off[ -]track|in[ -]progress|not[ -]started|behind|ahead|open)\b/i;

/**
 * An outcome recorded in the plan's actuals by today: a newest check-in of met, missed or partially met (contract §8),
 * or any reading of a milestone, which is its done or missed (§8a).
 */
function recordedOutcome(goal: GoalSummary | undefined, today: string): boolean {
  const checkIn = goal?.checkInStatus;
  if (checkIn && checkIn.date <= today && !IN_PROGRESS.test(checkIn.status)) return true;
  return goal?.milestone === true && goal.readings.some((reading) => reading.undated || reading.date <= today);
}

export default defineRule({
  id: 'overdue-item',
  scope: 'plan',
  description: "A goal or objective past its due date whose status isn't met",
  defaultSeverity: 'warn',
  fixable: false,
  messages: {
    overdue:
      '{{item}} was due on {{date}} ({{from}}) and its status is {{status}}: record the outcome ("Status: met" or "Status: missed") or move the deadline',
  },
  options: noOptions,
  docs: {
    rationale:
      'A deadline that passed without a recorded outcome hides a slipped goal. A Status, a Review result or a check-in of met or missed records it (for a milestone, its check-in of done or missed). Closed plans are not checked; today is --today, else PLAN_TODAY, else the clock.',
    invalid: '---\nperiod: FY2026\n---\n## Objectives\n\n- **OB1** Run 4 workshops by 2026-09-30.\n  - Status: on track',
    valid: '---\nperiod: FY2026\n---\n## Objectives\n\n- **OB1** Run 4 workshops by 2026-09-30.\n  - Status: met',
  },
  check({ plan, settings, report }) {
    if (plan.status === 'closed') return;
    const period = plan.period ? parsePeriod(plan.period, settings.fiscalYearStart) : undefined;
    const reviewed = new Set(plan.reviewItems.flatMap((review) => (review.id ? [idKey(review.id)] : [])));
    // The plan's actuals are read on first use: only for an item past due.
    const goalOf = (id: string) => plan.actuals.goals.find((goal) => idKey(goal.id) === idKey(id));
    for (const item of [...itemsIn(plan, 'goals'), ...itemsIn(plan, 'objectives')]) {
      if (item.placeholder || (item.id && reviewed.has(idKey(item.id)))) continue;
      const status = fieldValue(item, 'status');
      if (status !== undefined && !IN_PROGRESS.test(status)) continue;
      const due = dueDateOf(item, settings.fiscalYearStart, period);
      if (!due || due.date >= settings.today || (item.id && recordedOutcome(goalOf(item.id), settings.today))) continue;
      report({
        messageId: 'overdue',
        data: { item: itemLabel(item), date: due.date, from: due.from, status: status ? `still "${status}"` : 'not set' },
        at: item,
        anchor: anchorOf.item(item.id),
      });
    }
  },
});
