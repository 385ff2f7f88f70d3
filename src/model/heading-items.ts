import type { Heading, Paragraph, RootContent } from 'mdast';
import type { LineIndex } from '../parse/lines.js';
import { plainText as toString } from '../parse/plain-text.js';
import type { Span } from '../types.js';
import { linePlace, lineSpan, readField, readId, readInlineFields } from './items.js';
import { isPlaceholder } from './placeholders.js';
import type { SectionKey } from './sections.js';
import type { Field, Item } from './types.js';

/** "Key results:", "**KRs**", "Key Results (FY2027)": the label of an OKR goal's measures. */
const KEY_RESULTS_LABEL = /^\s*(?:key\s+results?|krs?)\b[^:\n]*:?\s*$/i;

/** An H3 and what follows it up to the next H3 of the section. */
export interface HeadingBlock {
  heading: Heading;
  content: RootContent[];
}

/**
 * Whether an H3 is an item (OKR layout, contract 3a): it starts with an ID, or has a "Key results" list, or has no
 * table and no list of items with IDs under it. Else it groups the items (lists, tables) under it, read as usual.
 */
export function isItemHeading(block: HeadingBlock): boolean {
  const reading = readId(block.heading);
  if (reading.id || reading.invalid) return true;
  if (block.content.some(isKeyResultsLabel)) return true;
  // "### Commercial" over `- **R1** …` groups items; "### Grow the account" over `- Sign 3 pilots by Q2` is a goal.
  return !block.content.some(
    (node) =>
      (node.type === 'list' && node.children.some((item) => item.children[0]?.type === 'paragraph' && startsWithId(item.children[0]))) || node.type === 'table',
  );
}

function startsWithId(paragraph: Paragraph): boolean {
  const reading = readId(paragraph);
  return reading.id !== undefined || reading.invalid !== undefined;
}

function isKeyResultsLabel(node: RootContent): boolean {
  return node.type === 'paragraph' && KEY_RESULTS_LABEL.test(toString(node));
}

/**
 * `### G1 Become the preferred analytics vendor`, then its "Key results:" list (each a `Key result` field: its
 * measures) and its fields, as a list (`- Owner: Dana`) or as lines of a paragraph. A list item under it that is
 * not a known `Key: value` is a key result too, with or without the label.
 */
export function readHeadingItem(block: HeadingBlock, section: SectionKey, lines: LineIndex, endLine: number): Item {
  const { heading } = block;
  const line = heading.position!.start.line;
  const { column, endColumn } = linePlace(lines, line, heading.position!.start.column);
  const last = Math.max(line, endLine);
  const fullSpan: Span = { start: { line, column }, end: { line: last, column: lines.lineEnd(last) - lines.lineStart(last) + 1 } };
  const reading = readId(heading);
  const inline = readInlineFields(reading.statement.replace(/\s+/g, ' ').trim(), lines, line, line, heading.position!.start.column);
  const fields: Field[] = [...inline.fields];
  for (const node of block.content) {
    if (node.type === 'paragraph' && !isKeyResultsLabel(node)) {
      toString(node)
        .split('\n')
        .forEach((text, index) => {
          const field = readField(text, lines, node.position!.start.line + index, index === 0 ? node.position!.start.column : 1);
          if (field?.name) fields.push(field);
        });
    }
    if (node.type !== 'list') continue;
    for (const listItem of node.children) {
      const head = listItem.children[0];
      if (head?.type !== 'paragraph') continue;
      const text = toString(head).split('\n')[0]!;
      const itemLine = listItem.position!.start.line;
      const field = readField(text, lines, itemLine, listItem.position!.start.column);
      if (field?.name) fields.push(field);
      else
        fields.push({
          key: 'Key result',
          name: 'keyResult',
          value: toString(head).replace(/\s+/g, ' ').trim(),
          span: lineSpan(lines, itemLine, listItem.position!.start.column),
          refs: [],
        });
    }
  }
  const text = toString(heading).trim();
  const placeholder = isPlaceholder(text);
  const statement = inline.statement;
  if (reading.id) return { section, statement, text, line, column, endColumn, fullSpan, fields, placeholder, id: reading.id, layout: 'heading' };
  if (reading.invalid)
    return { section, statement, text, line, column, endColumn, fullSpan, fields, placeholder, invalidId: reading.invalid, layout: 'heading' };
  return { section, statement, text, line, column, endColumn, fullSpan, fields, placeholder, layout: 'heading' };
}
