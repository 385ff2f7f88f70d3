import { missingSectionFix } from '../model/edits.js';
import { defineRule, noOptions } from './define.js';
import { firstLine, hasSection, headingOf, requiredSections } from './util.js';

export default defineRule({
  id: 'required-section',
  scope: 'plan',
  description: 'A section that this kind of plan requires is missing',
  defaultSeverity: 'error',
  fixable: true,
  options: noOptions,
  docs: {
    rationale: 'A sales strategy plan has ten parts; a plan that skips one (say, Risks) has a hole its reader cannot see. Which parts each kind needs is configurable (requiredSections).',
    invalid: '---\nkind: account\nowner: Dana Reyes\nperiod: FY2027\n---\n\n## Goals\n\n- **G1** Grow ARR from $2.0M to $2.6M by 2027-12-31.\n\n(no Risks section, and the other parts missing too)',
    valid: '---\nkind: company\nowner: Dana Reyes\nperiod: FY2027\n---\n\n## Goals\n\n- **G1** Grow ARR from $20M to $26M by 2027-12-31.\n\n## Accountability\n\n- The CRO reviews this plan quarterly.',
  },
  check({ plan, settings, report }) {
    // With a broken front matter or an invalid kind the requirements are unknown; the frontmatter rule says why.
    if (plan.frontMatter.problem || (plan.kind === undefined && Object.hasOwn(plan.frontMatter.data, 'kind'))) return;
    const kind = plan.kind ?? 'account';
    for (const key of requiredSections(plan, settings)) {
      if (hasSection(plan, key)) continue;
      report({
        message: `Missing section "## ${headingOf(key)}" (required in ${plan.kind ? `${kind} plans` : 'plans without a kind'})`,
        at: firstLine(plan),
        anchor: `section:${key}`,
        // --fix inserts the section where it belongs, with the part's guidance as a TODO to replace.
        fix: missingSectionFix(plan, key),
      });
    }
  },
});
