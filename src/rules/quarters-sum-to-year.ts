import { actualsOfPlan } from '../actuals/summary.js';
import type { SummaryItem, PlanSummary } from '../model/types.js';
import { supportersIndex } from '../repo/references.js';
import { type Amount, addsUpTo, countedNoun } from '../smart/amount.js';
import { parsePeriod, periodContains } from '../time/period.js';
import type { PlanGraph } from '../repo/graph.js';
import { anchorOf, defineRule, noOptions, type LintSettings } from './define.js';
import { itemLabel, itemsIn } from './util.js';

type Target = Pick<Amount, 'value' | 'unit' | 'currency'>;

/** A goal's amount (§5b): its `Target:` field, else its statement's target, as the plan's summary read it. */
function targetOf(plan: PlanSummary, item: SummaryItem, settings: LintSettings): Target | undefined {
  if (!item.id) return undefined;
  const goal = actualsOfPlan(plan, settings.fiscalYearStart).goals.find((g) => g.id === item.id);
  return goal?.target === undefined ? undefined : { value: goal.target, unit: goal.unit, currency: goal.currency };
}

/** Amounts add up only in the same unit; percentages and multiples never add up across quarters. */
function unitKey(amount: Target): string | undefined {
  if (amount.unit === 'percent' || amount.unit === 'multiple') return undefined;
  if (amount.unit === 'currency') return `currency:${amount.currency ?? ''}`;
  return `count:${countedNoun(amount.unit)}`;
}

function formatAmount(amount: Target, value = amount.value): string {
  const short = (n: number) => {
    const [div, suffix] = n >= 1e9 ? [1e9, 'B'] : n >= 1e6 ? [1e6, 'M'] : n >= 1e3 ? [1e3, 'k'] : [1, ''];
    return `${Number((n / div).toFixed(2))}${suffix}`;
  };
  if (amount.unit === 'currency') {
    const currency = amount.currency ?? '';
    return /^[A-Z]{3}$/.test(currency) ? `${currency} ${short(value)}` : `${currency}${short(value)}`;
  }
  return amount.unit ? `${Number(value.toFixed(2))} ${amount.unit}` : `${Number(value.toFixed(2))}`;
}

/** The quarter plans under a yearly plan, when there is one for each of its four quarters. */
function allQuarters(graph: PlanGraph, year: PlanSummary, settings: LintSettings): PlanSummary[] | undefined {
  const yearPeriod = year.period ? parsePeriod(year.period, settings.fiscalYearStart) : undefined;
  if (yearPeriod?.granularity !== 'year') return undefined;
  const quarters = graph.childrenOf(year).filter((child) => {
    const period = child.period ? parsePeriod(child.period, settings.fiscalYearStart) : undefined;
    return period?.granularity === 'quarter' && periodContains(yearPeriod, period);
  });
  const covered = new Set(quarters.map((q) => parsePeriod(q.period!, settings.fiscalYearStart)!.quarter));
  return covered.size === 4 ? quarters : undefined;
}

export default defineRule({
  id: 'quarters-sum-to-year',
  scope: 'repo',
  description: "Quarter plans' targets for a yearly goal that don't add up to its target",
  defaultSeverity: 'warn',
  fixable: false,
  messages: {
    short: "{{item}} targets {{target}} but its quarter plans' targets add up to {{sum}} ({{quarters}}): raise the quarters' targets or lower the year's",
    over: "{{item}} targets {{target}} but its quarter plans' targets add up to {{sum}} ({{quarters}}): lower the quarters' targets or raise the year's",
  },
  options: noOptions,
  docs: {
    rationale:
      "A yearly plan is broken into quarterly plans; if the quarters' targets add up to less than the year's, the year is planned to fall short, and if they add up to more, the yearly target understates the plan. Checked once quarter plans exist for all four quarters, on each goal's `Target:` field, else its statement's target, in the same unit; a difference within 0.5% is rounding.",
    invalid: 'Yearly G1 Target: $2.6M; quarter goals supporting it: $500k, $600k, $600k, $500k (= $2.2M)',
    valid: 'Quarter goals supporting G1: $600k, $650k, $650k, $700k (= $2.6M)',
  },
  check({ graph, settings, report }) {
    const supportersOf = supportersIndex(graph);
    for (const year of graph.plans) {
      if (!graph.isLinted(year)) continue;
      const quarters = allQuarters(graph, year, settings);
      if (!quarters) continue;
      for (const goal of itemsIn(year, 'goals')) {
        const target = targetOf(year, goal, settings);
        const unit = target && unitKey(target);
        if (!target || !unit) continue;
        const parts = supportersOf(year, goal)
          .filter((s) => quarters.includes(s.plan))
          .flatMap((s) => {
            const amount = targetOf(s.plan, s.item, settings);
            return amount && unitKey(amount) === unit ? [{ plan: s.plan, amount }] : [];
          });
        if (parts.length === 0) continue;
        const sum = parts.reduce((total, p) => total + p.amount.value, 0);
        if (addsUpTo(sum, target.value)) continue;
        const listed = parts.map((p) => `${p.plan.period} ${formatAmount(p.amount)}`).join(', ');
        report({
          plan: year,
          messageId: sum < target.value ? 'short' : 'over',
          data: { item: itemLabel(goal), target: formatAmount(target), sum: formatAmount(target, sum), quarters: listed },
          at: goal,
          anchor: anchorOf.item(goal.id ?? goal.statement),
        });
      }
    }
  },
});
