import type { Heading, Root, RootContent } from 'mdast';
import { type Directive, readDirectives } from '../parse/directives.js';
import { splitTopLevel, type TopLevelChunk } from '../parse/blocks.js';
import type { LineIndex } from '../parse/lines.js';
import { parseFragment, parseMarkdown, shiftPositions } from '../parse/markdown.js';
import { plainText as toString } from '../parse/plain-text.js';
import type { Point } from '../types.js';
import { type HeadingBlock, isItemHeading, readHeadingItem } from './heading-items.js';
import { lineSpan, readItems } from './items.js';
import { readTableItems } from './table-items.js';
import { isPlaceholder } from './placeholders.js';
import { readSimpleItemList } from './simple-items.js';
import { SECTION_BY_KEY, type HeadingMatcher, type SectionKey } from './sections.js';
import type { Item, Section } from './types.js';

/** What a plan model needs from the Markdown body: its sections and its inline directives. */
export interface Outline {
  sections: Section[];
  directives: Directive[];
  /** The whole file's mdast, when reading the outline needed it. */
  tree?: Root;
}

type SectionContent = Pick<Section, 'empty' | 'placeholderOnly' | 'items' | 'unread'>;

/**
 * Parses only what the model needs: item sections written the canonical way are read from their lines, prose
 * sections are scanned, and only the rest (and any part carrying a directive or something that might be a
 * placeholder) goes through micromark, in one call. A file whose structure a line scan cannot be sure of is
 * parsed whole, as before.
 */
export function readOutline(source: string, frontMatterEnd: number, lines: LineIndex, matchHeading: HeadingMatcher): Outline {
  const chunks = splitTopLevel(source, frontMatterEnd);
  if (!chunks) return readOutlineFromTree(parseMarkdown(source, frontMatterEnd), lines, matchHeading);
  const scanned = new Map<TopLevelChunk, { text: string; key?: SectionKey; content: SectionContent }>();
  const toParse: TopLevelChunk[] = [];
  for (const [index, chunk] of chunks.entries()) {
    const whole = source.slice(chunk.start, chunk.end);
    if (chunk.depth !== 2) {
      // Text before the first H2 or under an H1 is in no section; only its directives matter.
      if (hasDirective(whole)) toParse.push(chunk);
      continue;
    }
    const text = quickHeadingText(source.slice(chunk.start, chunk.headingEnd));
    const key = text === undefined ? undefined : matchHeading(text);
    const endLine = index + 1 < chunks.length ? chunks[index + 1]!.line - 1 : lines.lineCount;
    const content = text === undefined || hasDirective(whole) ? undefined : readWithoutParser(source, chunk, endLine, key, lines);
    if (content) scanned.set(chunk, key ? { text: text!, key, content } : { text: text!, content });
    else toParse.push(chunk);
  }
  const parsed = parseChunks(source, toParse, frontMatterEnd);
  // Cannot happen when the scan is right; should it ever be wrong, the whole parse is the truth.
  for (const [chunk, nodes] of parsed) {
    const first = nodes[0];
    if (chunk.depth !== 0 && (first?.type !== 'heading' || first.depth !== chunk.depth)) {
      return readOutlineFromTree(parseMarkdown(source, frontMatterEnd), lines, matchHeading);
    }
  }
  const sections: Section[] = [];
  const directives: Directive[] = [];
  chunks.forEach((chunk, index) => {
    const endLine = index + 1 < chunks.length ? chunks[index + 1]!.line - 1 : lines.lineCount;
    const quick = scanned.get(chunk);
    if (quick) {
      sections.push(makeSection(quick.text, { line: chunk.line, column: 1, offset: chunk.start } as Point, quick.key, quick.content, endLine, lines));
      return;
    }
    const nodes = parsed.get(chunk);
    if (!nodes) return;
    directives.push(...readDirectives(nodes));
    if (chunk.depth !== 2) return;
    const heading = nodes[0] as Heading;
    const text = toString(heading).trim();
    const key = matchHeading(text);
    sections.push(makeSection(text, heading.position!.start, key, contentOf(nodes.slice(1), key, lines), endLine, lines));
  });
  return { sections, directives };
}

/**
 * Parses the chunks in one go (micromark's set-up per call is not free): their texts one after the other read the
 * same as in the file, because each starts with a heading that closes every open block. Each chunk's top-level
 * nodes come back with positions of the whole file.
 */
