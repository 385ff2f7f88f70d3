import { traceRule } from './trace.js';

export default traceRule({
  id: 'objective-supports-goal',
  description: 'An objective that names no goal',
  defaultSeverity: 'error',
  from: 'objectives',
  field: 'goals',
  target: 'goal',
  example: 'Goals: G1',
  exampleItem: '- **OB1** Run 4 analytics workshops with the finance team by 2027-03-31.',
  rationale: 'Objectives are the tactical steps to the goals; an objective that serves no goal is activity without purpose.',
});
