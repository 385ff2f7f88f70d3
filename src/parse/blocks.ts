/**
 * Splits a Markdown body at its top-level H1/H2 headings without parsing it, so that only the parts a plan model
 * needs go through micromark. Returns undefined when the text has anything that could make a line scan disagree
 * with CommonMark about where those headings are; the caller then parses the whole file.
 */
export interface TopLevelChunk {
  /** 0 for the text before the first heading, else the depth of the ATX heading on the chunk's first line. */
  depth: 0 | 1 | 2;
  /** 1-based line of the chunk's first line. */
  line: number;
  /** Offset of the chunk's first character. */
  start: number;
  /** Offset just past the heading line's content (before its line break); `start` for depth 0. */
  headingEnd: number;
  /** Offset of the body: the line after the heading (`start` for depth 0). */
  bodyStart: number;
  /** Offset where the next chunk starts, or the text's length. */
  end: number;
}

const TOP_HEADING = /^#{1,2}(?=[ \t]|$)/;
const INDENTED_TOP_HEADING = /^ {1,3}#{1,2}(?:[ \t]|$)/;
/** A line that underlines the paragraph above it as a setext heading, or is a thematic break after a blank line. */
const SETEXT_UNDERLINE = /^ {0,3}(?:=+|-+)[ \t]*$/;
const HTML_START = /^ {0,3}</;
/** One whole HTML comment, ending on its own line: an HTML block that cannot swallow the lines after it. */
const ONE_LINE_COMMENT = /^ {0,3}<!--.*-->/;
const BLANK = /^[ \t]*$/;

/** Fenced code and link reference definitions reach across headings (fences) or the whole document (definitions). */
function hasGlobalConstructs(text: string, from: number): boolean {
  return text.includes('```', from) || text.includes('~~~', from) || text.includes(']:', from);
}

export function splitTopLevel(text: string, from: number): TopLevelChunk[] | undefined {
  if (hasGlobalConstructs(text, from)) return undefined;
  const chunks: TopLevelChunk[] = [];
  let current: TopLevelChunk = { depth: 0, line: 1, start: 0, headingEnd: 0, bodyStart: 0, end: text.length };
  let line = 1;
  let previousBlank = true;
  // Lines before `from` are front matter, which the parser sees blanked out: blank lines.
  const lineBreak = /\r\n|\r|\n/g;
  let start = 0;
  for (;;) {
    lineBreak.lastIndex = start;
    const found = lineBreak.exec(text);
    const contentEnd = found ? found.index : text.length;
    const next = found ? found.index + found[0].length : text.length;
    if (start >= from) {
      const content = text.slice(start, contentEnd);
      const heading = TOP_HEADING.exec(content);
      if (heading) {
        current.end = start;
        chunks.push(current);
        current = { depth: heading[0].length as 1 | 2, line, start, headingEnd: contentEnd, bodyStart: next, end: text.length };
      } else if (INDENTED_TOP_HEADING.test(content)) {
        return undefined;
      } else if (SETEXT_UNDERLINE.test(content) && !previousBlank) {
        return undefined;
      } else if (HTML_START.test(content) && !ONE_LINE_COMMENT.test(content)) {
        return undefined;
      }
      previousBlank = BLANK.test(content) || heading !== null;
    }
    if (!found) break;
    start = next;
    line++;
  }
  chunks.push(current);
  return chunks;
}
