import { lineOf } from '../actuals/summary.js';
import { anchorOf, defineRule } from './define.js';
import { describeBehind, goalNoun, paceOf, paceRuleOptions, goalsToJudge } from './actuals-context.js';

export default defineRule({
  id: 'behind-pace',
  scope: 'repo',
  description: 'A running goal whose progress is more than the tolerance behind expected progress',
  defaultSeverity: 'warn',
  fixable: false,
  messages: { behind: '{{goal}} is behind pace: {{behind}}: record a newer reading, or change the approach and say so in a check-in' },
  options: paceRuleOptions,
  docs: {
    rationale:
      "A plan is worth something only while it is measured. Progress is (actual - baseline) / (target - baseline) from the newest reading on or before today; expected progress is the share of the goal's time gone by, from the period's start to its deadline. A goal with no reading of its own is judged on the readings of the goals that support it (roll-up). Milestones are never behind pace. Runs at repo level, where CSV readings and roll-up are known; today is --today, else PLAN_TODAY, else the clock.",
    invalid: '---\nperiod: FY2027\n---\n## Goals\n\n- **G1** Grow ARR from $2.0M to $2.6M by 2027-12-31.\n  - Actual: $2.05M (2027-07-01)',
    valid: '- **G1** Grow ARR from $2.0M to $2.6M by 2027-12-31.\n  - Actual: $2.3M (2027-07-01)',
  },
  check({ graph, options, settings, actuals, report }) {
    const pace = paceOf(options, settings);
    for (const { run, model, goal } of goalsToJudge(graph, settings, actuals)) {
      const state = run.stateOf(model, goal, pace);
      if (!state.running || !state.progress.behind) continue;
      report({
        plan: model,
        messageId: 'behind',
        data: { goal: goalNoun(state), behind: describeBehind(state) },
        at: lineOf(state.plan, goal.line),
        anchor: anchorOf.item(state.goal.id),
      });
    }
  },
});
