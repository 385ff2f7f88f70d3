import type { Root } from 'mdast';
import type { Directive } from '../parse/directives.js';
import type { FrontMatter } from '../parse/frontmatter.js';
import type { LineIndex } from '../parse/lines.js';
import type { Span } from '../types.js';
import type { FieldName } from './fields.js';
import type { PlanKind, PlanStatus } from './frontmatter-schema.js';
import type { SectionKey } from './sections.js';

export interface Reference {
  /** The other plan's id, for `plan-id#ID`; absent for an ID of this plan. */
  plan?: string;
  id: string;
  raw: string;
  span: Span;
}

/** A `Supports:` reference and the item (its index in the plan's `items`) that makes it. */
export interface SupportLink {
  item: number;
  ref: Reference;
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

export interface Item {
  section: SectionKey;
  /** The ID as written, when the item has a valid one. */
  id?: string;
  /** Leading token that was meant as an ID but is not a valid one (e.g. `**Goal A**`). */
  invalidId?: string;
  /** The statement after the ID. */
  statement: string;
  /** The item's first line(s): ID and statement, as plain text. */
  text: string;
  /** The item's first line. */
  span: Span;
  /** The whole list item, nested fields included. */
  fullSpan: Span;
  fields: Field[];
  /** The statement is a template placeholder (TODO, TBD...). */
  placeholder: boolean;
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

export interface PlanModel {
  file: string;
  /** Front matter `id`, else the file name without `.md`. */
  id: string;
  source: string;
  lines: LineIndex;
  frontMatter: FrontMatter;
  /** Valid front matter values only; an invalid one is absent here and reported by the frontmatter rule. */
  kind?: PlanKind;
  period?: string;
  owner?: string;
  parent?: string;
  status?: PlanStatus;
  title?: string;
  sections: Section[];
  /** Items of every item section except Review, in document order. */
  items: Item[];
  /** Review items: the ID is the goal's. */
  reviewItems: Item[];
  /**
   * The `Supports:` references of `items`, in document order. A plan from the cache keeps them with its head, so
   * that who supports whom is known without reading its items again.
   */
  supports: SupportLink[];
  /** Inline `<!-- plan-lint-... -->` directives, in document order. */
  directives: Directive[];
  /** The whole file's mdast; parsed on first use (lint runs do not need it). */
  tree: Root;
}
