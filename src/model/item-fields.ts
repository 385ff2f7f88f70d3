import type { FieldName } from './fields.js';
import { isPlaceholder } from './placeholders.js';
import type { Field, Item } from './types.js';

/** A field with a real value (not empty, not TODO). */
export function filledField(item: Pick<Item, 'fields'>, name: FieldName): Field | undefined {
  return item.fields.find((f) => f.name === name && f.value.trim() !== '' && !isPlaceholder(f.value));
}

/** An OKR goal's key results that say something (contract 3a: its measures, with their numbers and dates). */
export function keyResultsOf(item: Pick<Item, 'fields'>): Field[] {
  return item.fields.filter((field) => field.name === 'keyResult' && !isPlaceholder(field.value));
}
