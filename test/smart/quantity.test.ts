import { describe, expect, it } from 'vitest';
import { parseAmount } from '../../src/smart/amount.js';
import { findQuantities, findQuantity } from '../../src/smart/quantity.js';

describe('findQuantity', () => {
  const found: [string, number, string | undefined][] = [
    ['Grow ARR from $2.0M to $2.6M', 2_000_000, 'currency'],
    ['Book €450k in net-new ARR', 450_000, 'currency'],
    ['Close EUR 1.2m in new business', 1_200_000, 'currency'],
    ['Close 2.5M EUR in Germany', 2_500_000, 'currency'],
    ['Increase billings by 1.5 million euros', 1_500_000, 'currency'],
    ['Book ¥50M in Japan', 50_000_000, 'currency'],
    ['Reach $1bn in pipeline', 1_000_000_000, 'currency'],
    ['Increase win rate to 35%', 35, 'percent'],
    ['Reach 10 percent share', 10, 'percent'],
    ['Increase NPS by 10 points', 10, 'percent'],
    ['Get coverage to 3x quota', 3, 'multiple'],
    ['Double the partner pipeline', 2, 'multiple'],
    ['Meet 3 new decision makers', 3, 'makers'],
    ['Sign three new logos', 3, 'logos'],
    ['Run a dozen executive briefings', 12, 'briefings'],
    // The counted noun is the phrase's head: its last plural, not a proper noun or adjective before it.
    ['Win 6 Belgian insurers as new customers', 6, 'insurers'],
    ['Get 3 Globex executives to sponsor the rollout', 3, 'executives'],
    ['4 partners source 3 qualified deals each', 4, 'partners'],
    ['Hire 2 sales reps in Lyon', 2, 'reps'],
    ['Penetrate 3 business units', 3, 'units'],
    ['Land 1 new logo in Spain', 1, 'logo'],
    // Nouns joined by "or"/"and" before the head modify it: the head is still the plural after them.
    ['Win 12 new council or housing-association logos', 12, 'logos'],
    ['Sign 5 partner and reseller deals', 5, 'deals'],
    ['Run 3 demos and 2 workshops', 3, 'demos'],
    ['Place 3 pilot and 2 production deployments', 3, 'pilot'],
    // Dots grouping thousands: several groups, or one in a sum of money (no amount of money has three decimals).
    ['Grow ARR from €180.000 to €320.000', 180_000, 'currency'],
    ['Reach 1.200.000 impressions', 1_200_000, 'impressions'],
    ['Grow ARR to €1.5M', 1_500_000, 'currency'],
    ['Book 1,200 meetings', 1200, 'meetings'],
    ['Make 50 calls a day', 50, 'calls'],
    ['Reach zero escalations', 0, 'escalations'],
    ['Meet the CIO at least twice', 2, 'times'],
    ['Hold weekly pipeline reviews', 1, 'rate'],
    ['Review all top-20 accounts', 20, 'accounts'],
    ['Move 10 deals from stage 2 to stage 4', 10, 'deals'],
    ['Land one new account', 1, 'account'],
    ['Grow services revenue by a third', 1 / 3, 'fraction'],
    ['Cut churn in half', 0.5, 'fraction'],
    ['Sign a couple of new SI partners', 2, 'fraction'],
    ['Run a 6-week pilot at 2 plants', 2, 'plants'],
    ['Renew the contract for 3 years', 3, 'years'],
  ];
  it.each(found)('%s -> %d (%s)', (text, value, unit) => {
    expect(findQuantity(text)).toMatchObject({ value, unit });
  });

  it('reads "12 two-day workshops" as one quantity', () => {
    expect(findQuantities('Book 12 two-day workshops').map((q) => q.value)).toEqual([12]);
  });

  it.each([
    'Improve the relationship with the customer',
    'Close the deal by 2027-03-31',
    'Win the Initech RFP by 31/03/2027',
    'Close 20% of nothing'.replace('20% of ', ''),
    'Win the 2027 Gartner award',
    'Close the Q3 pipeline in FY2027',
    'Deliver G1 and OB2',
    'Hold a briefing within 90 days',
    'Secure approval for the Phase 2 rollout',
    'Sign Tier-1 banks',
    'Be one of the preferred vendors',
    'Improve monthly sales',
    'Win the Fortune 500 logistics account',
    'Meet the Acme CEO 1:1',
    'Hold a one-on-one with the VP',
    'Double down on healthcare',
    // A duration joined to the noun it describes is no amount: the goal is the contract, not "3 years".
    'Sign a 3-year framework call-off with the trust',
    'Sign a three-year finance-system contract',
    'Run a 90-day pilot with a 12-month option',
  ])('finds no quantity in %j', (text) => {
    expect(findQuantity(text)).toBeUndefined();
  });
});

describe('parseAmount', () => {
  it.each([
    ['$2.6M', 2_600_000],
    ['35%', 35],
    ['12 logos', 12],
    ['USD 500k', 500_000],
  ])('%s -> %d', (text, value) => {
    expect(parseAmount(text)?.value).toBe(value);
  });
});
