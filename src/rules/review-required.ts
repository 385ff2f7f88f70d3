import { reviewSkeletonFix } from '../model/edits.js';
import { idKey } from '../model/ids.js';
import { reviewResult } from '../model/review.js';
import type { Item, PlanModel } from '../model/types.js';
import { parsePeriod } from '../time/period.js';
import { anchorOf, defineRule, noOptions, type LintSettings } from './define.js';
import { hasSection, itemLabel, itemsIn, keyPlace } from './util.js';

/** Why the plan needs its review now, or undefined while it runs. */
function reviewDue(plan: PlanModel, settings: LintSettings): { key: 'period' | 'status'; why: string } | undefined {
  const period = plan.period ? parsePeriod(plan.period, settings.fiscalYearStart) : undefined;
  if (period && period.end < settings.today) return { key: 'period', why: `Period ${plan.period} ended on ${period.end}` };
  if (plan.status === 'closed') return { key: 'status', why: 'The plan is closed' };
  return undefined;
}

export default defineRule({
  id: 'review-required',
  scope: 'plan',
  description: 'An ended or closed plan without a result for every goal',
  defaultSeverity: 'error',
  fixable: true,
  messages: {
    noReview: '{{why}}, but there is no "## Review" section: add one with a result (Met, Missed or Partially met) and why{{forGoals}}',
    noResult: '{{item}} has no result in the Review: add "- **{{id}}** Met — why" (or Missed, Partially met)',
    noResultWord: 'The review of {{id}} gives no result: start it with Met, Missed or Partially met, then why',
  },
  options: noOptions,
  docs: {
    rationale:
      'Every quarter the team reviews the last one: which goals were met or missed and why. Without it the next plan repeats the same mistakes. Today is --today, else PLAN_TODAY, else the clock.',
    invalid: '---\nperiod: FY2026-Q3\n---\n## Goals\n\n- **G1** Book $600k by 2026-09-30.',
    valid: '## Review\n\n- **G1** Missed — the sponsor left in August.\n- **G2** ✅ Met — the pilot signed in July.',
  },
  check({ plan, settings, report }) {
    const due = reviewDue(plan, settings);
    if (!due) return;
    const goals = itemsIn(plan, 'goals').filter((goal) => !goal.placeholder);
    if (!hasSection(plan, 'review')) {
      const ids = goals.flatMap((goal) => (goal.id ? [goal.id] : []));
      report({
        messageId: 'noReview',
        data: { why: due.why, forGoals: ids.length > 0 ? ` for each goal: ${ids.join(', ')}` : '' },
        at: keyPlace(plan, due.key),
        anchor: anchorOf.section('review'),
        // --fix inserts a Review with one TODO item per goal; the writer still owes each result, which this rule keeps asking for.
        fix: reviewSkeletonFix(plan, ids),
      });
      return;
    }
    const reviews = new Map<string, Item>();
    for (const review of plan.reviewItems) if (review.id && !reviews.has(idKey(review.id))) reviews.set(idKey(review.id), review);
    for (const goal of goals) {
      if (!goal.id) continue;
      const review = reviews.get(idKey(goal.id));
      if (!review) {
        report({ messageId: 'noResult', data: { item: itemLabel(goal), id: goal.id }, at: goal, anchor: anchorOf.item(goal.id) });
      } else if (!reviewResult(review)) {
        report({ messageId: 'noResultWord', data: { id: goal.id }, at: review, anchor: anchorOf.review(goal.id) });
      }
    }
  },
});
