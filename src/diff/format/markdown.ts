import { severityWord } from '../../formatters/summary.js';
import type { Diagnostic } from '../../types.js';
import type { PlanDiff } from '../types.js';
import { changeNote, type DiffFormatter, fieldTitle, fieldValue, groupBySection, sectionTitle, shown, summaryLine } from './shared.js';

/** A table cell: pipes and newlines escaped, HTML shown as text (a PR comment renders it). */
export function cell(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/\r\n|\r|\n/g, '<br>');
}

const row = (cells: string[]) => `| ${cells.map(cell).join(' | ')} |`;

function table(header: string[], rows: string[][]): string[] {
  return [row(header), `|${header.map(() => '---').join('|')}|`, ...rows.map(row)];
}

/** For a PR comment: per plan a heading, a summary count line, then a table per section. */
export const markdown: DiffFormatter = (diffs) => {
  if (diffs.length === 0) return 'No plan changed.\n';
  return `${diffs.map(planBlock).join('\n\n')}\n`;
};

function planBlock(diff: PlanDiff): string {
  const out = [`### Plan diff: ${code(shown(diff.old))} → ${code(shown(diff.new))}`, '', `**${summaryLine(diff)}**`];
  if (diff.frontmatter.length > 0) {
    const rows = diff.frontmatter.map((f) => [f.key, shown(f.old), shown(f.new)]);
    out.push('', '#### Front matter', '', ...table(['Key', 'Old', 'New'], rows));
  }
  if (diff.sections.added.length + diff.sections.removed.length > 0) {
    const rows = [...diff.sections.added.map((k) => [sectionTitle(k), 'added']), ...diff.sections.removed.map((k) => [sectionTitle(k), 'removed'])];
    out.push('', '#### Sections', '', ...table(['Section', 'Change'], rows));
  }
  for (const group of groupBySection(diff)) {
    const rows = [
      ...group.added.map((e) => ['added', e.id ?? '', '', '', e.text, '']),
      ...group.removed.map((e) => ['removed', e.id ?? '', '', e.text, '', '']),
      ...group.changed.flatMap((c) =>
        c.changes.map((f) => ['changed', c.id, fieldTitle(f.field), fieldValue(f, f.old), fieldValue(f, f.new), f.delta ?? changeNote(f) ?? '']),
      ),
    ];
    out.push('', `#### ${sectionTitle(group.section)}`, '', ...table(['Change', 'ID', 'Field', 'Old', 'New', 'Delta'], rows));
  }
  if (diff.lint.introduced.length + diff.lint.fixed.length > 0) {
    const rows = [...diff.lint.introduced.map((d) => lintRow('introduced', d)), ...diff.lint.fixed.map((d) => lintRow('fixed', d))];
    out.push('', '#### Lint', '', ...table(['Change', 'Rule', 'Severity', 'Line', 'Message'], rows));
  }
  return out.join('\n');
}

const lintRow = (change: string, d: Diagnostic) => [change, d.ruleId, severityWord(d), String(d.start.line), d.message];

/** An inline code span that survives backticks in the name. */
function code(text: string): string {
  const fence = text.includes('`') ? '``' : '`';
  return `${fence}${text.replace(/\r\n|\r|\n/g, ' ')}${fence}`;
}
