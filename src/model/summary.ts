import type { FrontMatter } from '../parse/frontmatter.js';
import type { LineIndex } from '../parse/lines.js';
import { linePlace } from './items.js';
import type { LinePlace } from '../types.js';
import { isReferenceField } from './fields.js';
import type { HeadPlaces, PlanModel, PlanSummary, SummaryField, SummaryItem } from './types.js';

/** Line 1 and the line of each key the front matter has. */
export function headPlacesOf(lines: LineIndex, frontMatter: FrontMatter): HeadPlaces {
  const keys: Record<string, LinePlace> = {};
  for (const [key, line] of frontMatter.keyLines) if (Object.hasOwn(frontMatter.data, key)) keys[key] = linePlace(lines, line);
  return { first: linePlace(lines, 1), keys };
}

/** A front matter key's line, or line 1 when the plan lacks the key. */
export function keyPlace(plan: Pick<PlanSummary, 'headPlaces'>, key: string): LinePlace {
  return plan.headPlaces.keys[key] ?? plan.headPlaces.first;
}

/** The fields a summary keeps: the references, and the amounts a target sets and the status an item is in. */
const kept = (field: SummaryField) => isReferenceField(field.name) || field.name === 'target' || field.name === 'status';

/** The plan's summary as plain data, nothing more (what --cache writes), its actuals read now. */
export function summarize(plan: PlanModel): PlanSummary {
  const item = ({ section, id, statement, line, column, endColumn, fields, placeholder }: SummaryItem): SummaryItem => {
    const keptFields = fields.filter(kept).map(({ key, name, value, refs }) => (name ? { key, name, value, refs } : { key, value, refs }));
    // Whole literals, as the model's items are: a spread copy that adds the ID is twice the size.
    if (id === undefined) return { section, statement, line, column, endColumn, fields: keptFields, placeholder };
    return { section, statement, line, column, endColumn, fields: keptFields, placeholder, id };
  };
  const summary: PlanSummary = {
    file: plan.file,
    id: plan.id,
    headPlaces: plan.headPlaces,
    items: plan.items.map(item),
    reviewItems: plan.reviewItems.map(item),
    directives: plan.directives,
    actuals: plan.actuals,
  };
  for (const key of ['kind', 'period', 'owner', 'parent', 'status', 'title'] as const)
    if (plan[key] !== undefined) Object.assign(summary, { [key]: plan[key] });
  return summary;
}
