import { sectionOrder } from '../model/sections.js';
import type { Section } from '../model/types.js';
import { anchorOf, defineRule, noOptions } from './define.js';

export default defineRule({
  id: 'section-order',
  scope: 'plan',
  description: 'Sections out of the canonical order',
  defaultSeverity: 'warn',
  fixable: false,
  messages: { outOfOrder: 'Section "{{heading}}" is out of order: it belongs {{where}}' },
  options: noOptions,
  docs: {
    rationale:
      'The parts build on each other: analysis reveals opportunities, opportunities give goals, goals need objectives and an approach, risks need contingencies. Readers find them where they expect them.',
    invalid: '## Goals\n...\n## Opportunities',
    valid: '## Opportunities\n...\n## Goals',
  },
  check({ plan, report }) {
    const seen = new Set<string>();
    const sections = plan.sections.filter((s): s is Section & { key: NonNullable<Section['key']> } => {
      if (!s.key || seen.has(s.key)) return false;
      seen.add(s.key);
      return true;
    });
    const kept = longestOrderedRun(sections.map((s) => sectionOrder(s.key)));
    sections.forEach((section, index) => {
      if (kept.has(index)) return;
      const order = sectionOrder(section.key);
      const later = sections.find((s, i) => i < index && sectionOrder(s.key) > order);
      const earlier = [...sections].reverse().find((s) => sectionOrder(s.key) < order && sections.indexOf(s) > index);
      const where = later ? `before "${later.heading}"` : earlier ? `after "${earlier.heading}"` : 'elsewhere';
      report({ messageId: 'outOfOrder', data: { heading: section.heading, where }, at: section.span, anchor: anchorOf.section(section.key) });
    });
  },
});

/**
 * Indices of the longest run of sections already in canonical order; only the others are reported, so one section
 * moved to the top is one finding, not nine. Ties keep the earliest sections in the document.
 */
function longestOrderedRun(orders: number[]): Set<number> {
  const n = orders.length;
  const best = new Array<number>(n).fill(1);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = i + 1; j < n; j++) if (orders[j]! > orders[i]! && best[j]! + 1 > best[i]!) best[i] = best[j]! + 1;
  }
  const kept = new Set<number>();
  let need = Math.max(0, ...best);
  let last = -1;
  for (let i = 0; i < n && need > 0; i++) {
    if (best[i] === need && (last === -1 || orders[i]! > orders[last]!)) {
      kept.add(i);
      last = i;
      need--;
    }
  }
  return kept;
}
