import { describe, expect, it } from 'vitest';
import { dateDelta } from '../../src/diff/dates.js';
import { findDeadline } from '../../src/time/deadline.js';
import { parsePeriod } from '../../src/time/period.js';

const q1 = { period: parsePeriod('FY2027-Q1')!, fiscalYearStartMonth: 1 };
const q2 = { period: parsePeriod('FY2027-Q2')!, fiscalYearStartMonth: 1 };

describe('diff deadlines (read by src/time)', () => {
  it("resolves a deadline against its own plan's period", () => {
    expect(findDeadline('2027-03-31', q1)?.date).toBe('2027-03-31');
    expect(findDeadline('end of quarter', q1)?.date).toBe('2027-03-31');
    expect(findDeadline('end of quarter', q2)?.date).toBe('2027-06-30');
    expect(findDeadline('when the budget is approved', q1)?.date).toBeUndefined();
  });

  it('counts the days between two deadlines', () => {
    expect(dateDelta('2027-03-31', '2027-06-30')).toBe('+91 days');
    expect(dateDelta('2027-03-31', '2027-03-30')).toBe('-1 day');
    expect(dateDelta('2026-12-31', '2027-01-01')).toBe('+1 day');
  });
});
