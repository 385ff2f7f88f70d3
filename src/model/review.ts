import type { Item } from './types.js';

/** The result a review item opens with (or gives in a `Result:` field): Met, Missed or Partially met. */
const RESULT = /^(?:met|missed|not met|partially met|partly met|partially|exceeded|achieved)\b/i;

/** The result a review item gives (Met, Missed, Partially met...), as written; undefined when it gives none. */
export function reviewResult(review: Pick<Item, 'fields' | 'statement'>): string | undefined {
  const field = review.fields.find((f) => /^(?:result|outcome|status)$/i.test(f.key));
  const text = RESULT.exec(review.statement.replace(/^[*_\s]+/, '')) ?? (field ? RESULT.exec(field.value) : null);
  return text?.[0];
}

