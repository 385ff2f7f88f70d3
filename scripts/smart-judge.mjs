// How the evaluation judges one goal statement: with the SMART analysers directly.
import { assessSpecificity } from '../dist/smart/specificity.js';
import { findQuantity } from '../dist/smart/quantity.js';
import { findDeadline } from '../dist/time/deadline.js';
import { parsePeriod, periodContainsDate } from '../dist/time/period.js';

export async function judgeGoal(text, set) {
  const period = parsePeriod(set.period, set.fiscalYearStart);
  const deadline = findDeadline(text, { period, fiscalYearStartMonth: set.fiscalYearStart });
  const specificity = assessSpecificity(text);
  return {
    specific: specificity.specific,
    measurable: findQuantity(text) !== undefined,
    timeBound: deadline !== undefined && periodContainsDate(period, deadline.date),
    deadline: deadline?.date,
    why: specificity.reason,
  };
}
