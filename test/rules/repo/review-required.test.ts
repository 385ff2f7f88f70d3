import { buildPlanText } from '../../helpers/clean-plan.js';
import { ruleTester } from '../../helpers/rule-tester.js';

const ended = { period: 'FY2026-Q3' };
/** What --fix makes of an ended plan without a Review: a skeleton at the end, one TODO item per goal. */
const skeleton =
  '\n## Review\n\n- **G1** TODO: Met, Missed or Partially met — and why.\n  - Lesson: TODO\n- **G2** TODO: Met, Missed or Partially met — and why.\n  - Lesson: TODO\n';
const oneGoal = '## Goals\n\n- **G1** Grow ARR from $2.0M to $2.6M by 2027-12-31.\n  - Opportunities: O1, O2\n  - Owner: Dana Reyes';
const bothReviewed =
  '## Review\n\n- **G1** Missed — the CIO sponsor left in March.\n  - Lesson: multi-thread every deal.\n- **G2** Partially met — two of three sponsors won.';

ruleTester('review-required', {
  valid: [
    { name: 'a running plan needs no review', frontMatter: { period: 'FY2027' } },
    { name: 'an ended plan with a result for every goal', frontMatter: ended, sections: { review: bothReviewed } },
    { name: 'the period ends today', frontMatter: { period: 'FY2026-Q4' }, today: '2026-12-31' },
    {
      name: 'results given as marks: ✅ and ❌, with or without a word',
      frontMatter: ended,
      sections: { review: '## Review\n\n- **G1** ✅ Met — $2.6M booked.\n- **G2** ❌ the sponsor left in March.' },
    },
    {
      name: 'results given as ⚠️ (with its variation selector) and ⚠ (without)',
      frontMatter: ended,
      sections: { review: '## Review\n\n- **G1** ⚠️ Partially met — $2.3M booked.\n- **G2** ⚠ one of three sponsors.' },
    },
    {
      name: 'results in common words and emphasis',
      frontMatter: ended,
      sections: { review: '## Review\n\n- **G1** **Achieved**: $2.6M booked.\n- **G2** Not met — no sponsor yet.' },
    },
    {
      name: 'a result in a Result field',
      frontMatter: ended,
      sections: { review: '## Review\n\n- **G1** Revenue came in late.\n  - Result: missed\n- **G2** Met — done.' },
    },
  ],
  invalid: [
    {
      name: 'an ended plan without a Review, at the period key; the fix adds a skeleton',
      frontMatter: ended,
      errors: [
        {
          at: 6,
          message:
            'Period FY2026-Q3 ended on 2026-09-30, but there is no "## Review" section: add one with a result (Met, Missed or Partially met) and why for each goal: G1, G2',
        },
      ],
      output: buildPlanText({ frontMatter: ended }).text + skeleton,
    },
    {
      name: 'a closed plan without a Review, at the status key; the skeleton lists its one goal',
      frontMatter: { status: 'closed' },
      sections: { goals: oneGoal },
      errors: [
        {
          at: 7,
          message: 'The plan is closed, but there is no "## Review" section: add one with a result (Met, Missed or Partially met) and why for each goal: G1',
        },
      ],
      output: `${buildPlanText({ frontMatter: { status: 'closed' }, sections: { goals: oneGoal } }).text}\n## Review\n\n- **G1** TODO: Met, Missed or Partially met — and why.\n  - Lesson: TODO\n`,
    },
    {
      name: 'a goal without a result, at the goal',
      frontMatter: ended,
      sections: { review: '## Review\n\n- **G1** Met — $2.6M booked.' },
      errors: [{ at: 'goals:7', message: 'Goal G2 has no result in the Review: add "- **G2** Met — why" (or Missed, Partially met)' }],
    },
    {
      name: 'a review item without a result word',
      frontMatter: ended,
      sections: { review: '## Review\n\n- **G1** Met — $2.6M booked.\n- **G2** We talked to many people.' },
      errors: [{ at: 'review:4', message: 'The review of G2 gives no result: start it with Met, Missed or Partially met, then why' }],
    },
    {
      name: 'a word that only starts like a result ("Metrics", "Meeting") is not one',
      frontMatter: ended,
      sections: { review: '## Review\n\n- **G1** Metrics came in late.\n- **G2** Meetings ran long.' },
      errors: [
        { at: 'review:3', message: 'The review of G1 gives no result: start it with Met, Missed or Partially met, then why' },
        { at: 'review:4', message: 'The review of G2 gives no result: start it with Met, Missed or Partially met, then why' },
      ],
    },
  ],
});
