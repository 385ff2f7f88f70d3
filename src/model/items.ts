import type { List, ListItem, PhrasingContent } from 'mdast';
import type { LineIndex } from '../parse/lines.js';
import { plainText as toString } from '../parse/plain-text.js';
import type { LinePlace, Span } from '../types.js';
import { canonicalField, FIELD_LINE, isReferenceField } from './fields.js';
import { isPlainIdToken, isValidId, type ParsedReference, parseReferences } from './ids.js';
import { splitInlineFields } from './inline-fields.js';
import { isPlaceholder } from './placeholders.js';
import type { SectionKey } from './sections.js';
import type { Field, Item, Reference } from './types.js';

const ID_SEPARATOR = /^\s*[:.)\-–—]?\s*/;

export function readItems(list: List, section: SectionKey, lines: LineIndex): Item[] {
  return list.children.map((listItem) => readItem(listItem, section, lines));
}

function readItem(listItem: ListItem, section: SectionKey, lines: LineIndex): Item {
  const first = listItem.children[0];
  const paragraph = first?.type === 'paragraph' ? first : undefined;
  const startLine = listItem.position!.start.line;
  const { line, column, endColumn } = linePlace(lines, startLine, listItem.position!.start.column);
  const fullSpan: Span = { start: { line, column }, end: { line: listItem.position!.end.line, column: listItem.position!.end.column } };
  const paragraphText = paragraph ? toString(paragraph) : '';
  const [headLine, ...continuation] = paragraphText.split('\n');
  const id = paragraph ? readId(paragraph) : { statement: '' };
  const [statementHead = '', ...statementRest] = id.statement.split('\n');
  const statementLines = [statementHead];
  const fields: Field[] = [];
  // Lenient: `Key: value` lines continuing the first paragraph count as fields when the key is a known one;
  // other continuation lines are the statement wrapped over several lines.
  continuation.forEach((line, index) => {
    const field = readField(line, lines, startLine + 1 + index);
    if (field?.name) fields.push(field);
    else if (statementRest[index] !== undefined) statementLines.push(statementRest[index]!);
  });
  const inline = readInlineFields(
    statementLines
      .map((l) => l.trim())
      .filter(Boolean)
      .join(' '),
    lines,
    startLine,
    paragraph?.position?.end.line ?? startLine,
  );
  const statement = inline.statement;
  fields.unshift(...inline.fields);
  for (const child of listItem.children.slice(1)) {
    if (child.type !== 'list') continue;
    for (const nested of child.children) {
      const head = nested.children[0];
      if (head?.type !== 'paragraph') continue;
      const field = readField(toString(head).split('\n')[0]!, lines, nested.position!.start.line, nested.position!.start.column);
      if (field) fields.push(field);
    }
  }
  // Each object gets all its properties where it is made, and each array its exact length: a 5,000-plan run holds
  // hundreds of thousands of them, and a property added later or an array grown by push costs memory every time
  // (an item copied by a spread with its ID added took 368 bytes where this literal takes 194).
  const text = (headLine ?? '').trim();
  const exactFields = fields.length > 0 ? fields.slice() : [];
  // The ID slot and the statement say whether the item is a template placeholder; a field's TBD (on its own line or
  // the item's) is a value still to fill in, as it is in a nested field.
  const placeholder = isPlaceholder(`${id.invalid ?? ''} ${statement}`);
  if (id.id) return { section, statement, text, line, column, endColumn, fullSpan, fields: exactFields, placeholder, id: id.id };
  if (id.invalid) return { section, statement, text, line, column, endColumn, fullSpan, fields: exactFields, placeholder, invalidId: id.invalid };
  return { section, statement, text, line, column, endColumn, fullSpan, fields: exactFields, placeholder };
}

interface IdReading {
  id?: string;
  invalid?: string;
  statement: string;
}

/** Reads `**G1**`, `**G1:**`, `[G1]`, `` `G1` ``, `G1:` or `G1 ` at the start of an item (a paragraph, a heading or a table cell). */
export function readId(paragraph: { children: PhrasingContent[] }): IdReading {
  const [head, ...rest] = paragraph.children;
  if (!head) return { statement: '' };
  const restText = rest.map((node: PhrasingContent) => toString(node)).join('');
  if (head.type === 'strong' || head.type === 'emphasis' || head.type === 'inlineCode') {
    const token = toString(head).trim().replace(/[:.]$/, '').trim();
    const statement = restText.replace(ID_SEPARATOR, '');
    if (isValidId(token)) return { id: token, statement };
    // A short bold token is an ID slot with a bad ID; a bold phrase is just emphasis at the start of a statement.
    if (!/\s/.test(token) && token.length <= 16) return { invalid: token, statement };
    return { statement: toString(paragraph.children) };
  }
  const text = toString(paragraph.children);
  const bracketed = /^\s*\[([^\]\s]{1,16})\]/.exec(text);
  if (bracketed) {
    const token = bracketed[1]!;
    const statement = text.slice(bracketed[0].length).replace(ID_SEPARATOR, '');
    return isValidId(token) ? { id: token, statement } : { invalid: token, statement };
  }
  const plain = /^\s*([A-Za-z]{1,10}-?\d+(?:[.-]\d+)*[a-z]?)(?=[\s:.)\-–—]|$)/.exec(text);
  if (plain && isPlainIdToken(plain[1]!)) {
    return { id: plain[1]!, statement: text.slice(plain[0].length).replace(ID_SEPARATOR, '') };
  }
  return { statement: text };
}

