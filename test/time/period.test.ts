import { describe, expect, it } from 'vitest';
import { fiscalYearOf, parsePeriod, periodContains, quarterContaining } from '../../src/time/period.js';

describe('parsePeriod', () => {
  const cases: [string | number, number, string, string, string][] = [
    ['FY2027', 1, 'FY2027', '2027-01-01', '2027-12-31'],
    ['FY2027', 2, 'FY2027', '2026-02-01', '2027-01-31'],
    ['FY2027-Q1', 2, 'FY2027-Q1', '2026-02-01', '2026-04-30'],
    ['FY2027-Q4', 2, 'FY2027-Q4', '2026-11-01', '2027-01-31'],
    ['FY2027-H2', 2, 'FY2027-H2', '2026-08-01', '2027-01-31'],
    ['fy27-q3', 1, 'FY2027-Q3', '2027-07-01', '2027-09-30'],
    ['2027', 1, '2027', '2027-01-01', '2027-12-31'],
    [2027, 1, '2027', '2027-01-01', '2027-12-31'],
    ['2027', 4, '2027', '2027-01-01', '2027-12-31'], // without FY a period is calendar (contract §1)
    ['2027-Q1', 1, '2027-Q1', '2027-01-01', '2027-03-31'],
    ['2027-q2', 7, '2027-Q2', '2027-04-01', '2027-06-30'],
    ['2027-H1', 1, '2027-H1', '2027-01-01', '2027-06-30'],
    ['Q2 FY2027', 1, 'FY2027-Q2', '2027-04-01', '2027-06-30'],
    ['FY2028-Q1', 12, 'FY2028-Q1', '2027-12-01', '2028-02-29'],
  ];
  it.each(cases)('%s (fiscal year starting in month %i) is %s, %s .. %s', (text, start, label, from, to) => {
    const period = parsePeriod(text, start);
    expect(period).toMatchObject({ label, start: from, end: to });
  });

  it.each(['next year', '27', '2027-Q5', '2027-H3', 'FY', 'Q1', ''])('rejects %j', (text) => {
    expect(parsePeriod(text)).toBeUndefined();
  });

  it('records granularity, fiscal year, quarter and half', () => {
    expect(parsePeriod('FY2027-Q3')).toMatchObject({ granularity: 'quarter', fiscalYear: 2027, quarter: 3 });
    expect(parsePeriod('2027-H2')).toMatchObject({ granularity: 'half', fiscalYear: 2027, half: 2 });
    expect(parsePeriod('FY2027')).toMatchObject({ granularity: 'year', fiscalYear: 2027 });
  });
});

describe('period helpers', () => {
  it('periodContains: a quarter is inside its year, not inside another year', () => {
    expect(periodContains(parsePeriod('FY2027')!, parsePeriod('FY2027-Q4')!)).toBe(true);
    expect(periodContains(parsePeriod('FY2027', 2)!, parsePeriod('2027-Q1', 1)!)).toBe(false);
    expect(periodContains(parsePeriod('FY2027-Q1')!, parsePeriod('FY2027')!)).toBe(false);
  });

  it.each([
    ['2026-02-01', 2, 2027],
    ['2027-01-31', 2, 2027],
    ['2027-02-01', 2, 2028],
    ['2027-12-31', 1, 2027],
  ])('fiscalYearOf(%s, start %i) is FY%i', (date, start, fiscalYear) => {
    expect(fiscalYearOf(date, start)).toBe(fiscalYear);
  });

  it('quarterContaining follows the fiscal calendar', () => {
    expect(quarterContaining('2026-05-15', 2)).toMatchObject({ label: 'FY2027-Q2', start: '2026-05-01', end: '2026-07-31' });
  });
});
