import { describe, expect, it } from 'vitest';
import { expectedProgress, formatScore, goalProgress, latestReading, progressOf, scoreOf } from '../../src/index.js';
import type { Reading } from '../../src/index.js';
import { formatValue } from '../../src/actuals/format.js';

const reading = (date: string, value: number, extra: Partial<Reading> = {}): Reading => ({
  date,
  value,
  text: String(value),
  source: 'csv',
  file: 'a.csv',
  line: 2,
  ...extra,
});

describe('progressOf', () => {
  it.each([
    ['from a baseline', { baseline: 2_000_000, target: 2_600_000 }, reading('2027-02-14', 2_300_000), 0.5],
    ['baseline 0 when absent', { target: 12 }, reading('2027-02-14', 3), 0.25],
    ['uncapped above target', { target: 10 }, reading('2027-02-14', 15), 1.5],
    ['a falling target', { baseline: 20, target: 10 }, reading('2027-02-14', 15), 0.5],
    ['"1 of 3" without a numeric target', {}, reading('2027-02-14', 1, { of: 3 }), 1 / 3],
    ['a milestone met', { milestone: true }, reading('2027-02-14', 1, { unit: 'outcome' }), 1],
    ['a milestone missed', { milestone: true }, reading('2027-02-14', 0, { unit: 'outcome' }), 0],
    ['a milestone "2 of 3" is not yet met', { milestone: true }, reading('2027-02-14', 2, { of: 3 }), 0],
  ])('%s', (_name, goal, r, expected) => {
    expect(progressOf(goal, r)).toBeCloseTo(expected, 9);
  });

  it('says nothing without a target, for a target equal to its baseline, or across units', () => {
    expect(progressOf({}, reading('2027-02-14', 5))).toBeUndefined();
    expect(progressOf({ baseline: 5, target: 5 }, reading('2027-02-14', 5))).toBeUndefined();
    expect(progressOf({ target: 100, unit: 'currency', currency: '$' }, reading('2027-02-14', 35, { unit: 'percent' }))).toBeUndefined();
    expect(progressOf({ target: 100, unit: 'currency', currency: 'EUR' }, reading('2027-02-14', 50, { unit: 'currency', currency: 'GBP' }))).toBeUndefined();
    expect(progressOf({ target: 100, unit: 'currency', currency: '€' }, reading('2027-02-14', 50, { unit: 'currency', currency: 'EUR' }))).toBe(0.5);
    expect(progressOf({ target: 100, unit: 'currency', currency: '$' }, reading('2027-02-14', 50))).toBe(0.5);
  });
});

describe('expectedProgress', () => {
  it('is the share of calendar days elapsed from the period start to the deadline, clamped to [0, 1]', () => {
    expect(expectedProgress('2027-01-01', '2027-12-31', '2026-12-01')).toBe(0);
    expect(expectedProgress('2027-01-01', '2027-01-11', '2027-01-06')).toBe(0.5);
    expect(expectedProgress('2027-01-01', '2027-12-31', '2028-02-01')).toBe(1);
    expect(expectedProgress('2027-01-01', '2027-12-31', '2027-12-31')).toBe(1);
  });

  it('weights fiscal quarters by pace, with a fiscal year starting in February', () => {
    const pace = { weights: [0.1, 0.2, 0.3, 0.4] as const, fiscalYearStart: 2 };
    // FY2027 = 2026-02-01 .. 2027-01-31; the end of Q1 (2026-04-30 -> 05-01) has 10% of the year's weight behind it.
    expect(expectedProgress('2026-02-01', '2027-01-31', '2026-05-01', pace)).toBeCloseTo(0.1, 2);
    expect(expectedProgress('2026-02-01', '2027-01-31', '2026-11-01', pace)).toBeCloseTo(0.6, 2);
    // Linear: the same day is a quarter of the way through.
    expect(expectedProgress('2026-02-01', '2027-01-31', '2026-05-01')).toBeCloseTo(89 / 364, 9);
  });
});

describe('goalProgress', () => {
  it('uses the newest reading on or before today and flags progress more than the tolerance behind', () => {
    const readings = [reading('2027-03-01', 30), reading('2027-06-01', 40), reading('2027-09-01', 90)];
    const state = goalProgress({ target: 100, readings, start: '2027-01-01', deadline: '2027-12-31', today: '2027-07-02' });
    expect(state.latest?.date).toBe('2027-06-01');
    expect(state.progress).toBe(0.4);
    expect(state.expected).toBeCloseTo(182 / 364, 9);
    expect(state.behind).toBe(false);
    expect(goalProgress({ target: 100, readings, start: '2027-01-01', deadline: '2027-12-31', today: '2027-07-02', tolerance: 0.05 }).behind).toBe(true);
  });

  it('has no progress (never 0) without a reading, and a milestone is never behind', () => {
    expect(goalProgress({ target: 100, readings: [], start: '2027-01-01', deadline: '2027-12-31', today: '2027-11-01' })).toEqual({
      expected: expect.any(Number),
      behind: false,
    });
    const milestone = goalProgress({
      milestone: true,
      readings: [reading('2027-02-01', 0, { unit: 'outcome' })],
      start: '2027-01-01',
      deadline: '2027-03-31',
      today: '2027-03-30',
    });
    expect(milestone.progress).toBe(0);
    expect(milestone.behind).toBe(false);
  });

  it('scores progress capped to [0, 1], shown with one decimal', () => {
    expect(scoreOf(1.4)).toBe(1);
    expect(scoreOf(-0.2)).toBe(0);
    expect(formatScore(0.66)).toBe('0.7');
    expect(latestReading([reading('2027-05-01', 1), reading('2027-04-01', 2)], '2027-06-01')?.value).toBe(1);
  });
});

describe('formatValue', () => {
  it("shows a count in the goal's counted noun, in the singular for one", () => {
    expect(formatValue(1, { unit: 'accounts' })).toBe('1 account');
    expect(formatValue(3, { unit: 'accounts' })).toBe('3 accounts');
    expect(formatValue(1, { unit: 'opportunities' })).toBe('1 opportunity');
    expect(formatValue(1_200_000, { unit: 'currency', currency: '$' })).toBe('$1.2M');
  });
});
