import { isPlaceholder } from './placeholders.js';
import type { Field, Item } from './types.js';

/** An OKR goal's key results that say something (contract 3a: its measures, with their numbers and dates). */
export function keyResultsOf(item: Item): Field[] {
  return item.fields.filter((field) => field.name === 'keyResult' && !isPlaceholder(field.value));
}
