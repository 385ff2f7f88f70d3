import type { Node, Parent, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import './micromark-patch.js';
import { checkLimits } from './limits.js';

// GFM: plans written with tables (contract 3a) read as GitHub renders them.
const processor = unified().use(remarkParse).use(remarkGfm);

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

/**
 * Parses `text[start, end)`, which begins at a line start (line `line`) where the block structure is known to be
 * closed, and moves every position so that it is a position of the whole file.
 */
export function parseFragment(text: string, start: number, end: number, line: number): Root {
  const tree = processor.parse(text.slice(start, end));
  shiftPositions(tree, line - 1, start);
  return tree;
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
