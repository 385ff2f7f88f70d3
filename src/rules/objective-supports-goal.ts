import { traceRule } from './trace.js';

export default traceRule({
  id: 'objective-supports-goal',
  description: 'An objective that names no goal',
  defaultSeverity: 'error',
  from: 'objectives',
  field: 'goals',
  target: 'goal',
  example: 'Goals: G1',
  rationale: 'Objectives are the tactical steps to the goals; an objective that serves no goal is activity without purpose.',
});
