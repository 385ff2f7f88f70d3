import { traceRule } from './trace.js';

export default traceRule({
  id: 'approach-serves-objective',
  description: 'An approach item that names no objective',
  defaultSeverity: 'warn',
  from: 'approach',
  field: 'objectives',
  target: 'objective',
  example: 'Objectives: OB1',
  exampleItem: "- **A1** Co-host quarterly finance roundtables with the CFO's office.",
  rationale: 'The approach says how the objectives will be met; an action tied to no objective is hard to judge or drop.',
});
