import { canonicalField, FIELD_ALIASES, type FieldName } from './fields.js';
import { headingFor, SECTION_BY_KEY, sectionOrder, type SectionKey } from './sections.js';
import type { Field, PlanModel, Section } from './types.js';
import type { Fix } from '../types.js';

/** Where a missing section goes: after the last section that canonically precedes it, else before the first that follows. */
export function sectionInsertOffset(plan: PlanModel, key: SectionKey): number {
  const order = sectionOrder(key);
  const sections = plan.sections;
  let lastBefore = -1;
  sections.forEach((section, index) => {
    if (section.key && sectionOrder(section.key) < order) lastBefore = index;
  });
  const next = lastBefore >= 0 ? sections[lastBefore + 1] : sections.find((s) => s.key && sectionOrder(s.key) > order);
  return next ? plan.lines.lineStart(next.span.start.line) : plan.source.length;
}

/** Inserts `## Heading` with `body` at `offset`, with a blank line on each side whatever surrounds it. */
function insertBlock(plan: PlanModel, offset: number, block: string): Fix {
  // Line breaks as one character: the "\r\n" ending a CRLF line is one break, not a blank line.
  const before = plan.source.slice(0, offset).replace(/\r\n?/g, '\n');
  const lead = offset === 0 || /\n[ \t]*\n$/.test(before) ? '' : before.endsWith('\n') ? '\n' : '\n\n';
  const trail = offset < plan.source.length ? '\n\n' : '\n';
  return { range: [offset, offset], text: `${lead}${block}${trail}` };
}

/** A missing section, in canonical position, holding the part's guidance as a TODO for the writer. */
export function missingSectionFix(plan: PlanModel, key: SectionKey): Fix {
  const { guidance } = SECTION_BY_KEY.get(key)!;
  return insertBlock(plan, sectionInsertOffset(plan, key), `## ${headingFor(key, plan.kind)}\n\nTODO: ${guidance}`);
}

/** The Review an ended plan lacks: one item per goal for the writer to complete with its result and why. */
export function reviewSkeletonFix(plan: PlanModel, goalIds: readonly string[]): Fix {
  const items =
    goalIds.length > 0
      ? goalIds.map((id) => `- **${id}** TODO: Met, Missed or Partially met — and why.\n  - Lesson: TODO`)
      : ['- TODO: for each goal, Met, Missed or Partially met — and why.'];
  return insertBlock(plan, sectionInsertOffset(plan, 'review'), `## Review\n\n${items.join('\n')}`);
}

const HEADING_LINE = /^(\s{0,3}#{2}[ \t]+)(.*?)([ \t]+#+)?[ \t]*$/;
const TRAILING_NOTE = /\s*(\([^()]*\))\s*$/;

/** `## 4. strategy (FY2027)` -> `## Approach (FY2027)`: the canonical name, keeping a trailing note in parentheses. */
export function canonicalHeadingText(section: Section): string | undefined {
  if (!section.key) return undefined;
  const canonical = SECTION_BY_KEY.get(section.key)!.heading;
  const note = TRAILING_NOTE.exec(section.heading)?.[1];
  const wanted = note && note.length > 2 ? `${canonical} ${note}` : canonical;
  return section.heading === wanted ? undefined : wanted;
}

export function headingFix(plan: PlanModel, section: Section, wanted: string): Fix | undefined {
  const line = section.span.start.line;
  const match = HEADING_LINE.exec(plan.lines.lineText(line));
  if (!match) return undefined; // a setext heading (underlined): left alone
  const start = plan.lines.lineStart(line) + match[1]!.length;
  return { range: [start, start + match[2]!.length], text: wanted };
}

/** The canonical spelling of a field key: `Traces to` -> `Opportunities`, `kpi` -> `Metric`. */
export function canonicalFieldKey(name: FieldName): string {
  const word = FIELD_ALIASES[name][0];
  return word.charAt(0).toUpperCase() + word.slice(1);
}

export function fieldKeyFix(plan: PlanModel, field: Field): Fix | undefined {
  if (!field.name || canonicalField(field.key) !== field.name) return undefined;
  const line = field.span.start.line;
  const text = plan.lines.lineText(line);
  // The key is where the field starts (after a list marker): a table cell's key is its column's header, left alone.
  const lead = /^[ \t]*(?:[-*+][ \t]+)?/.exec(text.slice(field.span.start.column - 1))![0].length;
  const at = field.span.start.column - 1 + lead;
  if (!text.startsWith(field.key, at)) return undefined;
  const start = plan.lines.lineStart(line) + at;
  return { range: [start, start + field.key.length], text: canonicalFieldKey(field.name) };
}
