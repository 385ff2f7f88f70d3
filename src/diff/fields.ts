import { type DeadlineContext, findDeadline, findDeadlines } from '../time/deadline.js';
import { dateDelta } from './dates.js';
import type { Entry, EntryField } from './entries.js';
import { findAmounts, quantityDelta, sameQuantity, singleQuantity } from './quantity.js';
import type { FieldChange } from './types.js';

/** Fields whose value is a deadline: compared as dates, their delta in days. */
const DATE_FIELDS = new Set(['due']);

export interface CompareOptions {
  /** What each side's deadlines resolve against: its plan's period ("end of quarter") and the fiscal year start. */
  old: DeadlineContext;
  new: DeadlineContext;
}

/** What differs between two matched entries, field by field. */
export function compareEntries(oldEntry: Entry, newEntry: Entry, options: CompareOptions): FieldChange[] {
  const changes: FieldChange[] = [];
  if (oldEntry.result !== newEntry.result) changes.push({ field: 'result', old: oldEntry.result ?? null, new: newEntry.result ?? null });
  if (!sameStatement(oldEntry.statement, newEntry.statement, options)) {
    // A review's reason tells a story ("slipped to April"); only an item's statement states amounts and a deadline.
    const plain = { field: 'statement', old: oldEntry.statement, new: newEntry.statement };
    changes.push(newEntry.section === 'review' ? plain : statementChange(oldEntry.statement, newEntry.statement, options));
  }
  const oldFields = new Map(oldEntry.fields.map((f) => [f.name, f]));
  const newFields = new Map(newEntry.fields.map((f) => [f.name, f]));
  // The new side's fields in its order, then those only the old side has.
  for (const name of new Set([...newFields.keys(), ...oldFields.keys()])) {
    const change = compareField(name, oldFields.get(name), newFields.get(name), options);
    if (change) changes.push(change);
  }
  const oldNotes = oldEntry.notes.join('; ');
  const newNotes = newEntry.notes.join('; ');
  if (oldNotes !== newNotes && !sameSet(oldEntry.notes, newEntry.notes)) changes.push({ field: 'nested', old: oldNotes || null, new: newNotes || null });
  return changes;
}

/**
 * The same statement in other words: the same amounts ("$2.6M", "$2,600,000"), the same deadline ("by 2027-03-31",
 * "by March 31, 2027"), and otherwise the same words up to case, spacing and final punctuation.
 */
function sameStatement(before: string, after: string, options: CompareOptions): boolean {
  if (trimEnd(before) === trimEnd(after)) return true;
  const oldAmounts = findAmounts(before);
  const newAmounts = findAmounts(after);
  if (oldAmounts.length !== newAmounts.length || oldAmounts.some((a, i) => !sameQuantity(a, newAmounts[i]!))) return false;
  const oldDeadlines = findDeadlines(before, options.old);
  const newDeadlines = findDeadlines(after, options.new);
  if (oldDeadlines.length !== newDeadlines.length || oldDeadlines.some((d, i) => d.date !== newDeadlines[i]!.date)) return false;
  const words = (text: string, spans: { index: number; length: number }[]) => {
    let rest = text;
    for (const span of [...spans].sort((a, b) => b.index - a.index)) rest = `${rest.slice(0, span.index)} ${rest.slice(span.index + span.length)}`;
    return rest;
  };
  // "by end of Q1" and "by 2027-03-31" say the same: the words leading to a deadline go with it.
  const deadlineSpan = (text: string, d: { index: number; phrase: string }) => {
    const lead = DEADLINE_LEAD.exec(text.slice(0, d.index))?.[0].length ?? 0;
    return { index: d.index - lead, length: d.phrase.length + lead };
  };
  const spans = (text: string, amounts: readonly { index: number; text: string }[], deadlines: readonly { index: number; phrase: string }[]) =>
    withoutOverlaps([...amounts.map((a) => ({ index: a.index, length: a.text.length })), ...deadlines.map((d) => deadlineSpan(text, d))]);
  return sameWords(words(before, spans(before, oldAmounts, oldDeadlines)), words(after, spans(after, newAmounts, newDeadlines)));
}

const DEADLINE_LEAD = /(?:\b(?:by|before|until|till|due|no\s+later\s+than)\s+)?(?:(?:the\s+)?end\s+of\s+(?:the\s+)?)?$/i;

