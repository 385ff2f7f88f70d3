import { sectionOrder } from '../model/sections.js';
import type { Entry } from './entries.js';
import { type CompareOptions, compareEntries } from './fields.js';
import type { FieldChange, ItemChange, ItemEntry, PlanDiff } from './types.js';

interface Pair {
  old: Entry;
  new: Entry;
}

/**
 * Matches entries by ID (review items among review items; every other item across sections, so a moved item is
 * found), then unmatched IDs with the same statement in the same section as renames, then text blocks by their words.
 * Position never matters: reordering is no change.
 */
export function diffEntries(oldEntries: Entry[], newEntries: Entry[], options: CompareOptions): PlanDiff['items'] {
  const pairs: Pair[] = [];
  const unmatchedOld = new Set(oldEntries);
  const added: Entry[] = [];
  for (const entry of newEntries) {
    const match = oldEntries.find((old) => unmatchedOld.has(old) && old.key === entry.key && (old.section === 'review') === (entry.section === 'review'));
    if (match) {
      unmatchedOld.delete(match);
      pairs.push({ old: match, new: entry });
    } else {
      added.push(entry);
    }
  }
  const renames = findRenames([...unmatchedOld], added);
  for (const pair of renames) {
    unmatchedOld.delete(pair.old);
    added.splice(added.indexOf(pair.new), 1);
  }
  const changed = new Map<Entry, ItemChange>();
  for (const pair of [...pairs, ...renames]) {
    const changes: FieldChange[] = [];
    if (pair.old.id !== pair.new.id && pair.old.id !== null && pair.new.id !== null && pair.old.key !== pair.new.key) {
      changes.push({ field: 'id', old: pair.old.id, new: pair.new.id });
    }
    if (pair.old.section !== pair.new.section) changes.push({ field: 'section', old: pair.old.section, new: pair.new.section });
    changes.push(...compareEntries(pair.old, pair.new, options));
    if (changes.length > 0) changed.set(pair.new, { id: pair.new.id ?? pair.new.text, section: pair.new.section, changes });
  }
  return {
    added: bySection(added, newEntries).map(toItemEntry),
    removed: bySection([...unmatchedOld], oldEntries).map(toItemEntry),
    changed: bySection([...changed.keys()], newEntries).map((entry) => changed.get(entry)!),
  };
}

/** An ID that changed while the statement stayed word for word the same is a likely rename. */
function findRenames(removed: Entry[], added: Entry[]): Pair[] {
  const renames: Pair[] = [];
  const taken = new Set<Entry>();
  for (const entry of added) {
    if (entry.id === null || entry.statement === '') continue;
    const old = removed.find((r) => !taken.has(r) && r.id !== null && r.section === entry.section && r.statement === entry.statement);
    if (old) {
      taken.add(old);
      renames.push({ old, new: entry });
    }
  }
  return renames;
}

function bySection(entries: Entry[], documentOrder: Entry[]): Entry[] {
  return [...entries].sort((a, b) => sectionOrder(a.section) - sectionOrder(b.section) || documentOrder.indexOf(a) - documentOrder.indexOf(b));
}

function toItemEntry(entry: Entry): ItemEntry {
  return { id: entry.id, section: entry.section, text: entry.text };
}
