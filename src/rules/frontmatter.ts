import { frontMatterSchema } from '../model/frontmatter-schema.js';
import { anchorOf, defineRule, noOptions } from './define.js';
import { firstLine, keyPlace } from './util.js';

export default defineRule({
  id: 'frontmatter',
  scope: 'plan',
  description: 'Front matter missing, unparsable, or a known key invalid',
  defaultSeverity: 'error',
  fixable: false,
  messages: {
    noFrontMatter: 'Plan has no front matter: start the file with a "---" block giving kind, owner and period',
    unreadable: '{{problem}}',
    noOwner: 'Front matter has no "owner": add the accountable person, such as "owner: Dana Reyes"',
    noPeriod: 'Front matter has no "period": add one such as "period: FY2027" or "period: FY2027-Q1"',
    invalid: 'Front matter "{{key}}": {{problem}}',
  },
  options: noOptions,
  docs: {
    rationale:
      'The front matter says what the plan is (kind, period), who is accountable (owner) and what it aligns to (parent); every other check depends on it.',
    invalid: '---\nkind: acount\nperiod: next year\n---',
    valid: '---\nkind: account\nowner: Dana Reyes\nperiod: FY2027\n---',
  },
  check({ plan, report }) {
    const fm = plan.frontMatter;
    if (!fm.present) {
      report({ messageId: 'noFrontMatter', at: firstLine(plan) });
      return;
    }
    if (fm.problem) {
      const { line, column } = fm.problem;
      report({ messageId: 'unreadable', data: { problem: fm.problem.message }, at: { start: { line, column }, end: { line, column } } });
      return;
    }
    const shape = frontMatterSchema.shape;
    for (const key of Object.keys(shape) as (keyof typeof shape)[]) {
      const present = Object.hasOwn(fm.data, key) && fm.data[key] !== null && fm.data[key] !== undefined;
      if (!present) {
        const missing = key === 'owner' ? 'noOwner' : key === 'period' ? 'noPeriod' : undefined;
        if (missing) report({ messageId: missing, at: firstLine(plan), anchor: anchorOf.frontmatter(key) });
        continue;
      }
      const parsed = shape[key].safeParse(fm.data[key]);
      if (!parsed.success) {
        report({ messageId: 'invalid', data: { key, problem: parsed.error.issues[0]!.message }, at: keyPlace(plan, key), anchor: anchorOf.frontmatter(key) });
      }
    }
  },
});