function parseChunks(source: string, chunks: TopLevelChunk[], frontMatterEnd: number): Map<TopLevelChunk, RootContent[]> {
  const out = new Map<TopLevelChunk, RootContent[]>();
  if (chunks.length === 0) return out;
  const starts: { chunk: TopLevelChunk; offset: number; line: number }[] = [];
  let text = '';
  let line = 1;
  for (const chunk of chunks) {
    starts.push({ chunk, offset: text.length, line });
    const part = source.slice(chunk.start, chunk.end);
    // The front matter is blanked, as parseMarkdown does, so that it is not read as Markdown.
    text += chunk.start < frontMatterEnd ? source.slice(0, frontMatterEnd).replace(/[^\r\n]/g, ' ') + source.slice(frontMatterEnd, chunk.end) : part;
    line += part.match(/\r\n|\r|\n/g)?.length ?? 0;
    out.set(chunk, []);
  }
  const tree = parseFragment(text);
  let at = 0;
  for (const node of tree.children) {
    const offset = node.position!.start.offset!;
    while (at + 1 < starts.length && starts[at + 1]!.offset <= offset) at++;
    const { chunk, offset: chunkOffset, line: chunkLine } = starts[at]!;
    shiftPositions(node, chunk.line - chunkLine, chunk.start - chunkOffset);
    out.get(chunk)!.push(node);
  }
  return out;
}

