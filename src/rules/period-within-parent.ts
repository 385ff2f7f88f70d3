import { parsePeriod, periodContains } from '../time/period.js';
import { anchorOf, defineRule, noOptions } from './define.js';
import { keyPlace } from './util.js';

export default defineRule({
  id: 'period-within-parent',
  scope: 'repo',
  description: "A plan whose period isn't inside its parent's",
  defaultSeverity: 'error',
  fixable: false,
  messages: {
    outside:
      'Period {{period}} ({{start}} to {{end}}) is not inside the period of parent plan "{{parent}}", {{parentPeriod}} ({{parentStart}} to {{parentEnd}}): fix the period or the parent',
  },
  options: noOptions,
  docs: {
    rationale:
      "A quarter plan breaks down its yearly plan, and a team's year serves the company's year; a period outside the parent's usually means a wrong parent or a typo in the period.",
    invalid: '---\nperiod: FY2028-Q1\nparent: acme-fy2027\n---',
    valid: '---\nperiod: FY2027-Q1\nparent: acme-fy2027\n---',
  },
  check({ graph, settings, report }) {
    for (const plan of graph.plans) {
      if (!graph.isLinted(plan) || !plan.period) continue;
      const parent = graph.parentOf(plan);
      if (!parent?.period || parent === plan) continue;
      const own = parsePeriod(plan.period, settings.fiscalYearStart);
      const outer = parsePeriod(parent.period, settings.fiscalYearStart);
      if (!own || !outer || periodContains(outer, own)) continue;
      report({
        plan,
        messageId: 'outside',
        data: {
          period: plan.period,
          start: own.start,
          end: own.end,
          parent: parent.id,
          parentPeriod: parent.period,
          parentStart: outer.start,
          parentEnd: outer.end,
        },
        at: keyPlace(plan, 'period'),
        anchor: anchorOf.frontmatter('period'),
      });
    }
  },
});
