import { Chalk } from 'chalk';
import { severityWord } from '../../formatters/summary.js';
import { escapeTerminal } from '../../text/escape.js';
import type { Diagnostic } from '../../types.js';
import type { FieldChange } from '../types.js';
import { changeNote, type DiffFormatter, fieldTitle, fieldValue, groupBySection, sectionTitle, shown, summaryLine } from './shared.js';

/** Fields whose values are sentences: shown old above new rather than on one line. */
const LONG_FIELDS = new Set(['statement', 'nested']);

/** For a terminal: one block per plan, changes grouped by section, + added, - removed, ~ changed. */
export const text: DiffFormatter = (diffs, options) => {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const t = escapeTerminal;
  if (diffs.length === 0) return 'No plan changed.\n';
  const blocks = diffs.map((diff) => {
    const out = [c.bold(`plan diff ${t(shown(diff.old))} -> ${t(shown(diff.new))}`)];
    const added = (s: string) => c.green(`  + ${s}`);
    const removed = (s: string) => c.red(`  - ${s}`);
    if (diff.frontmatter.length > 0) {
      out.push(c.underline('Front matter'));
      for (const f of diff.frontmatter) out.push(c.yellow(`  ~ ${t(f.key)}: ${t(shown(f.old))} -> ${t(shown(f.new))}`));
    }
    if (diff.sections.added.length + diff.sections.removed.length > 0) {
      out.push(c.underline('Sections'));
      for (const key of diff.sections.added) out.push(added(sectionTitle(key)));
      for (const key of diff.sections.removed) out.push(removed(sectionTitle(key)));
    }
    for (const group of groupBySection(diff)) {
      out.push(c.underline(sectionTitle(group.section)));
      for (const entry of group.added) out.push(added(t(entry.text)));
      for (const entry of group.removed) out.push(removed(t(entry.text)));
      for (const change of group.changed) {
        out.push(c.yellow(`  ~ ${t(change.id)}`));
        for (const field of change.changes) out.push(...fieldLines(field, c).map((line) => `      ${line}`));
      }
    }
    if (diff.lint.introduced.length + diff.lint.fixed.length > 0) {
      out.push(c.underline('Lint'));
      for (const d of diff.lint.introduced) out.push(c.red(`  + introduced ${lintLine(d)}`));
      for (const d of diff.lint.fixed) out.push(c.green(`  - fixed ${lintLine(d)}`));
    }
    if (out.length === 1) out.push('  no differences');
    else out.push(c.dim(summaryLine(diff)));
    return out.join('\n');
  });
  return `${blocks.join('\n\n')}\n`;
};

function fieldLines(field: FieldChange, c: InstanceType<typeof Chalk>): string[] {
  const t = escapeTerminal;
  const title = fieldTitle(field.field);
  const note = changeNote(field);
  if (LONG_FIELDS.has(field.field)) {
    return [`${title}:${field.delta ? ` (${t(field.delta)})` : ''}`, c.red(`  - ${t(shown(field.old))}`), c.green(`  + ${t(shown(field.new))}`)];
  }
  const delta = field.delta ? ` (${field.delta})` : note ? ` (${note})` : '';
  return [`${title}: ${t(fieldValue(field, field.old))} -> ${t(fieldValue(field, field.new))}${delta}`];
}

function lintLine(d: Diagnostic): string {
  return `${severityWord(d)} ${d.ruleId} (line ${d.start.line}): ${escapeTerminal(d.message)}`;
}
