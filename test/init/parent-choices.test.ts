import { describe, expect, it } from 'vitest';
import { parentChoices, type PlanChoice } from '../../src/init/prompts.js';

const plans: PlanChoice[] = [
  { id: 'company-fy2027', file: 'company.md', kind: 'company', period: 'FY2027' },
  { id: 'emea-fy2027', file: 'emea.md', kind: 'region', period: 'FY2027' },
  { id: 'enterprise-fy2026', file: 'enterprise-2026.md', kind: 'team', period: 'FY2026' },
  { id: 'enterprise-fy2027', file: 'enterprise.md', kind: 'team', period: 'FY2027' },
  { id: 'north-fy2027', file: 'north.md', kind: 'territory', period: 'FY2027' },
  { id: 'acme-fy2027', file: 'acme.md', kind: 'account', period: 'FY2027' },
  { id: 'globex-fy2027', file: 'globex.md', kind: 'account', period: 'FY2027' },
  { id: 'notes', file: 'notes.md', period: 'FY2027' },
];
const ids = (choices: PlanChoice[]) => choices.map((c) => c.id);

describe('the parents plan init offers', () => {
  it('only wider kinds, the closest first, and within a kind the plans whose period holds the new one first', () => {
    expect(ids(parentChoices({ kind: 'account', period: 'FY2027' }, plans))).toEqual([
      'north-fy2027',
      'enterprise-fy2027',
      'enterprise-fy2026',
      'emea-fy2027',
      'company-fy2027',
    ]);
    expect(ids(parentChoices({ kind: 'team', period: 'FY2027-Q1' }, plans))).toEqual(['enterprise-fy2027', 'emea-fy2027', 'company-fy2027']);
    expect(ids(parentChoices({ kind: 'company', period: 'FY2027' }, plans))).toEqual([]);
  });

  it("a quarter plan is offered its own kind's yearly plan first (never another plan of its own kind and period)", () => {
    expect(ids(parentChoices({ kind: 'account', period: 'FY2027-Q2' }, plans)).slice(0, 3)).toEqual(['acme-fy2027', 'globex-fy2027', 'north-fy2027']);
    expect(ids(parentChoices({ kind: 'territory', period: 'FY2027' }, plans))).not.toContain('north-fy2027');
  });
});
