import type { Node, Parent, Root } from 'mdast';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTable } from 'micromark-extension-gfm-table';
import remarkParse from 'remark-parse';
import { unified, type Processor } from 'unified';
import { checkLimits } from './limits.js';

/**
 * GFM tables (contract 3a), with remark-gfm's own table extension alone: the rest of GFM (autolink literals,
 * strikethrough, footnotes, task lists) changes nothing a plan model reads, and parsing with all of it took about
 * 1.5x as long as without (300 plans, a third in table or OKR layout), with the table extension alone about 1.0x.
 */
function remarkGfmTable(this: Processor): void {
  const data = this.data() as { micromarkExtensions?: unknown[]; fromMarkdownExtensions?: unknown[] };
  (data.micromarkExtensions ??= []).push(gfmTable());
  (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown());
}

const processor = unified().use(remarkParse).use(remarkGfmTable);

/**
 * Parses the body with the front matter blanked out character by character, so that every mdast position
 * is already a position (and offset) of the whole file. Text past what the parser and rules handle in bounded time
 * is refused with an InputError naming the line (see limits.ts).
 */
export function parseMarkdown(text: string, frontMatterEnd: number): Root {
  const body = frontMatterEnd > 0 ? text.slice(0, frontMatterEnd).replace(/[^\r\n]/g, ' ') + text.slice(frontMatterEnd) : text;
  // buildPlan checks every limit first; the nesting one is checked here too for callers that parse directly.
  checkLimits(body, Number.POSITIVE_INFINITY, frontMatterEnd);
  return processor.parse(body);
}

/** Parses Markdown as it is, no front matter and no limits checked (the caller has checked them). */
export function parseFragment(text: string): Root {
  return processor.parse(text);
}

/** Moves the positions of a node and its descendants by whole lines and by offset (an explicit stack: no depth limit). */
export function shiftPositions(node: Node, lines: number, offset: number): void {
  const stack: Node[] = [node];
  while (stack.length > 0) {
    const current = stack.pop()!;
    const position = current.position;
    if (position) {
      position.start.line += lines;
      position.end.line += lines;
      if (position.start.offset !== undefined) position.start.offset += offset;
      if (position.end.offset !== undefined) position.end.offset += offset;
    }
    const children = (current as Parent).children;
    if (children) for (const child of children) stack.push(child);
  }
}