function withoutOverlaps(spans: { index: number; length: number }[]): { index: number; length: number }[] {
  const kept: { index: number; length: number }[] = [];
  for (const span of [...spans].sort((a, b) => b.length - a.length)) {
    if (!kept.some((k) => span.index < k.index + k.length && k.index < span.index + span.length)) kept.push(span);
  }
  return kept;
}

/** A statement's delta names the amounts and the deadline that moved in it: "$2.4M -> $2.6M (+8.3%); due +91 days". */
function statementChange(before: string, after: string, options: CompareOptions): FieldChange {
  const change: FieldChange = { field: 'statement', old: before, new: after };
  const parts: string[] = [];
  const oldAmounts = findAmounts(before);
  const newAmounts = findAmounts(after);
  if (oldAmounts.length === newAmounts.length) {
    oldAmounts.forEach((from, i) => {
      const to = newAmounts[i]!;
      const delta = sameQuantity(from, to) ? undefined : quantityDelta(from, to);
      if (delta) parts.push(`${from.text} -> ${to.text} (${delta})`);
    });
  }
  const from = findDeadline(before, options.old)?.date;
  const to = findDeadline(after, options.new)?.date;
  if (from && to && from !== to) parts.push(`due ${dateDelta(from, to)}`);
  return parts.length > 0 ? { ...change, delta: parts.join('; ') } : change;
}

function compareField(name: string, oldField: EntryField | undefined, newField: EntryField | undefined, options: CompareOptions): FieldChange | undefined {
  if (!oldField || !newField) {
    return { field: name, old: oldField?.value ?? null, new: newField?.value ?? null };
  }
  if (oldField.value === newField.value) return undefined;
  const change: FieldChange = { field: name, old: oldField.value, new: newField.value };
  if (oldField.refs || newField.refs) return referenceChange(change, oldField.refs ?? [], newField.refs ?? []);
  if (DATE_FIELDS.has(name)) return dateChange(change, options);
  const quantity = quantityChange(change);
  if (quantity !== null) return quantity;
  return sameWords(oldField.value, newField.value) ? undefined : change;
}

/** References compare as sets: order, spacing and case do not matter. */
function referenceChange(change: FieldChange, oldRefs: string[], newRefs: string[]): FieldChange | undefined {
  const added = newRefs.filter((r) => !oldRefs.includes(r));
  const removed = oldRefs.filter((r) => !newRefs.includes(r));
  if (added.length === 0 && removed.length === 0) return undefined;
  return { ...change, delta: [...added.map((r) => `+${r}`), ...removed.map((r) => `-${r}`)].join(' ') };
}

/** The same day written two ways is no change; a moved deadline gets its delta in days. */
function dateChange(change: FieldChange, options: CompareOptions): FieldChange | undefined {
  const from = findDeadline(change.old!, options.old)?.date;
  const to = findDeadline(change.new!, options.new)?.date;
  if (!from || !to) return sameWords(change.old!, change.new!) ? undefined : change;
  if (from === to) return undefined;
  return { ...change, delta: dateDelta(from, to) };
}

/**
 * One amount on each side: the same amount in other words ("$2.6M", "$2,600,000") is no change, else the delta.
 * Null when the values are not single amounts (the caller compares their words).
 */
function quantityChange(change: FieldChange): FieldChange | undefined | null {
  const from = singleQuantity(change.old!);
  const to = singleQuantity(change.new!);
  if (!from || !to) return null;
  const rest = (text: string, q: { index: number; text: string }) => text.slice(0, q.index) + text.slice(q.index + q.text.length);
  if (sameQuantity(from, to)) return sameWords(rest(change.old!, from), rest(change.new!, to)) ? undefined : change;
  const delta = quantityDelta(from, to);
  return delta ? { ...change, delta } : change;
}

/** Case, spacing and trailing punctuation are formatting, not meaning. */
function sameWords(a: string, b: string): boolean {
  const words = (s: string) =>
    s
      .toLowerCase()
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/\s*[.,;:!]+$/, '')
      .replace(/\s+([.,;:!])/g, '$1');
  return words(a) === words(b);
}

const trimEnd = (text: string) => text.replace(/[\s.,;:!]+$/, '');

function sameSet(a: string[], b: string[]): boolean {
  return a.length === b.length && [...a].sort().join('\n') === [...b].sort().join('\n');
}
