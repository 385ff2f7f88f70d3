/** What a review item says became of its goal. */
export type ReviewOutcome = 'met' | 'missed' | 'partially met';

// The marks people type or paste from a status report, each with the variation selector (U+FE0F) optional.
const MARKS: ReadonlyArray<[RegExp, ReviewOutcome]> = [
  [/^(?:\u2705|\u2714|\u2611|\u{1F7E2})\uFE0F?/u, 'met'], // ✅ ✔ ☑ 🟢
  [/^(?:\u274C|\u274E|\u2716|\u2717|\u2718|\u{1F534})\uFE0F?/u, 'missed'], // ❌ ❎ ✖ ✗ ✘ 🔴
  [/^(?:\u26A0|\u{1F7E1}|\u{1F7E0}|\u25D1|\u25D0)\uFE0F?/u, 'partially met'], // ⚠ 🟡 🟠 ◑ ◐
];

// Longest phrases first: "not met" before "met", "partially met" before "partially".
const WORDS: ReadonlyArray<[RegExp, ReviewOutcome]> = [
  [/^(?:partially|partly)[\s-]+(?:met|achieved|reached|hit|done)\b/i, 'partially met'],
  [/^(?:not|never)\s+(?:met|achieved|reached|hit|done)\b/i, 'missed'],
  [/^(?:partially|partly|partial)\b/i, 'partially met'],
  [/^(?:met|exceeded|achieved|reached|hit|done|succeeded|won)\b/i, 'met'],
  [/^(?:missed|failed|unmet|lost|fell\s+short)\b/i, 'missed'],
];

/**
 * The result a review text opens with: a mark (✅ ❌ ⚠️ and their kin), a word (Met, Missed, Partially met,
 * Achieved, Not met...), or a mark then a word ("✅ Met"; the word wins when they differ). Leading emphasis
 * (`**Met**`) is skipped. `matched`: the opening text that gave it.
 */
export function parseReviewResult(text: string): { outcome: ReviewOutcome; matched: string } | undefined {
  const start = text.match(/^[\s*_]*/)![0].length;
  let rest = text.slice(start);
  let found: { outcome: ReviewOutcome; matched: string } | undefined;
  for (const [mark, outcome] of MARKS) {
    const hit = mark.exec(rest);
    if (hit) {
      found = { outcome, matched: hit[0] };
      rest = rest.slice(hit[0].length);
      break;
    }
  }
  const gap = rest.match(/^[\s*_:]*/)![0];
  const afterGap = rest.slice(gap.length);
  for (const [word, outcome] of WORDS) {
    const hit = word.exec(afterGap);
    if (hit) return { outcome, matched: `${found ? `${found.matched}${gap}` : ''}${hit[0]}` };
  }
  return found;
}