export function readField(text: string, lines: LineIndex, line: number, column = 1): Field | undefined {
  const m = FIELD_LINE.exec(text);
  if (!m) return undefined;
  const key = m[1]!.trim();
  const value = m[2]!.trim();
  const name = canonicalField(key);
  const span = lineSpan(lines, line, column);
  const refs = isReferenceField(name) ? locateReferences(value, lines, line, span) : [];
  return name ? { key, value, span, refs, name } : { key, value, span, refs };
}

function locateReferences(value: string, lines: LineIndex, line: number, fieldSpan: Span): Reference[] {
  const lineText = lines.lineText(line);
  const valueStart = lineText.indexOf(':') + 1;
  return parseReferences(value).map((ref) => {
    const at = lineText.indexOf(ref.raw, valueStart);
    return placeReference(ref, line, at, fieldSpan);
  });
}

/**
 * The statement without the fields written on its own line (`… Goals: G2. Owner: Dana`), and those fields, each
 * at its key's place in the source lines `firstLine..lastLine` (searched in order, so a key written twice is found twice).
 */
export function readInlineFields(
  statement: string,
  lines: LineIndex,
  firstLine: number,
  lastLine: number,
  fromColumn = 1,
): { statement: string; fields: Field[] } {
  const split = splitInlineFields(statement);
  if (split.fields.length === 0) return { statement, fields: [] };
  let line = firstLine;
  let column = fromColumn;
  const fields = split.fields.map(({ key, value }) => {
    const pattern = new RegExp(`${key.split(' ').map(escapeRegExp).join('\\s+')}\\s*:`, 'i');
    for (let l = line; l <= lastLine; l++) {
      const text = lines.lineText(l);
      const found = pattern.exec(text.slice(l === line ? column - 1 : 0));
      if (!found) continue;
      column = (l === line ? column - 1 : 0) + found.index + 1;
      line = l;
      break;
    }
    const name = canonicalField(key)!;
    const span: Span = { start: { line, column }, end: { line, column: lines.lineEnd(line) - lines.lineStart(line) + 1 } };
    const refs = isReferenceField(name) ? locateReferencesFrom(value, lines, line, column, span) : [];
    column += key.length;
    return { key, value, span, refs, name };
  });
  return { statement: split.statement, fields };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The references of `value`, each at its place in line `line` after column `fromColumn` (else the field's span). */
export function locateReferencesFrom(value: string, lines: LineIndex, line: number, fromColumn: number, fieldSpan: Span): Reference[] {
  const lineText = lines.lineText(line);
  let from = fromColumn - 1;
  return parseReferences(value).map((ref) => {
    const at = lineText.indexOf(ref.raw, from);
    if (at !== -1) from = at + ref.raw.length;
    return placeReference(ref, line, at, fieldSpan);
  });
}

/** A reference at index `at` of its line, or (not found there) at its field's span. */
function placeReference(ref: ParsedReference, line: number, at: number, fieldSpan: Span): Reference {
  const [column, endColumn] = at === -1 ? [fieldSpan.start.column, fieldSpan.end.column] : [at + 1, at + 1 + ref.raw.length];
  // Whole literals, as items are: a spread copy with `plan` added took 430 bytes where this literal takes 159.
  if (ref.plan) return { id: ref.id, raw: ref.raw, line, column, endColumn, plan: ref.plan };
  return { id: ref.id, raw: ref.raw, line, column, endColumn };
}

/** A place on one line as a Span. */
export function placeSpan({ line, column, endColumn }: LinePlace): Span {
  return { start: { line, column }, end: { line, column: endColumn } };
}

/** From a column of a line to the end of that line. */
export function linePlace(lines: LineIndex, line: number, column = 1): LinePlace {
  return { line, column, endColumn: Math.max(lines.lineEnd(line) - lines.lineStart(line) + 1, column) };
}

/** From a column of a line to the end of that line, as a Span. */
export function lineSpan(lines: LineIndex, line: number, column = 1): Span {
  return placeSpan(linePlace(lines, line, column));
}