/** The outline of a fully parsed file. */
export function readOutlineFromTree(tree: Root, lines: LineIndex, matchHeading: HeadingMatcher): Outline {
  const sections: Section[] = [];
  let current: { heading: Heading; content: RootContent[] } | undefined;
  const close = (endLine: number) => {
    if (current) {
      const text = toString(current.heading).trim();
      const key = matchHeading(text);
      sections.push(makeSection(text, current.heading.position!.start, key, contentOf(current.content, key, lines), endLine, lines));
    }
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
  return { sections, directives: readDirectives(tree.children), tree };
}

function makeSection(text: string, start: Point, key: SectionKey | undefined, content: SectionContent, endLine: number, lines: LineIndex): Section {
  const last = Math.max(endLine, start.line);
  const section: Section = {
    heading: text,
    span: lineSpan(lines, start.line, start.column),
    fullSpan: { start, end: { line: last, column: lines.lineEnd(last) - lines.lineStart(last) + 1 } },
    ...content,
  };
  if (key) section.key = key;
  return section;
}

function contentOf(content: RootContent[], key: SectionKey | undefined, lines: LineIndex): SectionContent {
  if (!key || !SECTION_BY_KEY.get(key)!.hasItems) {
    const meaningful = content.filter((node) => node.type !== 'heading' && !isComment(node) && node.type !== 'definition');
    return { empty: meaningful.length === 0, placeholderOnly: meaningful.length > 0 && meaningful.every(isPlaceholderBlock), items: [] };
  }
  const { items, problems, others } = readSectionItems(content, key, lines);
  // In an item section an H3 is content: it is an item (OKR layout) or groups items.
  const meaningful = content.filter((node) => (node.type !== 'heading' || node.depth === 3) && !isComment(node) && node.type !== 'definition');
  const rest = others.filter((node) => node.type !== 'heading' && !isComment(node) && node.type !== 'definition');
  const placeholderOnly = meaningful.length > 0 && items.every((item) => item.placeholder) && rest.every(isPlaceholderBlock) && problems.length === 0;
  const unread = placeholderOnly ? undefined : describeUnread(meaningful, items, problems);
  const read: SectionContent = { empty: meaningful.length === 0, placeholderOnly, items };
  if (unread) read.unread = unread;
  return read;
}

/** Items from lists, tables and H3s (contract 3a), in document order, and what could not be read. */
function readSectionItems(content: RootContent[], key: SectionKey, lines: LineIndex): { items: Item[]; problems: string[]; others: RootContent[] } {
  const items: Item[] = [];
  const problems: string[] = [];
  // Blocks that are not lists, tables or H3 items: prose around the items.
  const others: RootContent[] = [];
  const readBlocks = (nodes: RootContent[]) => {
    for (const node of nodes) {
      if (node.type === 'list') items.push(...readItems(node, key, lines));
      else if (node.type === 'table') {
        const table = readTableItems(node, key, lines);
        items.push(...table.items);
        if (table.problem) problems.push(table.problem);
      } else others.push(node);
    }
  };
  let block: HeadingBlock | undefined;
  const close = () => {
    if (!block) return;
    if (isItemHeading(block)) {
      const last = block.content[block.content.length - 1] ?? block.heading;
      items.push(readHeadingItem(block, key, lines, last.position!.end.line));
    } else readBlocks(block.content);
  };
  for (const node of content) {
    if (node.type === 'heading' && node.depth === 3) {
      close();
      block = { heading: node, content: [] };
    } else if (block) block.content.push(node);
    else readBlocks([node]);
  }
  close();
  return { items, problems, others };
}

/** What an item section holds that is not items, when nothing else in it was (or a table could not be read). */
function describeUnread(meaningful: RootContent[], items: Item[], problems: string[]): string | undefined {
  if (problems.length > 0) return problems.join('; ');
  if (items.length > 0 || meaningful.length === 0) return undefined;
  const counts = new Map<string, number>();
  for (const node of meaningful) counts.set(BLOCK_NAMES[node.type] ?? 'other content', (counts.get(BLOCK_NAMES[node.type] ?? 'other content') ?? 0) + 1);
  return [...counts].map(([name, count]) => (count === 1 ? `1 ${name}` : `${count} ${name}s`)).join(', ');
}

const BLOCK_NAMES: Record<string, string> = {
  paragraph: 'paragraph',
  blockquote: 'quote',
  code: 'code block',
  html: 'HTML block',
  thematicBreak: 'rule',
  heading: 'heading',
};

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

function hasDirective(text: string): boolean {
  return text.includes('plan-lint-');
}

/** A section's content when reading it needs no parser: canonical item lists are built directly, prose is scanned. */
function readWithoutParser(source: string, chunk: TopLevelChunk, endLine: number, key: SectionKey | undefined, lines: LineIndex): SectionContent | undefined {
  if (!key || !SECTION_BY_KEY.get(key)!.hasItems) return scanProse(source.slice(chunk.bodyStart, chunk.end));
  const nodes = readSimpleItemList(lines, chunk.line + 1, endLine);
  return nodes && contentOf(nodes, key, lines);
}

/** Heading text that has no inline syntax reads as itself; anything else is left to the parser. */
function quickHeadingText(line: string): string | undefined {
  const m = /^#{1,2}(?:[ \t]+(.*))?$/.exec(line);
  if (!m) return undefined;
  const text = m[1] ?? '';
  return /[\\`*_[\]<>&#!]/.test(text) ? undefined : text.trim();
}

/**
 * What a prose section's parse would say, read from its text when that is certain. Parsed instead: `<` (HTML,
 * comments, autolinks), a line opening with `[` (a link reference definition is no content), a character reference
 * (`&#84;` adds letters), and the letters of a placeholder word anywhere, in the raw text or in the text without its
 * link destinations (markup could join them: `[TO](url)DO` reads "TODO"). Otherwise every non-blank line that is
 * not a minor heading is content and none of it is a placeholder.
 */
function scanProse(body: string): SectionContent | undefined {
  if (body.includes('<') || /^ {0,3}\[/m.test(body) || CHARACTER_REFERENCE.test(body)) return undefined;
  const linkText = body.includes('[') ? withoutLinkTargets(body) : body;
  if (linkText === undefined || hasPlaceholderLetters(body) || (linkText !== body && hasPlaceholderLetters(linkText))) return undefined;
  const content = body.split(/\r\n|\r|\n/).some((line) => /[^ \t]/.test(line) && !/^ {0,3}#{3,6}(?:[ \t]|$)/.test(line));
  return { empty: !content, placeholderOnly: false, items: [] };
}

const CHARACTER_REFERENCE = /&(?:#[0-9]|#[xX][0-9a-fA-F]|[A-Za-z][A-Za-z0-9]*;)/;

function hasPlaceholderLetters(text: string): boolean {
  return /todo|tbd|fixme|xxx|loremipsum/.test(text.replace(/[^A-Za-z]+/g, '').toLowerCase());
}

/** The text with what follows `]` as a link's destination `(...)` or label `[...]` cut out; undefined if unbalanced. */
function withoutLinkTargets(text: string): string | undefined {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    out += text[i];
    const open = text[i + 1];
    if (text[i] !== ']' || (open !== '(' && open !== '[')) continue;
    const close = open === '(' ? ')' : ']';
    let depth = 0;
    let j = i + 1;
    for (; j < text.length; j++) {
      if (text[j] === '\\') j++;
      else if (text[j] === open) depth++;
      else if (text[j] === close && --depth === 0) break;
    }
    if (j >= text.length) return undefined;
    i = j;
  }
  return out;
}
