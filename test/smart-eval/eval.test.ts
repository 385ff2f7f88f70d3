import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain JS script without type declarations
import { evaluate } from '../../scripts/eval-smart.mjs';

const set = JSON.parse(readFileSync(new URL('./goals.json', import.meta.url), 'utf8'));

describe('SMART evaluation set (npm run eval:smart)', () => {
  it('has at least 150 labelled goal statements', () => {
    expect(set.goals.length).toBeGreaterThanOrEqual(150);
  });

  it('meets the bars: measurable and time-bound >= 0.95 accuracy, specific >= 0.85', async () => {
    const { scores } = await evaluate(set);
    expect(scores.measurable.accuracy).toBeGreaterThanOrEqual(0.95);
    expect(scores.timeBound.accuracy).toBeGreaterThanOrEqual(0.95);
    expect(scores.specific.accuracy).toBeGreaterThanOrEqual(0.85);
    expect(scores.deadlineDate.accuracy).toBeGreaterThanOrEqual(0.95);
  });
});

// The held-out sets (issue #17) were written from the contract before the tool ran on them; held-out-2 was never seen
// item by item while the rules were written. Their bars hold what was measured, so a change that loses them shows.
describe.each(['held-out.json', 'held-out-2.json'])('SMART held-out set %s', (name) => {
  const heldOut = JSON.parse(readFileSync(new URL(`./${name}`, import.meta.url), 'utf8'));

  it('has at least 150 labelled goal statements', () => {
    expect(heldOut.goals.length).toBeGreaterThanOrEqual(150);
  });

  it('meets the bars: each criterion >= 0.95 accuracy, deadline dates >= 0.95, at most 3 false flags a criterion', async () => {
    const { scores } = await evaluate(heldOut);
    for (const criterion of ['specific', 'measurable', 'timeBound']) {
      expect(scores[criterion].accuracy, criterion).toBeGreaterThanOrEqual(0.95);
      expect(scores[criterion].falseFlags, criterion).toBeLessThanOrEqual(3);
    }
    expect(scores.deadlineDate.accuracy).toBeGreaterThanOrEqual(0.95);
  });
});
