import type { Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const processor = unified().use(remarkParse);

/**
 * Parses the body with the front matter blanked out character by character, so that every mdast position
 * is already a position (and offset) of the whole file.
 */
export function parseMarkdown(text: string, frontMatterEnd: number): Root {
  const body = frontMatterEnd > 0 ? text.slice(0, frontMatterEnd).replace(/[^\r\n]/g, ' ') + text.slice(frontMatterEnd) : text;
  return processor.parse(body);
}
