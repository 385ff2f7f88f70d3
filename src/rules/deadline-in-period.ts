import { periodContainsDate } from '../time/period.js';
import { anchorOf, defineRule, noOptions } from './define.js';
import { deadlineContext, itemDeadlines } from '../model/due.js';
import { planPeriod, smartItems, suggestedDeadline } from './smart-context.js';
import { itemLabel } from './util.js';

export default defineRule({
  id: 'deadline-in-period',
  scope: 'plan',
  description: "A deadline outside the plan's period",
  defaultSeverity: 'error',
  fixable: false,
  messages: { outside: "{{item}}'s {{where}} is outside the plan's period {{period}} ({{start}} .. {{end}}): {{move}} into the plan for that period" },
  options: noOptions,
  docs: {
    rationale:
      'A plan commits to what happens within its period. A goal or objective due after the period ends (or before it starts) belongs in another period\'s plan; year-less deadlines such as "by September" resolve inside the plan\'s fiscal year.',
    invalid: '---\nperiod: FY2027-Q1\n---\n## Goals\n\n- **G1** Close the ACME renewal by September.',
    valid: '---\nperiod: FY2027-Q1\n---\n## Goals\n\n- **G1** Close the ACME renewal by end of Q1.',
  },
  check({ plan, settings, report }) {
    const period = planPeriod(plan, settings);
    if (!period) return;
    const ctx = deadlineContext(period, settings.fiscalYearStart);
    for (const item of smartItems(plan, ['goals', 'objectives'])) {
      for (const { deadline, field } of itemDeadlines(item, ctx)) {
        if (periodContainsDate(period, deadline.date)) continue;
        // A resolved date shows once: "2027-03-31", or "June 2028" (2028-06-30) when the words differ (§5a).
        const written = deadline.phrase === deadline.date ? deadline.date : `"${deadline.phrase}" (${deadline.date})`;
        const where = field?.name === 'due' ? `Due ${written}` : field ? `key result deadline ${written}` : `deadline ${written}`;
        const inside = suggestedDeadline(period, settings);
        const next = inside ? `move it into the period (e.g. by ${inside.date}) or` : 'move it';
        report({
          messageId: 'outside',
          data: { item: itemLabel(item), where, period: plan.period, start: period.start, end: period.end, move: next },
          at: field ? field.span : item,
          anchor: anchorOf.item(item.id),
        });
      }
    }
  },
});
