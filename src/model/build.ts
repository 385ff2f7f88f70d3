import type { Heading, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { basename, extname } from 'node:path';
import { parseFrontMatter } from '../parse/frontmatter.js';
import { LineIndex } from '../parse/lines.js';
import { parseMarkdown } from '../parse/markdown.js';
import { frontMatterSchema, type PlanKind, type PlanStatus } from './frontmatter-schema.js';
import { lineSpan, readItems } from './items.js';
import { isPlaceholder } from './placeholders.js';
import { SECTION_BY_KEY, type HeadingMatcher, headingMatcher } from './sections.js';
import type { Item, PlanModel, Section } from './types.js';

export interface BuildOptions {
  matchHeading?: HeadingMatcher;
}

const defaultMatcher = headingMatcher();

/** file text -> front matter + mdast -> the typed plan model, with positions of the whole file. */
export function buildPlan(source: string, file: string, options: BuildOptions = {}): PlanModel {
  const lines = new LineIndex(source);
  const frontMatter = parseFrontMatter(source);
  const tree = parseMarkdown(source, frontMatter.endOffset);
  const sections = readSections(tree, lines, options.matchHeading ?? defaultMatcher);
  const items = sections.filter((s) => s.key !== 'review').flatMap((s) => s.items);
  const reviewItems = sections.filter((s) => s.key === 'review').flatMap((s) => s.items);
  const plan: PlanModel = {
    file,
    id: basename(file, extname(file)),
    source,
    lines,
    frontMatter,
    sections,
    items,
    reviewItems,
    tree,
  };
  applyFrontMatter(plan);
  return plan;
}

/** Copies each known key that is valid on its own; invalid ones stay absent and the frontmatter rule reports them. */
function applyFrontMatter(plan: PlanModel): void {
  const data = plan.frontMatter.data;
  const shape = frontMatterSchema.shape;
  const valid = <K extends keyof typeof shape>(key: K) => {
    if (!Object.hasOwn(data, key)) return undefined;
    const parsed = shape[key].safeParse(data[key]);
    return parsed.success ? parsed.data : undefined;
  };
  const id = valid('id');
  if (id) plan.id = id;
  const kind = valid('kind');
  if (kind) plan.kind = kind as PlanKind;
  const period = valid('period');
  if (period) plan.period = period;
  const owner = valid('owner');
  if (owner) plan.owner = owner;
  const parent = valid('parent');
  if (parent) plan.parent = parent;
  const status = valid('status');
  if (status) plan.status = status as PlanStatus;
  const title = valid('title');
  if (title) plan.title = title;
}

function readSections(tree: Root, lines: LineIndex, matchHeading: HeadingMatcher): Section[] {
  const sections: Section[] = [];
  let current: { heading: Heading; content: RootContent[] } | undefined;
  const close = (endLine: number) => {
    if (current) sections.push(makeSection(current.heading, current.content, endLine, lines, matchHeading));
    current = undefined;
  };
  for (const node of tree.children) {
    if (node.type === 'heading' && node.depth <= 2) {
      close(node.position!.start.line - 1);
      if (node.depth === 2) current = { heading: node, content: [] };
    } else if (current) {
      current.content.push(node);
    }
  }
  close(lines.lineCount);
  return sections;
}

function makeSection(heading: Heading, content: RootContent[], endLine: number, lines: LineIndex, matchHeading: HeadingMatcher): Section {
  const text = toString(heading).trim();
  const key = matchHeading(text);
  const start = heading.position!.start;
  const meaningful = content.filter((node) => node.type !== 'heading' && !isComment(node) && node.type !== 'definition');
  const items: Item[] = [];
  if (key && SECTION_BY_KEY.get(key)!.hasItems) {
    for (const node of content) if (node.type === 'list') items.push(...readItems(node, key, lines));
  }
  const section: Section = {
    heading: text,
    span: lineSpan(lines, start.line, start.column),
    fullSpan: { start, end: { line: Math.max(endLine, start.line), column: lines.lineEnd(Math.max(endLine, start.line)) - lines.lineStart(Math.max(endLine, start.line)) + 1 } },
    empty: meaningful.length === 0,
    placeholderOnly: meaningful.length > 0 && meaningful.every(isPlaceholderBlock),
    items,
  };
  if (key) section.key = key;
  return section;
}

function isComment(node: RootContent): boolean {
  return node.type === 'html' && node.value.replace(/<!--[\s\S]*?(?:-->|$)/g, '').trim() === '';
}

function isPlaceholderBlock(node: RootContent): boolean {
  if (node.type === 'list') {
    return node.children.every((item) => {
      const head = item.children[0];
      return head !== undefined && isPlaceholder(toString(head));
    });
  }
  return isPlaceholder(toString(node));
}
