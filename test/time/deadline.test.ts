import { describe, expect, it } from 'vitest';
import { findDeadline } from '../../src/time/deadline.js';
import { parsePeriod } from '../../src/time/period.js';

function deadlineIn(text: string, period = 'FY2027', fiscalYearStartMonth = 1): string | undefined {
  return findDeadline(text, { period: parsePeriod(period, fiscalYearStartMonth), fiscalYearStartMonth })?.date;
}

describe('findDeadline in an FY2027 plan (January start)', () => {
  const cases: [string, string][] = [
    ['Grow ARR from $2.0M to $2.6M by 2027-01-31', '2027-01-31'],
    ['Close the deal by 31 Jan 2027', '2027-01-31'],
    ['Sign by January 31, 2027', '2027-01-31'],
    ['Renew by 31/01/2027', '2027-01-31'],
    ['Close by 3/31/2027', '2027-03-31'],
    ['Sign 4 partners by 30.06.2027', '2027-06-30'],
    ['Train the team by June 30', '2027-06-30'],
    ['Sign the renewal by the 15th of December', '2027-12-15'],
    ['Win 3 logos by end of March 2027', '2027-03-31'],
    ['Win 3 logos by March', '2027-03-31'],
    ['Secure a sponsor by mid-May', '2027-05-15'],
    ['Reach 35 customers by early October', '2027-10-10'],
    ['Launch the program in Sept 2027', '2027-09-30'],
    ['Close $900K in Q3 2027', '2027-09-30'],
    ['Close 3 logos by end of Q2', '2027-06-30'],
    ['Land 2 customers by FY2027-Q2', '2027-06-30'],
    ['Add 2 logos in FY27 Q3', '2027-09-30'],
    ['Grow 3x by 3Q27', '2027-09-30'],
    ["Renew 92% by Q4'27", '2027-12-31'],
    ['Onboard 8 partners in H1', '2027-06-30'],
    ['Add 500 seats in 2H 2027', '2027-12-31'],
    ['Deliver 4 workshops in the first quarter', '2027-03-31'],
    ['Sign 3 logos by the end of the 2nd quarter', '2027-06-30'],
    ['Close 12 deals by the end of the first half of 2027', '2027-06-30'],
    ['Halve stalled deals by mid-year', '2027-06-30'],
    ['Hit quota by year-end', '2027-12-31'],
    ['Hit quota by end of FY2027', '2027-12-31'],
    ['Convert 15% by the close of the fiscal year', '2027-12-31'],
    ['Upsell 30% of the base by EOY', '2027-12-31'],
    ['Host 2 advisory boards in 2027.', '2027-12-31'],
    ['Hit $12M bookings for the year', '2027-12-31'],
    ['Present to 10 accounts within 90 days', '2027-03-31'],
    ['Hold a briefing within 60 days', '2027-03-01'],
    ['Reach $750k within 6 months', '2027-06-30'],
    ['Lift win rate over the next 6 months', '2027-06-30'],
    ['Meet 5 buyers in the next two quarters', '2027-06-30'],
    ['Qualify 40 deals in the next 120 days', '2027-04-30'],
    ['Increase monthly sales by 15% within the next quarter', '2027-03-31'],
    ['Get 70% multi-threaded by end of quarter', '2027-03-31'],
    ['Close the Acme deal this quarter', '2027-03-31'],
    ['Reach $2.5M ARR by end of next quarter', '2027-06-30'],
    ['Achieve a 4:1 ratio by the start of Q2', '2027-04-01'],
    ['Achieve 120% coverage for Q4 by September 30th', '2027-09-30'],
    ['Close $1.2M by 2027-06-30, then $800K by year-end', '2027-12-31'],
    ['Close 8 logos in Q1 and 12 in Q2', '2027-06-30'],
    ['Close 20 deals in 2028', '2028-12-31'],
    ['Land 10k seats by 2027/06/30', '2027-06-30'],
    ['Ship the pilot by 2027-09-30', '2027-09-30'],
    ['Run the pilot from 2027-06-01 to 2027-09-30', '2027-09-30'],
    ['Close 4 deals by 2027-05-31T17:00', '2027-05-31'],
    ['Add 25 opportunities by Christmas', '2027-12-25'],
    ['Grow DACH ARR 20% in FY-2027', '2027-12-31'],
    ['Expand to 3 regions by end-2027', '2027-12-31'],
    ['Close $1.2M this FY', '2027-12-31'],
    ['Sign 3 deals by week 6', '2027-02-11'],
    ['Land 10 logos over the course of the year', '2027-12-31'],
    ['Close 3 deals before the fiscal year ends', '2027-12-31'],
    ['Close the year with 20 new logos', '2027-12-31'],
    // Contract §5a names "no later than" among the deadline words; its "than" is not a comparison.
    ['Sign 25 resellers no later than 30 September', '2027-09-30'],
    ['Deliver the business case not later than 2027-05-31', '2027-05-31'],
    ['Close the renewal no later than the end of Q3', '2027-09-30'],
  ];
  it.each(cases)('%s -> %s', (text, date) => {
    expect(deadlineIn(text)).toBe(date);
  });

  it.each([
    'Make 50 calls a day',
    'Hold weekly pipeline reviews',
    'Book 10 deals a quarter',
    'Hold QBRs every quarter',
    'Grow bookings 25% year over year',
    'We may close the deal',
    'Close the deal by Friday',
    'Renew by 05/06/2027',
    'Grow 20% vs FY2026',
    'Grow bookings 10% faster than 2026',
    'Close more deals than in 2026',
    'Win 5 new logos soon',
    'Support customers 24/7',
    'Expand into two business units in the coming months',
    // A start date is no deadline.
    'Call every workspace that passes ten users within 48 hours, starting 1 July',
    'Run the partner desk on weekdays, beginning 3 March',
    'Offer the annual discount effective 2027-04-01',
  ])('finds no deadline in %j', (text) => {
    expect(deadlineIn(text)).toBeUndefined();
  });
});

