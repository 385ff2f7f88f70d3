import { buildPlan } from '../model/build.js';
import { SECTION_BY_KEY, sectionOrder, type SectionKey } from '../model/sections.js';
import type { Section } from '../model/types.js';

/**
 * Puts section bodies into a rendered template: a section the template has keeps its heading and leading guidance
 * comments and gets the new body; a section it lacks is inserted where the canonical order puts it.
 */
export function replaceSections(template: string, bodies: Partial<Record<SectionKey, string>>): string {
  const plan = buildPlan(template, 'template.md');
  const lines = template.split('\n');
  const known = plan.sections.filter((s) => s.key);
  const inTemplate = new Set(known.map((s) => s.key));
  const pending = new Map(Object.entries(bodies).filter(([, body]) => body) as [SectionKey, string][]);
  const out: string[] = [];
  // Sections the template lacks go in front of the first template section that comes after them.
  const insertBefore = (order: number) => {
    for (const [key, body] of [...pending].sort(([a], [b]) => sectionOrder(a) - sectionOrder(b))) {
      if (sectionOrder(key) >= order) break;
      if (inTemplate.has(key)) continue;
      const spec = SECTION_BY_KEY.get(key)!;
      out.push(`## ${spec.heading}`, '', `<!-- ${spec.guidance} -->`, '', body, '');
      pending.delete(key);
    }
  };
  let next = 1;
  for (const section of known) {
    const heading = section.span.start.line;
    out.push(...lines.slice(next - 1, heading - 1));
    next = heading;
    insertBefore(sectionOrder(section.key!));
    const body = pending.get(section.key!);
    if (body === undefined) continue;
    out.push(lines[heading - 1]!, ...leadingComments(lines, section), '', body, '');
    next = section.fullSpan.end.line + 1;
    pending.delete(section.key!);
  }
  const rest = lines.slice(next - 1);
  const trailingNewline = rest.length > 0 && rest[rest.length - 1] === '';
  out.push(...(trailingNewline ? rest.slice(0, -1) : rest));
  if (pending.size > 0) {
    if (out[out.length - 1] !== '') out.push('');
    insertBefore(Number.POSITIVE_INFINITY);
    out.pop();
  }
  return `${out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/\n*$/, '')}\n`;
}

/** The guidance comments right under a template section's heading. */
function leadingComments(lines: string[], section: Section): string[] {
  const out: string[] = [];
  let inComment = false;
  for (let i = section.span.start.line; i < section.fullSpan.end.line; i++) {
    const line = lines[i]!;
    if (!inComment && line.trim() === '') continue;
    if (!inComment && !line.trimStart().startsWith('<!--')) break;
    out.push(line);
    inComment = !line.includes('-->');
    if (!inComment) out.push('');
  }
  while (out[out.length - 1] === '') out.pop();
  return out.length > 0 ? ['', ...out] : [];
}
