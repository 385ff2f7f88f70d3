import { describe, expect, it } from 'vitest';
import { dateDelta, readDeadline } from '../../src/diff/dates.js';

const day = (text: string, fiscalYearStart = 1) => readDeadline(text, fiscalYearStart)?.toISOString().slice(0, 10);

describe('diff deadlines', () => {
  it.each([
    ['2027-03-31', '2027-03-31'],
    ['by 2027/06/30', '2027-06-30'],
    ['March 31, 2027', '2027-03-31'],
    ['31 March 2027', '2027-03-31'],
    ['end of March 2027', '2027-03-31'],
    ['Feb 2028', '2028-02-29'],
    ['Q2 2027', '2027-06-30'],
    ['2027-Q3', '2027-09-30'],
    ['H1 2027', '2027-06-30'],
    ['FY2027-Q1', '2027-03-31'],
    ['FY2027', '2027-12-31'],
    ['end of 2027', '2027-12-31'],
  ])('reads %s as %s', (text, expected) => {
    expect(day(text)).toBe(expected);
  });

  it('reads fiscal periods with the configured start month', () => {
    expect(day('FY2027', 2)).toBe('2027-01-31');
    expect(day('FY2027-Q1', 2)).toBe('2026-04-30');
    expect(day('Q4 FY27', 2)).toBe('2027-01-31');
  });

  it('reads no date where there is none, or an impossible one', () => {
    expect(day('when the budget is approved')).toBeUndefined();
    expect(day('2027-02-30')).toBeUndefined();
  });

  it('counts the days between two deadlines', () => {
    expect(dateDelta(readDeadline('2027-03-31')!, readDeadline('2027-06-30')!)).toBe('+91 days');
    expect(dateDelta(readDeadline('2027-03-31')!, readDeadline('2027-03-30')!)).toBe('-1 day');
  });
});
