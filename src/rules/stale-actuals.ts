import { z } from '../zod.js';
import { expectedProgress, latestReading } from '../actuals/progress.js';
import { daysBetween } from '../time/dates.js';
import { lineOf } from '../actuals/summary.js';
import { anchorOf, defineRule } from './define.js';
import { goalNoun, goalsToJudge } from './actuals-context.js';

const options = z
  .strictObject({
    maxAgeDays: z.number().int().positive().default(35).describe("Days after which a goal's newest reading is stale (35 = about a month and a week)"),
  })
  .default({ maxAgeDays: 35 });

export default defineRule({
  id: 'stale-actuals',
  scope: 'repo',
  description: 'A running goal with a numeric target whose newest reading is too old, or that has none a quarter into its time',
  defaultSeverity: 'warn',
  fixable: false,
  messages: {
    stale:
      '{{goal}}\'s newest reading is from {{date}}, {{age}} days ago (more than {{maxAgeDays}}): add a check-in ("- {{today}} **{{id}}** <value> — on track"), an "Actual:" field, or a row in the actuals export',
    noReading:
      '{{goal}} has no reading and a quarter of its time (from {{start}} to {{deadline}}) has passed: add a check-in ("- {{today}} **{{id}}** <value> — on track"), an "Actual:" field, or a row in the actuals export',
  },
  options,
  docs: {
    rationale:
      "Plans fail when their numbers are frozen at January's optimism. A running goal with a numeric target whose newest reading is older than maxAgeDays is reported; so is one with no reading at all once a quarter of its time has passed, where the plan tracks actuals (config `actuals` or --actuals, a Check-ins section, or an `Actual:` field). A repo that records no actuals gets no finding; a value rolled up from supporting goals is never a reason for one.",
    invalid: '---\nperiod: FY2027\n---\n## Goals\n\n- **G1** Book $600k of new ARR by 2027-12-31.\n  - Actual: $120k (2027-02-01)',
    valid: '- **G1** Book $600k of new ARR by 2027-12-31.\n  - Actual: $310k (2027-06-20)',
  },
  check({ graph, options, settings, actuals, report }) {
    for (const { run, model, goal } of goalsToJudge(graph, settings, actuals)) {
      if (goal.milestone || goal.target === undefined) continue;
      const state = run.stateOf(model, goal);
      if (!state.running || state.rolledUp) continue;
      const at = lineOf(state.plan, goal.line);
      const newest = latestReading(state.readings, settings.today);
      if (newest) {
        const age = daysBetween(newest.date, settings.today);
        if (age <= options.maxAgeDays) continue;
        report({
          plan: model,
          messageId: 'stale',
          data: { goal: goalNoun(state), date: newest.date, age, maxAgeDays: options.maxAgeDays, today: settings.today, id: goal.id },
          at,
          anchor: anchorOf.item(state.goal.id),
        });
      } else if (
        (run.tracked || run.summaryOf(model).tracksActuals) &&
        state.start &&
        state.deadline &&
        expectedProgress(state.start, state.deadline, settings.today) >= 0.25
      ) {
        report({
          plan: model,
          messageId: 'noReading',
          data: { goal: goalNoun(state), start: state.start, deadline: state.deadline, today: settings.today, id: goal.id },
          at,
          anchor: anchorOf.item(state.goal.id),
        });
      }
    }
  },
});
