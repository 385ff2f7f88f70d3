import { parseReviewResult, type ReviewOutcome } from './review-result.js';
import type { SummaryItem } from './types.js';

/** The result a review item opens with (or gives in a `Result:` field): met, missed or partially met (see parseReviewResult). */
export function reviewResult(review: Pick<SummaryItem, 'fields' | 'statement'>): ReviewOutcome | undefined {
  const field = review.fields.find((f) => /^(?:result|outcome|status)$/i.test(f.key));
  return (parseReviewResult(review.statement) ?? (field ? parseReviewResult(field.value) : undefined))?.outcome;
}
