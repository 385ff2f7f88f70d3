import { anchorOf, defineRule, noOptions } from './define.js';
import { deadlineContext, itemDeadlines } from '../model/due.js';
import { filledField } from '../model/item-fields.js';
import { exampleDeadlines, planPeriod, smartItems, suggestedDeadline } from './smart-context.js';
import { itemLabel } from './util.js';

export default defineRule({
  id: 'smart-time-bound',
  scope: 'plan',
  description: 'A goal without a resolvable deadline',
  defaultSeverity: 'error',
  fixable: false,
  messages: { unreadableDue: '{{item}} has a Due date the tool cannot read ("{{value}}"): {{fix}}', noDeadline: '{{item}} has no deadline: {{fix}}' },
  options: noOptions,
  docs: {
    rationale:
      'A goal is Time-bound when it has a deadline the tool can resolve to a date: 2027-01-31, 31 Jan 2027, end of March, Q3 2027, FY2027-Q2, H1, by year-end, within 90 days (from the period start), by end of quarter. A rate such as "50 calls a day" is measurable but has no deadline, and "within 90 days of signature" counts from an event with no date. A `Due:` field wins over any date in the statement; otherwise the deadline is the last date after a deadline word (by, before, until, due, within, in) that is not inside a parenthesis or a subordinate clause. See docs/judging-goals.md.',
    invalid: '- **G1** Close 3 new logos in DACH.',
    valid: '- **G1** Close 3 new logos in DACH by end of Q2.',
  },
  check({ plan, settings, report }) {
    const period = planPeriod(plan, settings);
    // Without a valid period, year-less deadlines cannot resolve; frontmatter reports the period.
    if (!period) return;
    const ctx = deadlineContext(period, settings.fiscalYearStart);
    const suggestion = suggestedDeadline(period, settings);
    for (const item of smartItems(plan, ['goals'])) {
      if (itemDeadlines(item, ctx).length > 0) continue;
      const due = filledField(item, 'due');
      const next = suggestion ? `"${suggestion.date}" or "${suggestion.words}"` : undefined;
      report({
        ...(due
          ? {
              messageId: 'unreadableDue',
              data: {
                item: itemLabel(item),
                value: due.value,
                fix: next ? `write it like ${next}` : "no time is left in this plan's period, so move the goal to the next quarter's plan",
              },
            }
          : {
              messageId: 'noDeadline',
              data: {
                item: itemLabel(item),
                fix: next
                  ? `add one such as ${exampleDeadlines(period, settings)}`
                  : "no time is left in this plan's period, so move it to the next quarter's plan",
              },
            }),
        at: due ? due.span : item,
        anchor: anchorOf.item(item.id),
      });
    }
  },
});
