import type { SectionKey } from '../model/sections.js';
import type { Diagnostic } from '../types.js';

/** One front matter key whose value differs; a key one side lacks has `null` there. */
export interface FrontMatterChange {
  key: string;
  old: string | null;
  new: string | null;
}

/** An item (or, without an ID, a block of a section's text) present on one side only. */
export interface ItemEntry {
  /** The ID as written; `null` for text without one (a paragraph, a free list item). */
  id: string | null;
  section: SectionKey;
  text: string;
}

/**
 * One difference of a matched item. `field` is `id` (a likely rename), `section` (moved), `statement`, `result`
 * (a review's Met/Missed), `nested` (nested lines that are not fields), or a field's canonical name (`target`, `due`).
 */
export interface FieldChange {
  field: string;
  old: string | null;
  new: string | null;
  /** How much a quantity or date moved: "+8.3%", "+5 pts", "+91 days", "+O3 -O1". */
  delta?: string;
}

export interface ItemChange {
  /** The new side's ID. */
  id: string;
  /** The new side's section. */
  section: SectionKey;
  changes: FieldChange[];
}

export interface PlanDiff {
  /** How the old side was named (a path, or `REV:path`); `null` when the plan did not exist. */
  old: string | null;
  new: string | null;
  frontmatter: FrontMatterChange[];
  sections: { added: SectionKey[]; removed: SectionKey[] };
  items: { added: ItemEntry[]; removed: ItemEntry[]; changed: ItemChange[] };
  lint: { introduced: Diagnostic[]; fixed: Diagnostic[] };
}
