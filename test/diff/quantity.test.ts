import { describe, expect, it } from 'vitest';
import { findQuantities, quantityDelta, sameQuantity, singleQuantity } from '../../src/diff/quantity.js';

const delta = (a: string, b: string) => quantityDelta(singleQuantity(a)!, singleQuantity(b)!);

describe('diff quantities', () => {
  it.each([
    ['$2.4M', 2.4e6, 'currency'],
    ['$2,400,000', 2.4e6, 'currency'],
    ['€500k', 5e5, 'currency'],
    ['USD 1.2 million', 1.2e6, 'currency'],
    ['2.5M EUR', 2.5e6, 'currency'],
    ['15%', 15, 'percent'],
    ['3x', 3, 'multiple'],
    ['12 new logos', 12, 'count'],
    ['500k', 5e5, 'count'],
  ])('reads %s', (text, value, unit) => {
    expect(singleQuantity(text)).toMatchObject({ value, unit });
  });

  it('does not read dates, quarters, years or IDs as amounts', () => {
    expect(findQuantities('by 2027-03-31 in Q3 2027 (FY2027-Q2) for G1 and OPP-2 on March 31')).toEqual([]);
    expect(singleQuantity('$2.6M by 2027-06-30')).toMatchObject({ value: 2.6e6 });
  });

  it('reads several amounts, so none is the single one', () => {
    expect(singleQuantity('from $2.0M to $2.6M')).toBeUndefined();
  });

  it('knows the same amount written twice', () => {
    expect(sameQuantity(singleQuantity('$2.6M')!, singleQuantity('$2,600,000')!)).toBe(true);
    expect(sameQuantity(singleQuantity('$2.6M')!, singleQuantity('€2.6M')!)).toBe(false);
  });

  it.each([
    ['$2.4M', '$2.6M', '+8.3%'],
    ['$2.6M', '$2.4M', '-7.7%'],
    ['$2M', '$3M', '+50%'],
    ['15%', '20%', '+5 pts'],
    ['12 logos', '15 logos', '+3, +25%'],
    ['1 logo', '3 logos', '+2, +200%'],
    ['0 logos', '4 logos', '+4'],
    ['2x', '3x', '+1x'],
    ['USD 2.4M', '$2.6M', '+8.3%'],
  ])('%s -> %s is %s', (a, b, expected) => {
    expect(delta(a, b)).toBe(expected);
  });

  it('gives no delta between different kinds of amount', () => {
    expect(delta('$2.4M', '15%')).toBeUndefined();
    expect(delta('€2.4M', '$2.6M')).toBeUndefined();
    expect(delta('12 logos', '15 meetings')).toBeUndefined();
  });
});
