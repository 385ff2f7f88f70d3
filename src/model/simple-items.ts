import type { List, ListItem, Paragraph, PhrasingContent, RootContent } from 'mdast';
import type { LineIndex } from '../parse/lines.js';

/**
 * Builds the mdast that micromark would build for an item section written the canonical way — only items
 * (`- **G1** statement`) and their fields (`  - Key: value`), plain text, blank lines between — straight from its
 * lines, because item lists are most of what a plan costs to parse. Anything else (other blocks, inline markup,
 * tabs, trailing spaces, wrapped lines) returns undefined, and the section is parsed.
 */
export function readSimpleItemList(lines: LineIndex, firstLine: number, lastLine: number): RootContent[] | undefined {
  const list: List = { type: 'list', ordered: false, start: null, spread: false, children: [] };
  let item: ListItem | undefined;
  for (let line = firstLine; line <= lastLine; line++) {
    const text = lines.lineText(line);
    if (/^ *$/.test(text)) continue;
    const top = TOP_ITEM.exec(text);
    if (top) {
      const paragraph = itemParagraph(top[1]!, line);
      if (!paragraph) return undefined;
      item = listItem(paragraph, line, 1, text.length);
      list.children.push(item);
      continue;
    }
    const nested = FIELD_ITEM.exec(text);
    if (!nested || !item || !isPlain(nested[1]!)) return undefined;
    const field = listItem(textParagraph(nested[1]!, line, 5), line, 3, text.length);
    const last = item.children[item.children.length - 1];
    if (last?.type === 'list') last.children.push(field);
    else item.children.push({ type: 'list', ordered: false, start: null, spread: false, children: [field], position: field.position! });
    item.position!.end = { ...field.position!.end };
    const fields = item.children[item.children.length - 1]!;
    fields.position!.end = { ...field.position!.end };
  }
  return list.children.length > 0 ? [list] : undefined;
}

/** `- ` then text: one marker, one space, content that does not open another block. */
const TOP_ITEM = /^[-*+] (\S(?:.*\S)?)$/;
const FIELD_ITEM = /^ {2}[-*+] (\S(?:.*\S)?)$/;
/** Inline markup, HTML, references, escapes and tabs: left to the parser. */
const MARKUP = /[\\`*_[\]<>&!~\t]/;
/** Content that starts a block of its own inside the item (heading, list, quote, break, code). */
const BLOCK_START = /^(?:#|[-*+=](?: |$)|\d{1,9}[.)](?: |$)|[-*_=]{3})/;
/** `**G1**`, `**OPP-2:**` and the like at the start of an item, then a space or the end of the line. */
const BOLD_ID = /^\*\*([A-Za-z0-9][A-Za-z0-9.:-]*)\*\*(?= |$)/;

function isPlain(content: string): boolean {
  return !MARKUP.test(content) && !BLOCK_START.test(content);
}

function itemParagraph(content: string, line: number): Paragraph | undefined {
  const bold = BOLD_ID.exec(content);
  if (!bold) return isPlain(content) ? textParagraph(content, line, 3) : undefined;
  const rest = content.slice(bold[0].length);
  if (MARKUP.test(rest)) return undefined;
  const id = bold[1]!;
  const children: PhrasingContent[] = [
    {
      type: 'strong',
      children: [{ type: 'text', value: id, position: span(line, 5, 5 + id.length) }],
      position: span(line, 3, 3 + bold[0].length),
    },
  ];
  if (rest) children.push({ type: 'text', value: rest, position: span(line, 3 + bold[0].length, 3 + content.length) });
  return { type: 'paragraph', children, position: span(line, 3, 3 + content.length) };
}

function textParagraph(content: string, line: number, column: number): Paragraph {
  const position = span(line, column, column + content.length);
  return { type: 'paragraph', children: [{ type: 'text', value: content, position }], position };
}

function listItem(paragraph: Paragraph, line: number, column: number, lineLength: number): ListItem {
  return { type: 'listItem', spread: false, checked: null, children: [paragraph], position: span(line, column, lineLength + 1) };
}

function span(line: number, startColumn: number, endColumn: number) {
  return { start: { line, column: startColumn }, end: { line, column: endColumn } };
}
