import { describe, expect, it } from 'vitest';
import { quantityDelta, sameQuantity, singleQuantity } from '../../src/diff/quantity.js';

const delta = (a: string, b: string) => quantityDelta(singleQuantity(a)!, singleQuantity(b)!);

describe('diff quantities (read by src/smart)', () => {
  it('takes the one amount of a field value, ignoring dates, IDs and cadences', () => {
    expect(singleQuantity('$2.6M by 2027-06-30')).toMatchObject({ value: 2.6e6, unit: 'currency' });
    expect(singleQuantity('12 new logos per quarter')).toMatchObject({ value: 12, unit: 'logos' });
    expect(singleQuantity('from $2.0M to $2.6M')).toBeUndefined();
    expect(singleQuantity('the CIO and G1')).toBeUndefined();
  });

  it('knows the same amount written twice', () => {
    expect(sameQuantity(singleQuantity('$2.6M')!, singleQuantity('$2,600,000')!)).toBe(true);
    expect(sameQuantity(singleQuantity('$2.6M')!, singleQuantity('USD 2.6 million')!)).toBe(true);
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
    expect(delta('15%', '15 logos')).toBeUndefined();
  });
});
