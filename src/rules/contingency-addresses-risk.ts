import { traceRule } from './trace.js';

export default traceRule({
  id: 'contingency-addresses-risk',
  description: 'A contingency that names no risk',
  defaultSeverity: 'error',
  from: 'contingencies',
  field: 'risks',
  target: 'risk',
  example: 'Risks: R1',
  exampleItem: "- **C1** Build a second sponsor in the controller's team by Q1.",
  rationale: 'A contingency is the backup plan for a risk; one that names no risk cannot be triggered when that risk materialises.',
});
