import { describe, expect, it } from 'vitest';
import { parseAmount } from '../../src/smart/amount.js';
import { findGrowth, growthBetween } from '../../src/smart/growth.js';

describe('findGrowth', () => {
  it.each([
    ['Grow ARR from $2.0M to $2.6M by 2027-01-31', 1.3],
    ['Raise deal size from €40k to €55k', 1.375],
    ['Increase from $2 to $2.6M', 1.3],
    ['Grow pipeline from 500k to 1.2M', 2.4],
    ['Win rate 20% -> 35%', 1.75],
    ['Increase logo count from 12 to 20', 20 / 12],
    ['Grow pipeline by 30%', 1.3],
    ['Increase monthly sales by 15% within the next quarter', 1.15],
    ['35% YoY growth in EMEA', 1.35],
    ['Reduce churn by 20% by Q4', 0.8],
    ['Double ARR in EMEA', 2],
    ['Grow bookings 3x by year-end', 3],
    ['Grow pipeline by 3x in EMEA', 3],
    ['Cut the sales cycle from 120 days to 90 days', 0.75],
  ])('%s -> ratio %d', (text, ratio) => {
    expect(findGrowth(text)?.ratio).toBeCloseTo(ratio, 5);
  });

  it.each([
    'Close 3 new logos by Q2',
    'Get pipeline coverage to 3x quota',
    'Grow pipeline coverage to 3x by Q3',
    'Keep pipeline coverage at 4x through the year',
    'Raise coverage to at least 3.5x of quota',
    'Move 10 deals from stage 2 to stage 4',
    'Improve the relationship with the customer',
    'Book $450k in new ARR',
  ])('finds no growth in %j', (text) => {
    expect(findGrowth(text)).toBeUndefined();
  });

  it('compares Baseline and Target fields, currencies with currencies only', () => {
    expect(growthBetween(parseAmount('$2.0M')!, parseAmount('$5M')!)?.ratio).toBeCloseTo(2.5);
    expect(growthBetween(parseAmount('20%')!, parseAmount('$5M')!)).toBeUndefined();
  });
});
