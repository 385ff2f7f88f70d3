import { missingSectionFix } from '../model/edits.js';
import { anchorOf, defineRule, noOptions } from './define.js';
import { headingCandidates, headingFor, type SectionKey, sectionOrder } from '../model/sections.js';
import type { PlanModel, Section } from '../model/types.js';
import { carriesContingency, firstLine, hasSection, itemsIn, requiredSections } from './util.js';

/**
 * The headings that might be the missing part (contract 3a): one that names it among other parts ("Opportunities
 * and Risks", read as Opportunities), else the headings the tool does not know at all; with the config line that
 * would map one.
 */
function seenHeadings(plan: PlanModel, key: SectionKey): string {
  const naming = plan.sections.filter((section) => section.key !== key && headingCandidates(section.heading).includes(key));
  const seen = naming.length > 0 ? naming : plan.sections.filter((section, index) => !section.key && section.heading !== '' && fitsBetween(plan, index, key));
  if (seen.length === 0) return '';
  const shown = seen
    .slice(0, 2)
    .map((section) => `"## ${section.heading}" (line ${section.span.start.line}${section.key ? `, read as ${headingFor(section.key, plan.kind)}` : ''})`);
  const more = seen.length > 2 ? ` and ${seen.length - 2} more` : '';
  const read = naming.length > 0 ? 'is read as another part' : 'is not a part the tool knows';
  return `; seen ${shown.join(', ')}${more}, which ${read}: if one is this part, map it in .planrc.yaml with headingAliases: { ${key}: [${JSON.stringify(seen[0]!.heading)}] }`;
}

/** A risk register writes each risk's contingency on it: the plan has the part without a section of that name. */
function risksCarryContingencies(plan: PlanModel): boolean {
  const risks = itemsIn(plan, 'risks');
  return risks.length > 0 && risks.every((risk) => carriesContingency(risk, plan));
}

/** An unknown heading is offered for a part only where that part would go: after the parts before it, before those after it. */
function fitsBetween(plan: PlanModel, index: number, key: SectionKey): boolean {
  const order = sectionOrder(key);
  const orders = (sections: Section[]) => sections.flatMap((s) => (s.key ? [sectionOrder(s.key)] : []));
  return orders(plan.sections.slice(0, index)).every((o) => o < order) && orders(plan.sections.slice(index + 1)).every((o) => o > order);
}

export default defineRule({
  id: 'required-section',
  scope: 'plan',
  description: 'A section that this kind of plan requires is missing',
  defaultSeverity: 'error',
  fixable: true,
  messages: { missing: 'Missing section "## {{heading}}" (required in {{kinds}}){{seen}}' },
  options: noOptions,
  docs: {
    rationale:
      'A sales strategy plan has ten parts; a plan that skips one (say, Risks) has a hole its reader cannot see. Which parts each kind needs is configurable (requiredSections).',
    invalid:
      '---\nkind: account\nowner: Dana Reyes\nperiod: FY2027\n---\n\n## Goals\n\n- **G1** Grow ARR from $2.0M to $2.6M by 2027-12-31.\n\n(no Risks section, and the other parts missing too)',
    valid:
      '---\nkind: company\nowner: Dana Reyes\nperiod: FY2027\n---\n\n## Goals\n\n- **G1** Grow ARR from $20M to $26M by 2027-12-31.\n\n## Accountability\n\n- The CRO reviews this plan quarterly.',
  },
  check({ plan, settings, report }) {
    // With a broken front matter or an invalid kind the requirements are unknown; the frontmatter rule says why.
    if (plan.frontMatter.problem || (plan.kind === undefined && Object.hasOwn(plan.frontMatter.data, 'kind'))) return;
    const kind = plan.kind ?? 'account';
    for (const key of requiredSections(plan, settings)) {
      if (hasSection(plan, key) || (key === 'contingencies' && risksCarryContingencies(plan))) continue;
      report({
        messageId: 'missing',
        data: { heading: headingFor(key, plan.kind), kinds: plan.kind ? `${kind} plans` : 'plans without a kind', seen: seenHeadings(plan, key) },
        at: firstLine(plan),
        anchor: anchorOf.section(key),
        // --fix inserts the section where it belongs, with the part's guidance as a TODO to replace.
        fix: missingSectionFix(plan, key),
      });
    }
  },
});
