import type { Root } from 'mdast';
import type { Directive } from '../parse/directives.js';
import type { PlanActuals } from './actuals.js';
import type { FrontMatter } from '../parse/frontmatter.js';
import type { LineIndex } from '../parse/lines.js';
import type { LinePlace, Span } from '../types.js';
import type { FieldName } from './fields.js';
import type { PlanKind, PlanStatus } from './frontmatter-schema.js';
import type { SectionKey } from './sections.js';

/** A link to an item, at the place it is written. */
export interface Reference extends LinePlace {
  /** The other plan's id, for `plan-id#ID`; absent for an ID of this plan. */
  plan?: string;
  id: string;
  raw: string;
}

export interface Field {
  /** The key as written. */
  key: string;
  /** Canonical name, when the key is one the tool knows. */
  name?: FieldName;
  value: string;
  span: Span;
  refs: Reference[];
}

/** A list item, table row or H3 of an item section; its place (line, column, endColumn) is its first line. */
export interface Item extends LinePlace {
  section: SectionKey;
  /** The ID as written, when the item has a valid one. */
  id?: string;
  /** Leading token that was meant as an ID but is not a valid one (e.g. `**Goal A**`). */
  invalidId?: string;
  /** The statement after the ID. */
  statement: string;
  /** The item's first line(s): ID and statement, as plain text. */
  text: string;
  /** The whole list item, nested fields included. */
  fullSpan: Span;
  fields: Field[];
  /** The statement is a template placeholder (TODO, TBD...). */
  placeholder: boolean;
  /** How it is written, when not as a list item (contract 3a): a table row, or an H3 (OKR layout). */
  layout?: 'table' | 'heading';
}

export interface Section {
  /** Canonical key; absent for headings the tool does not know. */
  key?: SectionKey;
  heading: string;
  /** The heading line. */
  span: Span;
  /** From the heading to just before the next H1/H2 (or the end of the file). */
  fullSpan: Span;
  /** Nothing in it but whitespace and comments. */
  empty: boolean;
  /** Content present, but all of it template placeholders. */
  placeholderOnly: boolean;
  items: Item[];
  /** An item section's content that could not be read as items (contract 3a), said in words for empty-section. */
  unread?: string;
}

/**
 * What the repo rules (and --cache, between runs) know of an item. Of its fields, a summary keeps the reference
 * fields, `Target` and `Status` only (see summarize): a repo rule reads no other field.
 */
export type SummaryItem = Pick<Item, 'section' | 'id' | 'statement' | 'line' | 'column' | 'endColumn' | 'placeholder'> & { fields: SummaryField[] };

/** What a summary keeps of a field: not its span, at which no repo rule reports (its references have their own). */
export type SummaryField = Omit<Field, 'span'>;

/** Where the front matter is, for findings about a plan's head. */
export interface HeadPlaces {
  /** Line 1: where a finding about a key the plan lacks goes. */
  first: LinePlace;
  /** The line of each top-level front matter key the plan has (parsed), by key. */
  keys: Record<string, LinePlace>;
}

/**
 * What a repo rule reads of a plan: who it is, how it links, its items with their fields and references. Plain data:
 * `--cache` keeps it per file, so repo rules run over every plan's summary without reading unchanged files again.
 */
export interface PlanSummary {
  file: string;
  /** Front matter `id`, else the file name without `.md`. */
  id: string;
  /** Valid front matter values only; an invalid one is absent here and reported by the frontmatter rule. */
  kind?: PlanKind;
  period?: string;
  owner?: string;
  parent?: string;
  status?: PlanStatus;
  title?: string;
  headPlaces: HeadPlaces;
  /** Items of every item section except Review, in document order. */
  items: SummaryItem[];
  /** Review items: the ID is the goal's. */
  reviewItems: SummaryItem[];
  /** Inline `<!-- plan-lint-... -->` directives, in document order. */
  directives: Directive[];
  /** Goals' readings and check-ins, read with the plan with the run's fiscal year start (a model reads them on first use). */
  actuals: PlanActuals;
}

export interface PlanModel extends PlanSummary {
  source: string;
  lines: LineIndex;
  frontMatter: FrontMatter;
  sections: Section[];
  items: Item[];
  reviewItems: Item[];
  /** The whole file's mdast; parsed on first use (lint runs do not need it). */
  tree: Root;
}
