import { plural } from '../../formatters/summary.js';
import { SECTION_BY_KEY, type SectionKey, sectionOrder } from '../../model/sections.js';
import type { FieldChange, PlanDiff } from '../types.js';
import { getOrCreate } from '../../text/memo.js';

export interface DiffFormatOptions {
  /** Colour (text only). */
  color: boolean;
  /** Several diffs (`--git`): json prints an array even of one. */
  many: boolean;
}

/** A diff formatter is pure: diffs in, text out. */
export type DiffFormatter = (diffs: PlanDiff[], options: DiffFormatOptions) => string;

export const sectionTitle = (key: string) => SECTION_BY_KEY.get(key as SectionKey)?.heading ?? key;

/** `target` -> `Target`, a field as a writer would write it. */
export const fieldTitle = (field: string) => (field === 'id' ? 'ID' : field.replace(/^./, (c) => c.toUpperCase()));

export const shown = (value: string | null) => value ?? '(none)';

/** What one line of the report says about a field change's kind: a rename, a move, or a plain change. */
export function changeNote(change: FieldChange): string | undefined {
  if (change.field === 'id') return 'likely rename: same text';
  if (change.field === 'section') return 'moved';
  return undefined;
}

export function fieldValue(change: FieldChange, value: string | null): string {
  return change.field === 'section' && value !== null ? sectionTitle(value) : shown(value);
}

export type SectionGroup = PlanDiff['items'] & { section: SectionKey };

/** Item changes grouped by section, in the canonical section order. */
export function groupBySection(diff: PlanDiff): SectionGroup[] {
  const groups = new Map<SectionKey, SectionGroup>();
  const group = (section: SectionKey) => getOrCreate(groups, section, () => ({ section, added: [], removed: [], changed: [] }));
  for (const entry of diff.items.added) group(entry.section).added.push(entry);
  for (const entry of diff.items.removed) group(entry.section).removed.push(entry);
  for (const change of diff.items.changed) group(change.section).changed.push(change);
  return [...groups.values()].sort((a, b) => sectionOrder(a.section) - sectionOrder(b.section));
}

/** "2 items added, 1 removed, 3 changed; 1 front matter change; 1 section added; lint: 2 introduced, 1 fixed". */
export function summaryLine(diff: PlanDiff): string {
  const { items, sections, lint, frontmatter } = diff;
  const parts = [`${plural(items.added.length, 'item')} added, ${items.removed.length} removed, ${items.changed.length} changed`];
  if (frontmatter.length > 0) parts.push(plural(frontmatter.length, 'front matter change'));
  if (sections.added.length > 0) parts.push(`${plural(sections.added.length, 'section')} added`);
  if (sections.removed.length > 0) parts.push(`${plural(sections.removed.length, 'section')} removed`);
  parts.push(`lint: ${lint.introduced.length} introduced, ${lint.fixed.length} fixed`);
  return parts.join('; ');
}
