import { latestReading, progressOf } from '../actuals/progress.js';
import { lineOf } from '../actuals/summary.js';
import { anchorOf, defineRule } from './define.js';
import { describeBehind, describeReading, goalNoun, paceOf, paceRuleOptions, goalsToJudge } from './actuals-context.js';

export default defineRule({
  id: 'status-contradicts-actuals',
  scope: 'repo',
  description: 'Status "on track" while behind pace; a Review "Met" below target, or "Missed" at target',
  defaultSeverity: 'warn',
  fixable: false,
  messages: {
    statusOnTrack: '{{goal}}\'s Status says "on track" but it is behind pace, {{behind}}: set it to "at risk" or "off track", or record the newer reading',
    checkInOnTrack: 'The check-in of {{id}} on {{date}} says "on track" but it is behind pace, {{behind}}: say "at risk" or "off track" and why',
    reviewMet:
      'The Review says {{id}} was met, but its last reading is below target ({{reading}}, {{percent}}% of the way): write "Partially met" or "Missed", or record the reading that met it',
    reviewMissed: 'The Review says {{id}} was missed, but its last reading reached the target ({{reading}}): write "Met", or correct the reading',
  },
  options: paceRuleOptions,
  docs: {
    rationale:
      'A status is a claim; the readings are the evidence. "On track" is checked where it is written — the goal\'s `Status:` field and its newest check-in — against behind-pace with the same tolerance and pace. A Review result is checked against the newest reading on or before the period\'s end: "Met" below target (progress < 1), "Missed" once it reached it (progress >= 1).',
    invalid:
      '---\nperiod: FY2027\n---\n## Goals\n\n- **G1** Grow ARR from $2.0M to $2.6M by 2027-12-31.\n  - Status: on track\n  - Actual: $2.05M (2027-07-01)',
    valid: '- **G1** Grow ARR from $2.0M to $2.6M by 2027-12-31.\n  - Status: at risk\n  - Actual: $2.05M (2027-07-01)',
  },
  check({ graph, options, settings, actuals, report }) {
    const pace = paceOf(options, settings);
    for (const { run, model, goal } of goalsToJudge(graph, settings, actuals)) {
      const state = run.stateOf(model, goal, pace);
      const anchor = anchorOf.item(state.goal.id);
      if (state.running && state.progress.behind) {
        const behind = describeBehind(state);
        if (goal.status === 'on track' && goal.statusLine !== undefined) {
          report({ plan: model, messageId: 'statusOnTrack', data: { goal: goalNoun(state), behind }, at: lineOf(state.plan, goal.statusLine), anchor });
        }
        const checkIn = goal.checkInStatus;
        if (checkIn?.status === 'on track') {
          report({ plan: model, messageId: 'checkInOnTrack', data: { id: goal.id, date: checkIn.date, behind }, at: lineOf(state.plan, checkIn.line), anchor });
        }
      }
      const review = goal.review;
      const end = state.plan.period?.end;
      if (!review || review.result === 'partially met' || !end) continue;
      const readings = state.rolledUp ? [state.rolledUp] : state.readings;
      const last = latestReading(readings, end < settings.today ? end : settings.today);
      const progress = last && progressOf(goal, last);
      if (!last || progress === undefined) continue;
      if (review.result === 'met' && progress < 1) {
        report({
          plan: model,
          messageId: 'reviewMet',
          data: { id: goal.id, reading: describeReading(last, state), percent: Math.round(progress * 100) },
          at: lineOf(state.plan, review.line),
          anchor,
        });
      } else if (review.result === 'missed' && progress >= 1) {
        report({
          plan: model,
          messageId: 'reviewMissed',
          data: { id: goal.id, reading: describeReading(last, state) },
          at: lineOf(state.plan, review.line),
          anchor,
        });
      }
    }
  },
});
