import { actualsOf } from '../actuals/run.js';
import { lineOf } from '../actuals/summary.js';
import { defineRule, noOptions } from './define.js';

export default defineRule({
  id: 'actuals-row',
  scope: 'repo',
  description: 'A CSV row of actuals, a check-in or an Actual: field that cannot be read or matched to a goal',
  defaultSeverity: 'error',
  fixable: false,
  messages: { problem: '{{problem}}' },
  options: noOptions,
  docs: {
    rationale:
      "A reading that cannot be read or matched is a number someone believes was recorded. Each CSV row (columns plan, item or metric, value, date; optional source) must name a loaded plan and one of its goals or objectives, with a value read like a quantity ($1.2M, 1,200,000, 35%) and a date; the finding is at the CSV file's line. A check-in or an `Actual:` field that cannot be read is reported at its line in the plan. A row dated after today is ignored, and a row naming a plan the run did not load is reported only when the run reads a whole folder.",
    invalid: 'plan,item,value,date\nacme-fy2027,G9,$1.2M,2027-02-14',
    valid: 'plan,item,value,date\nacme-fy2027,G1,$1.2M,2027-02-14',
  },
  check({ graph, settings, actuals, report }) {
    const run = actualsOf(graph, settings, actuals);
    if (run.idle) return;
    const byFile = new Map(graph.plans.map((plan) => [plan.file, plan] as const));
    for (const problem of run.problems()) {
      const plan = byFile.get(problem.file);
      const at = { start: { line: problem.line, column: 1 }, end: { line: problem.line, column: 1 } };
      if (plan) report({ plan, messageId: 'problem', data: { problem: problem.message }, at: lineOf(run.summaryOf(plan), problem.line) });
      else report({ file: problem.file, messageId: 'problem', data: { problem: problem.message }, at });
    }
  },
});
