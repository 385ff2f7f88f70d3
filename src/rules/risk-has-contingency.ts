import { idKey } from '../model/ids.js';
import { anchorOf, defineRule, noOptions } from './define.js';
import { carriesContingency, itemLabel, itemsIn, referencedIds } from './util.js';

export default defineRule({
  id: 'risk-has-contingency',
  scope: 'plan',
  description: 'A risk that no contingency addresses',
  defaultSeverity: 'error',
  fixable: false,
  messages: { noContingency: '{{item}} has no contingency: add one under Contingencies with "- Risks: {{id}}"' },
  options: noOptions,
  docs: {
    rationale: 'Every risk has a contingency: naming what can go wrong is only half the work; the other half is what the team does when it does.',
    invalid: '## Risks\n\n- **R1** The sponsor may leave.\n\n## Contingencies\n\n- **C1** Build a second champion.',
    valid: '## Risks\n\n- **R1** The sponsor may leave.\n\n## Contingencies\n\n- **C1** Build a second champion.\n  - Risks: R1',
  },
  check({ plan, report }) {
    const addressed = referencedIds(plan, 'contingencies', 'risks');
    for (const risk of itemsIn(plan, 'risks')) {
      if (risk.id && addressed.has(idKey(risk.id))) continue;
      if (carriesContingency(risk, plan)) continue;
      report({ messageId: 'noContingency', data: { item: itemLabel(risk), id: risk.id ?? 'R1' }, at: risk, anchor: anchorOf.item(risk.id) });
    }
  },
});