describe('findDeadline with a February fiscal year start', () => {
  it.each([
    ['Win 3 logos by March', '2026-03-31'],
    ['Win 3 logos by January', '2027-01-31'],
    ['Close 3 deals by end of Q2', '2026-07-31'],
    ['Hit quota by year-end', '2027-01-31'],
    ['Present within 90 days', '2026-05-01'],
    ['Close by 2027-01-15', '2027-01-15'],
  ])('%s -> %s', (text, date) => {
    expect(deadlineIn(text, 'FY2027', 2)).toBe(date);
  });
});

describe('findDeadline in a quarter plan', () => {
  it('resolves a year-less month inside the fiscal year, so a Q1 plan sees September as September 2027', () => {
    expect(deadlineIn('Close the deal by September', 'FY2027-Q1')).toBe('2027-09-30');
  });
  it('resolves "this quarter" and "end of Q1" to the plan\'s quarter', () => {
    expect(deadlineIn('Close it this quarter', 'FY2027-Q3')).toBe('2027-09-30');
    expect(deadlineIn('Close it by end of Q1', 'FY2027-Q1')).toBe('2027-03-31');
  });
  it('reports the phrase and where it is', () => {
    const deadline = findDeadline('Win 3 logos by end of Q2 2027', { period: parsePeriod('FY2027'), fiscalYearStartMonth: 1 });
    expect(deadline).toEqual({ date: '2027-06-30', start: '2027-04-01', phrase: 'Q2 2027', index: 22 });
  });
});

// Contract §5a: "within 90 days" counts from the period's start. A count joined to its unit by a hyphen before a noun
// ("the 10-day window", "a 90-day pilot") says how long something lasts, not when the goal is due.
describe('findDeadline: a hyphenated length before a noun is no span from the period start', () => {
  const cases: [string, string | undefined][] = [
    ['Answer 100% of RFP questions within the 10-day window for every bid this year.', '2027-12-31'],
    ['Convert 40% of trials within the 14-day trial period by Q3', '2027-09-30'],
    ['Sign 4 customers in a 6-month pilot program by 2027-09-30', '2027-09-30'],
    ['Close 3 renewals within a 30-day notice window', undefined],
    ['Present to 10 accounts within 90 days', '2027-03-31'],
    ['Onboard 10 partners within the next 60 days.', '2027-03-01'],
    ['Hold 5 demos within 30-days', '2027-01-30'],
  ];
  for (const [text, expected] of cases) it(text, () => expect(deadlineIn(text)).toBe(expected));
});
