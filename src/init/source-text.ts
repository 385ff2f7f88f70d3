import type { Item, PlanModel, Section } from '../model/types.js';

/** The lines of a plan from `first` to `last`, without the common indent of the first one, line breaks as `\n`. */
function linesOf(plan: PlanModel, first: number, last: number, indent = 0): string[] {
  const out: string[] = [];
  for (let line = first; line <= last; line++) {
    const text = plan.lines.lineText(line);
    out.push(line === first ? text.slice(indent) : text.replace(new RegExp(`^ {0,${indent}}`), ''));
  }
  while (out.length > 0 && out[out.length - 1]!.trim() === '') out.pop();
  while (out.length > 0 && out[0]!.trim() === '') out.shift();
  return out;
}

/** An item as written (ID, statement and nested fields), ready to be placed at the top level of another list. */
export function itemSource(plan: PlanModel, item: Item): string {
  return linesOf(plan, item.fullSpan.start.line, item.fullSpan.end.line, item.fullSpan.start.column - 1).join('\n');
}

/**
 * Items as written, one after the other; a table row (contract 3a) comes with its table's header and delimiter rows,
 * once for the rows of one table, so the carried text is still a table.
 */
export function itemsSource(plan: PlanModel, items: readonly Item[]): string[] {
  const out: string[] = [];
  let table: number | undefined;
  for (const item of items) {
    const line = item.line;
    if (item.layout !== 'table') {
      table = undefined;
      out.push(itemSource(plan, item));
      continue;
    }
    let header = line;
    while (header > 1 && plan.lines.lineText(header - 1).includes('|')) header--;
    if (table !== header) {
      if (out.length > 0) out.push('');
      out.push(plan.lines.lineText(header), plan.lines.lineText(header + 1));
      table = header;
    }
    out.push(plan.lines.lineText(line));
  }
  return out;
}

/** Everything under a section's heading, as written. */
export function sectionBody(plan: PlanModel, section: Section): string {
  return linesOf(plan, section.span.start.line + 1, section.fullSpan.end.line).join('\n');
}

/** Text safe inside an HTML comment. */
export function commentSafe(text: string): string {
  return text.replace(/-->/g, '->').replace(/--/g, '—');
}
