import { describe, expect, it } from 'vitest';
import { assessSpecificity } from '../../src/smart/specificity.js';

describe('assessSpecificity', () => {
  it.each([
    'Grow ACME EMEA ARR from $2.0M to $2.6M by 2027-01-31.',
    'Increase monthly sales by 15% within the next quarter.',
    'Meet 3 new decision makers at Globex before 30 June 2027.',
    'Secure executive sponsorship at Wayne Enterprises by mid-May.',
    'Sign MSA with Massive Dynamic by Oct 15.',
    'Improve win rate against Competitor X.',
    'Win Globex.',
    'Establish a relationship with the new procurement lead at Hooli.',
    '$3M in new ARR from EMEA enterprise accounts by Q4.',
    'q4: close 5 deals w/ >$100k each',
    'Increase NPS by 10 points by the end of the year.',
  ])('specific: %s', (text) => {
    expect(assessSpecificity(text)).toEqual({ specific: true });
  });

  it.each([
    ['Improve the relationship with the customer.', /relationship/],
    ['Improve things in the northeast territory.', /things/],
    ['Do better with the West region accounts.', /do better/],
    ['Maximize revenue from existing customers.', /maximize/],
    ['Expand into various new verticals, etc.', /various/],
    ['Increase sales.', /generic/],
    ['Grow the business.', /generic/],
    ['Win more deals.', /more/],
    ['Be a partner to Acme.', /wish/],
    ['Strengthen the partnership with AWS.', /partnership/],
    ['Q3 pipeline', /action verb/],
    ['Drive significant growth in the public sector.', /significant/],
  ])('not specific: %s', (text, reason) => {
    const result = assessSpecificity(text);
    expect(result.specific).toBe(false);
    expect(result.reason).toMatch(reason);
  });

  it('takes extra vague words from configuration', () => {
    expect(assessSpecificity('Leverage the Acme install base to close 3 deals').specific).toBe(true);
    expect(assessSpecificity('Leverage the Acme install base to close 3 deals', ['leverage'])).toMatchObject({
      specific: false,
      reason: 'vague filler "leverage"',
    });
  });
});
