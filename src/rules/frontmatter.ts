import { frontMatterSchema, REQUIRED_KEY_MESSAGES } from '../model/frontmatter-schema.js';
import { defineRule, noOptions } from './define.js';
import { firstLine, keySpan } from './util.js';

export default defineRule({
  id: 'frontmatter',
  scope: 'plan',
  description: 'Front matter missing, unparsable, or a known key invalid',
  defaultSeverity: 'error',
  fixable: false,
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
      report({ message: 'Plan has no front matter: start the file with a "---" block giving kind, owner and period', at: firstLine(plan) });
      return;
    }
    if (fm.problem) {
      const { line, column } = fm.problem;
      report({ message: fm.problem.message, at: { start: { line, column }, end: { line, column } } });
      return;
    }
    const shape = frontMatterSchema.shape;
    for (const key of Object.keys(shape) as (keyof typeof shape)[]) {
      const present = Object.hasOwn(fm.data, key) && fm.data[key] !== null && fm.data[key] !== undefined;
      if (!present) {
        const missing = REQUIRED_KEY_MESSAGES[key];
        if (missing) report({ message: missing, at: firstLine(plan), anchor: `frontmatter:${key}` });
        continue;
      }
      const parsed = shape[key].safeParse(fm.data[key]);
      if (!parsed.success) {
        report({ message: `Front matter "${key}": ${parsed.error.issues[0]!.message}`, at: keySpan(plan, key), anchor: `frontmatter:${key}` });
      }
    }
  },
});
