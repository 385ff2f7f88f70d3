import { basename, extname } from 'node:path';
import { parseFrontMatter } from '../parse/frontmatter.js';
import { LineIndex } from '../parse/lines.js';
import { checkLimits } from '../parse/limits.js';
import { isReferenceField } from './fields.js';
import { readField } from './items.js';
import { frontMatterSchema } from './frontmatter-schema.js';
import { internSections } from './intern.js';
import { defineTree, lazyPlan, type PlanHead } from './lazy-plan.js';
import { readOutline } from './outline.js';
import { headPlacesOf } from './summary.js';
import { type HeadingMatcher, headingMatcher } from './sections.js';
import type { Item, PlanModel } from './types.js';
import type { PlanActuals } from './actuals.js';
import { readPlanActuals } from './read-actuals.js';

export interface BuildOptions {
  matchHeading?: HeadingMatcher;
  /** List item lines read before the file is refused (default DEFAULT_MAX_LIST_ITEMS). */
  maxListItems?: number;
  /** The run's fiscal year start (1 = January, the default), which the plan's actuals are read with. */
  fiscalYearStart?: number;
}

const defaultMatcher = headingMatcher();

/** file text -> front matter + outline (mdast of the parts that need it) -> the typed plan model, with positions of the whole file. */
export function buildPlan(source: string, file: string, options: BuildOptions = {}): PlanModel {
  const lines = new LineIndex(source);
  const frontMatter = parseFrontMatter(source);
  // Whatever path the outline takes (line scan or micromark), text past the limits is refused before any of it.
  checkLimits(source, options.maxListItems, frontMatter.endOffset);
  const { sections, directives, tree } = readOutline(source, frontMatter.endOffset, lines, options.matchHeading ?? defaultMatcher);
  for (const section of sections) section.items = withFieldLinesFolded(section.items, lines);
  internSections(sections);
  const items = sections.filter((s) => s.key !== 'review').flatMap((s) => s.items);
  const reviewItems = sections.filter((s) => s.key === 'review').flatMap((s) => s.items);
  const plan: PlanModel = {
    file,
    id: basename(file, extname(file)),
    source,
    lines,
    frontMatter,
    headPlaces: headPlacesOf(lines, frontMatter),
    sections,
    items,
    reviewItems,
    directives,
  } as Omit<PlanModel, 'tree' | 'actuals'> as PlanModel;
  defineTree(plan, tree);
  applyFrontMatter(plan);
  defineActuals(plan, options.fiscalYearStart ?? 1);
  return plan;
}

/** The actuals its goals record are read on first use (`plan tree`, `plan diff` and most of an editor's plans never ask). */
function defineActuals(plan: PlanModel, fiscalYearStart: number): void {
  let read: PlanActuals | undefined;
  Object.defineProperty(plan, 'actuals', { configurable: true, enumerable: true, get: () => (read ??= readPlanActuals(plan, fiscalYearStart)) });
}

/**
 * A plan read only for its head (front matter: id, parent, kind, period): its sections and items are read when
 * something asks for them. The limits are checked now, so that reading the rest later cannot fail. `reread` gives the
 * text again when something asks for it, so that the head need not keep it (see repoPlansFor).
 */
export function buildPlanHead(source: string, file: string, options: BuildOptions = {}, reread?: () => string): PlanModel {
  const frontMatter = parseFrontMatter(source, { grayMatter: false });
  checkLimits(source, options.maxListItems, frontMatter.endOffset);
  // The head's spans are front matter lines (or line 1): index those lines, not the whole file.
  const headText = source.slice(0, frontMatter.endOffset || source.search(/[\r\n]|$/));
  const head: PlanHead = { file, id: basename(file, extname(file)), frontMatter, headPlaces: headPlacesOf(new LineIndex(headText), frontMatter) };
  applyFrontMatter(head);
  return lazyPlan(head, reread ?? source, (text) => buildPlan(text, file, options));
}

/** Copies each known key that is valid on its own; invalid ones stay absent and the frontmatter rule reports them. */
function applyFrontMatter(plan: PlanHead): void {
  const data = plan.frontMatter.data;
  for (const key of ['id', 'kind', 'period', 'owner', 'parent', 'status', 'title'] as const) {
    const parsed = Object.hasOwn(data, key) ? frontMatterSchema.shape[key].safeParse(data[key]) : undefined;
    if (parsed?.success && parsed.data) Object.assign(plan, { [key]: parsed.data });
  }
}

/**
 * A list item that is only a field, with no ID ("- Owner: Dana" or "- Lesson: …" written without its indent), belongs
 * to the item above it, as the writer meant. "- Risk: the sponsor leaves" names no risk ID: it stays an item.
 */
function withFieldLinesFolded(items: Item[], lines: LineIndex): Item[] {
  const kept: Item[] = [];
  for (const item of items) {
    const above = kept.at(-1);
    const field = above && !item.id ? readField(item.statement, lines, item.line, item.column) : undefined;
    if (field?.name && (!isReferenceField(field.name) || field.refs.length > 0)) above!.fields.push(field, ...item.fields);
    else kept.push(item);
  }
  return kept;
}
