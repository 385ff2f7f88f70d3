import type { ListItem, Nodes as Node, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { FIELD_ALIASES, FIELD_LINE, isReferenceField } from '../model/fields.js';
import { idKey } from '../model/ids.js';
import { parseReviewResult } from '../model/review-result.js';
import type { SectionKey } from '../model/sections.js';
import type { Item, PlanModel, Reference } from '../model/types.js';
import type { ItemEntry } from './types.js';
import { pipeCells } from '../parse/pipe-table.js';

/** One field of an item as the diff compares it: aliases folded into one canonical name, repeats joined. */
export interface EntryField {
  /** Canonical name, or the key as written (lower-cased) when the tool does not know it. */
  name: string;
  value: string;
  /** For reference fields: the references, normalised, sorted (order and spelling do not matter). */
  refs?: string[];
}

/** What the diff compares: an item with an ID, or a block of text it can only match by its words. */
export interface Entry extends ItemEntry {
  /** Matching key: `id:G1` for an item with an ID, `text:...` for anything else. */
  key: string;
  /** The whole statement, wrapped lines joined, whitespace collapsed (for review items: without the result). */
  statement: string;
  /** Review items: Met, Missed or Partially met, from the word or mark the item opens with. */
  result?: string;
  fields: EntryField[];
  /** Nested lines that are not `Key: value` fields. */
  notes: string[];
}

const FIELD_ORDER = Object.keys(FIELD_ALIASES);

export const normalizeSpace = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Every comparable entry of a plan, in document order, for the sections the tool knows. */
export function readEntries(plan: PlanModel): Entry[] {
  const listItems = listItemsByLine(plan.tree);
  const itemsByLine = new Map(plan.sections.flatMap((s) => s.items).map((item) => [item.line, item]));
  // A field written as a list item of its own belongs to the item above it (the model reads it so): it is no entry.
  const fieldLines = new Set(plan.sections.flatMap((s) => s.items.flatMap((item) => item.fields.map((field) => field.span.start.line))));
  const entries: Entry[] = [];
  for (const section of plan.sections) {
    if (!section.key) continue;
    const key = section.key;
    // An item read from an H3 (OKR layout) covers the blocks under it: its fields and key results.
    let insideItem = 0;
    for (const node of sectionContent(plan.tree, section.span.start.line, section.fullSpan.end.line)) {
      const line = node.position!.start.line;
      if (line <= insideItem) continue;
      const headingItem = node.type === 'heading' ? itemsByLine.get(line) : undefined;
      if (headingItem) {
        entries.push(itemEntry(plan, headingItem, undefined));
        insideItem = headingItem.fullSpan.end.line;
      } else if (node.type === 'table') {
        // A table of items (contract 3a): each row that became an item compares as that item, and its header row is
        // no entry; a table in a section without items compares row by row, header included.
        for (const [index, row] of node.children.entries()) {
          const item = index > 0 ? itemsByLine.get(row.position!.start.line) : undefined;
          if (item) entries.push(itemEntry(plan, item, undefined));
          else if (index > 0 || section.items.length === 0)
            entries.push(blockEntry(key, row.children.map((cell) => normalizeSpace(toString(cell))).join(' | ')));
        }
      } else if (node.type === 'list') {
        for (const listItem of node.children) {
          const item = itemsByLine.get(listItem.position!.start.line);
          if (item) entries.push(itemEntry(plan, item, listItems.get(item.line)));
          else if (!fieldLines.has(listItem.position!.start.line)) entries.push(blockEntry(key, plainText(listItem)));
        }
      } else if (node.type === 'paragraph') {
        const text = toString(node, { includeHtml: false });
        for (const part of pipeTableRows(text) ?? sentences(text)) entries.push(blockEntry(key, part));
      } else if (node.type !== 'html' && node.type !== 'definition' && node.type !== 'thematicBreak') {
        entries.push(blockEntry(key, plainText(node)));
      }
    }
  }
  return entries.filter((entry) => entry.text !== '');
}

/**
 * The entries of one section's items from the model alone, without the Markdown tree (a field's value is its first
 * line, nested notes are not read): for comparing many plans' goals cheaply.
 */
export function itemEntries(plan: PlanModel, section: SectionKey): Entry[] {
  return plan.sections.filter((s) => s.key === section).flatMap((s) => s.items.map((item) => itemEntry(plan, item, undefined)));
}

/** A node's text with its blocks (paragraphs, nested list items) separated by a space, not run together. */
function plainText(node: Node): string {
  if ('children' in node && Array.isArray(node.children) && node.type !== 'paragraph' && node.type !== 'heading' && node.type !== 'tableCell') {
    return normalizeSpace((node.children as Node[]).map(plainText).join(' '));
  }
  return node.type === 'html' ? '' : normalizeSpace(toString(node, { includeHtml: false }));
}

/**
 * The parser reads no GFM, so a pipe table arrives as one paragraph: its rows (without the `|---|` line) compare one
 * by one, cells trimmed. Undefined when the paragraph is not a table.
 */
function pipeTableRows(text: string): string[] | undefined {
  const lines = text.split('\n').filter((line) => line.trim() !== '');
  if (lines.length < 2 || !lines.every((line) => /^\s*\|/.test(line))) return undefined;
  return lines.filter((line) => !/^[\s|:-]+$/.test(line)).map((line) => pipeCells(line).map(normalizeSpace).join(' | '));
}

/** Prose compares sentence by sentence: a sentence added to a paragraph is that sentence, not the paragraph. */
function sentences(text: string): string[] {
  return normalizeSpace(text).split(/(?<=[.!?])\s+(?=["“(]?[A-Z0-9])/);
}

function sectionContent(tree: Root, headingLine: number, endLine: number): RootContent[] {
  return tree.children.filter((node) => {
    const line = node.position!.start.line;
    return line > headingLine && line <= endLine;
  });
}

function listItemsByLine(tree: Root): Map<number, ListItem> {
  const byLine = new Map<number, ListItem>();
  for (const node of tree.children) {
    if (node.type === 'list') for (const listItem of node.children) byLine.set(listItem.position!.start.line, listItem);
  }
  return byLine;
}

function blockEntry(section: SectionKey, raw: string): Entry {
  const text = normalizeSpace(raw);
  return { key: `text:${section}:${text}`, id: null, section, text, statement: text, fields: [], notes: [] };
}

function itemEntry(plan: PlanModel, item: Item, listItem: ListItem | undefined): Entry {
  // The model's statement already joins lines wrapped over the paragraph, without field lines.
  let statement = normalizeSpace(item.statement);
  let result: string | undefined;
  if (item.section === 'review') {
    // Read as review-required reads it: "✅", "Met" and "✅ Met" are one result; "Exceeded" is Met.
    const read = parseReviewResult(statement);
    if (read) {
      result = read.outcome.replace(/^./, (c) => c.toUpperCase());
      const opening = statement.match(/^[\s*_]*/)![0].length + read.matched.length;
      statement = statement.slice(opening).replace(/^[*_]*[\s:.,;—–-]*/, '');
    }
  }
  const fields = readFields(plan, item, listItem);
  const notes = listItem ? readNotes(listItem) : [];
  const id = item.id ?? item.invalidId ?? null;
  const text = normalizeSpace(`${id ?? ''} ${item.statement}`);
  const key = id === null ? `text:${item.section}:${text}|${fields.map((f) => `${f.name}=${f.value}`).join('|')}|${notes.join('|')}` : `id:${idKey(id)}`;
  const entry: Entry = { key, id, section: item.section, text, statement, fields, notes };
  if (result !== undefined) entry.result = result;
  return entry;
}

/** A field's whole value: the model keeps its first line; wrapped lines and nested bullets under it count too. */
function fieldValues(listItem: ListItem | undefined): Map<number, string> {
  const values = new Map<number, string>();
  for (const child of listItem?.children.slice(1) ?? []) {
    if (child.type !== 'list') continue;
    for (const nested of child.children) {
      const m = FIELD_LINE.exec(plainText(nested));
      if (m) values.set(nested.position!.start.line, normalizeSpace(m[2]!));
    }
  }
  return values;
}

/** Names the diff uses for what is not a field; a writer's own key of that name is told apart. */
const DIFF_NAMES = new Set(['id', 'section', 'statement', 'result', 'nested']);

function ownFieldName(key: string): string {
  const name = normalizeSpace(key).toLowerCase();
  return DIFF_NAMES.has(name) ? `${name} (field)` : name;
}

function readFields(plan: PlanModel, item: Item, listItem: ListItem | undefined): EntryField[] {
  const byName = new Map<string, EntryField>();
  const wholeValues = fieldValues(listItem);
  for (const field of item.fields) {
    const name = field.name ?? ownFieldName(field.key);
    const value = wholeValues.get(field.span.start.line) ?? normalizeSpace(field.value);
    // As the links resolve: an unqualified Supports: ID is the parent's, and the plan's own id names the plan itself.
    const owner = (r: Reference) => (r.plan === plan.id ? undefined : (r.plan ?? (field.name === 'supports' ? plan.parent : undefined)));
    const refs =
      isReferenceField(field.name) && field.refs.length > 0 ? field.refs.map((r) => (owner(r) ? `${owner(r)}#${idKey(r.id)}` : idKey(r.id))) : undefined;
    const existing = byName.get(name);
    if (existing) {
      existing.value = `${existing.value}; ${value}`;
      if (refs) existing.refs = [...(existing.refs ?? []), ...refs];
    } else {
      byName.set(name, refs ? { name, value, refs } : { name, value });
    }
  }
  for (const field of byName.values()) if (field.refs) field.refs = [...new Set(field.refs)].sort();
  return [...byName.values()].sort((a, b) => fieldRank(a.name) - fieldRank(b.name));
}

function fieldRank(name: string): number {
  const rank = FIELD_ORDER.indexOf(name);
  return rank === -1 ? FIELD_ORDER.length : rank;
}

/** Nested list lines that are not `Key: value`, and any further paragraphs of the item. */
function readNotes(listItem: ListItem): string[] {
  const notes: string[] = [];
  for (const child of listItem.children.slice(1)) {
    if (child.type === 'list') {
      for (const nested of child.children) {
        const text = plainText(nested);
        if (text && !FIELD_LINE.test(toString(nested.children[0] ?? nested).split('\n')[0]!)) notes.push(text);
      }
    } else if (child.type !== 'html') {
      const text = plainText(child);
      if (text) notes.push(text);
    }
  }
  return notes;
}
