import type { Table, TableCell } from 'mdast';
import type { LineIndex } from '../parse/lines.js';
import { plainText as toString } from '../parse/plain-text.js';
import type { Span } from '../types.js';
import { canonicalField, isReferenceField } from './fields.js';
import { isValidId } from './ids.js';
import { linePlace, locateReferencesFrom, placeSpan, readId, readInlineFields } from './items.js';
import { isPlaceholder } from './placeholders.js';
import type { SectionKey } from './sections.js';
import type { Field, Item } from './types.js';

/** Headers of the ID column (contract 3a): else the first column, when its cells read as IDs. */
const ID_HEADERS = new Set(['id', '#', 'ref', 'no', 'no.', 'nr', 'key', 'number']);
/** Headers that name the statement column in any item section. */
const STATEMENT_HEADERS = new Set(['statement', 'description', 'item', 'name', 'title', 'what', 'summary', 'details']);
/** Headers that name the statement column in one section: its own noun ("Risk" in Risks; in Contingencies it is a field). */
const SECTION_HEADERS: Record<SectionKey, readonly string[]> = {
  analysis: [],
  organization: [],
  opportunities: ['opportunity', 'opportunities'],
  goals: ['goal', 'goals', 'okr', 'okrs'],
  objectives: ['objective', 'objectives'],
  approach: ['approach', 'action', 'actions', 'tactic', 'tactics', 'initiative', 'initiatives', 'strategy', 'step', 'activity'],
  risks: ['risk', 'risks'],
  contingencies: ['contingency', 'contingencies', 'contingency plan', 'mitigation', 'response', 'plan'],
  resources: [],
  accountability: [],
  checkins: [],
  review: ['result', 'outcome', 'review'],
};
/** A cell that says "nothing here". */
const EMPTY_CELL = /^[\s\-–—]*$/;

export interface TableReading {
  items: Item[];
  /** Why the table could not be read as items (then `items` is empty). */
  problem?: string;
}

function headerKey(text: string): string {
  return text.replace(/[*_`]/g, '').replace(/\s+/g, ' ').trim().toLowerCase();
}

/** A GFM table in an item section: one item a row, the ID and statement from their columns, every other column a field. */
export function readTableItems(table: Table, section: SectionKey, lines: LineIndex): TableReading {
  const [header, ...rows] = table.children;
  if (!header) return { items: [] };
  const headers = header.children.map((cell) => toString(cell).trim());
  const keys = headers.map(headerKey);
  const idColumn = findIdColumn(keys, rows, section);
  const own = SECTION_HEADERS[section];
  let statementColumn = keys.findIndex((k, i) => i !== idColumn && (own.includes(k) || STATEMENT_HEADERS.has(k)));
  if (statementColumn === -1) statementColumn = keys.findIndex((k, i) => i !== idColumn && k !== '' && canonicalField(k) === undefined);
  if (statementColumn === -1) {
    return {
      items: [],
      problem: `a table whose columns (${headers.join(', ')}) have no statement column: head it Statement or ${capitalised(own[0] ?? 'Description')}`,
    };
  }
  const items: Item[] = [];
  for (const row of rows) {
    const cells = row.children;
    if (cells.every((cell) => EMPTY_CELL.test(toString(cell)))) continue;
    items.push(readRow(row.position!.start, cells, headers, idColumn, statementColumn, section, lines));
  }
  return { items };
}

function findIdColumn(keys: string[], rows: Table['children'], section: SectionKey): number {
  const named = keys.findIndex((k) => ID_HEADERS.has(k) || (section === 'review' && (k === 'goal' || k === 'goal id')));
  if (named !== -1) return named;
  if (SECTION_HEADERS[section].includes(keys[0]!) || STATEMENT_HEADERS.has(keys[0]!) || canonicalField(keys[0]!) !== undefined) return -1;
  // An unnamed first column is the ID column when every cell in it is one short token (valid or not).
  const tokens = rows.map((row) => (row.children[0] ? toString(row.children[0]).trim() : ''));
  return tokens.some((t) => t !== '') &&
    tokens.every((t) => t === '' || (/^\S{1,16}$/.test(t.replace(/[*_`[\]]/g, '')) && (isValidId(t.replace(/[*_`[\]]/g, '')) || /\d/.test(t))))
    ? 0
    : -1;
}

function readRow(
  start: { line: number; column: number },
  cells: TableCell[],
  headers: string[],
  idColumn: number,
  statementColumn: number,
  section: SectionKey,
  lines: LineIndex,
): Item {
  const line = start.line;
  const { column, endColumn } = linePlace(lines, line, start.column);
  const fullSpan = placeSpan({ line, column, endColumn });
  const statementCell = cells[statementColumn];
  const reading = statementCell ? readId(statementCell) : { statement: '' };
  let id = reading.id;
  let invalid = reading.invalid;
  const idCell = idColumn === -1 ? undefined : cells[idColumn];
  if (idCell) {
    const token = toString(idCell)
      .trim()
      .replace(/^[[*_`]+|[\]*_`:.]+$/g, '');
    if (token !== '') {
      id = isValidId(token) ? token : undefined;
      invalid = isValidId(token) ? undefined : token;
    }
  }
  const statementColumnStart = statementCell?.position?.start.column ?? 1;
  const inline = readInlineFields(reading.statement.replace(/\s+/g, ' ').trim(), lines, line, line, statementColumnStart);
  const fields: Field[] = [...inline.fields];
  cells.forEach((cell, index) => {
    if (index === idColumn || index === statementColumn || !headers[index]) return;
    const value = toString(cell).trim();
    if (EMPTY_CELL.test(value)) return;
    const key = headers[index]!.replace(/[*_`]/g, '').trim();
    const name = canonicalField(key);
    const cellStart = cell.position!.start.column;
    const cellSpan: Span = { start: { line, column: cellStart }, end: { line, column: cell.position!.end.column } };
    const refs = isReferenceField(name) ? locateReferencesFrom(value, lines, line, cellStart, cellSpan) : [];
    fields.push(name ? { key, value, span: cellSpan, refs, name } : { key, value, span: cellSpan, refs });
  });
  const text = cells.map((cell) => toString(cell).trim()).join(' | ');
  // As for a list item, only the ID and statement say whether the row is a template placeholder (not a `TBD` target).
  const placeholder = isPlaceholder(`${idCell ? toString(idCell) : ''} ${statementCell ? toString(statementCell) : ''}`);
  const statement = inline.statement;
  if (id) return { section, statement, text, line, column, endColumn, fullSpan, fields, placeholder, id, layout: 'table' };
  if (invalid) return { section, statement, text, line, column, endColumn, fullSpan, fields, placeholder, invalidId: invalid, layout: 'table' };
  return { section, statement, text, line, column, endColumn, fullSpan, fields, placeholder, layout: 'table' };
}

function capitalised(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
