import { traceRule } from './trace.js';

export default traceRule({
  id: 'goal-traces-opportunity',
  description: 'A goal that names no opportunity',
  defaultSeverity: 'error',
  from: 'goals',
  field: 'opportunities',
  target: 'opportunity',
  example: 'Opportunities: O1',
  exampleItem: '- **G1** Grow ACME EMEA ARR from $2.0M to $2.6M by 2027-12-31.',
  rationale: 'Goals are set from the opportunities the analysis found, not just from the quota; a goal that traces to none has no basis in the analysis.',
});
