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
