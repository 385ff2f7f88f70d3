import { describe, expect, it } from 'vitest';
import { readCheckIns } from '../../src/model/check-ins.js';
import { readDate, readStatusWord, readValue, readValueCell } from '../../src/model/reading.js';
import { summarizePlan } from '../../src/actuals/summary.js';
import { validateConfig } from '../../src/config/load.js';
import { buildPlan } from '../../src/model/build.js';
import { lintSources } from '../../src/api.js';
import { plan } from '../rules/actuals/fixtures.js';

describe('reading values and dates', () => {
  it.each([
    ['$1.2M', { value: 1_200_000, unit: 'currency', currency: '$' }],
    ['1,200,000', { value: 1_200_000 }],
    ['35%', { value: 35, unit: 'percent' }],
    ['12 logos', { value: 12, unit: 'logos' }],
    ['1 of 3 briefings held', { value: 1, of: 3 }],
    ['2 out of 5 depots', { value: 2, of: 5 }],
  ])('"%s"', (text, expected) => {
    expect(readValue(text)).toMatchObject(expected);
  });

  it('reads a value cell only when the cell is the quantity', () => {
    expect(readValueCell('€ 2.100.000,50', true)).toMatchObject({ value: 2_100_000.5, currency: '€' });
    // A semicolon export groups thousands with dots even with no decimal part: "240.000" is 240,000, "12,5" is 12.5.
    expect(readValueCell('240.000', true)).toMatchObject({ value: 240_000 });
    expect(readValueCell('12,5', true)).toMatchObject({ value: 12.5 });
    expect(readValueCell('1,200,000', true)).toMatchObject({ value: 1_200_000 });
    expect(readValueCell('1.5', true)).toMatchObject({ value: 1.5 });
    expect(readValueCell('1 200 000')).toMatchObject({ value: 1_200_000 });
    expect(readValueCell('-5')).toMatchObject({ value: -5 });
    expect(readValueCell('n/a')).toBeUndefined();
    expect(readValueCell('12 (estimate)')).toBeUndefined();
    expect(readValueCell('')).toBeUndefined();
  });

  it('reads dates as goals write them, and refuses what is not one date', () => {
    expect(readDate('2027-02-14')).toBe('2027-02-14');
    expect(readDate('14 Feb 2027')).toBe('2027-02-14');
    expect(readDate('2027/02/14')).toBe('2027-02-14');
    expect(readDate('2027-02-30')).toBeUndefined();
    expect(readDate('soon')).toBeUndefined();
  });

  it('reads status words, "done" as met', () => {
    expect(readStatusWord('on track: two renewals')).toBe('on track');
    expect(readStatusWord('Off-track')).toBe('off track');
    expect(readStatusWord('done — signed')).toBe('met');
    expect(readStatusWord('ontrack')).toBeUndefined();
  });
});

describe('check-ins', () => {
  it('reads date, ID, value, status and comment in the layouts people write', () => {
    const model = buildPlan(
      plan(`## Goals

- **G1** Grow ARR from $2.0M to $2.6M by 2027-12-31.

## Check-ins

- 2027-02-14 **G1** $1.2M — on track: two renewals signed early.
- **G1** 2027-03-14: $1.3M, at risk
- 14 Mar 2027 G1 $1.4M - off track
1. 2027-04-01 [G1] met
- TODO: add check-ins
`),
      'acme.md',
    );
    const { checkIns, problems } = readCheckIns(model);
    expect(problems).toEqual([]);
    expect(checkIns.map((c) => [c.line, c.date, c.id, c.value?.value, c.status])).toEqual([
      [14, '2027-02-14', 'G1', 1_200_000, 'on track'],
      [15, '2027-03-14', 'G1', 1_300_000, 'at risk'],
      [16, '2027-03-14', 'G1', 1_400_000, 'off track'],
      [17, '2027-04-01', 'G1', undefined, 'met'],
    ]);
    expect(checkIns[0]!.note).toBe('on track: two renewals signed early.');
  });

  it('reads a table of check-ins by its headers, a row a check-in, and says which rows it cannot read (contract 3a)', () => {
    const model = buildPlan(
      plan(`## Goals

- **G1** Grow ARR from $2.0M to $2.6M by 2027-12-31.
- **G2** Win 4 mining accounts by 2027-09-30.

## Check-ins

| Date | Goal | Value | Status | Note |
|------|------|-------|--------|------|
| 2027-04-30 | **G1** | $2.1M | on track | two banks signed |
| 2027-04-30 | G2 | 1 | at risk | capex cut |
| 2027-05-31 | G2 | | met | |

Goal | When | Actual
:--- | --- | ---:
G1 | 2027-06-30 | $2.3M
G1 | soon | $2.4M
`),
      'acme.md',
    );
    const { checkIns, problems } = readCheckIns(model);
    expect(checkIns.map((c) => [c.line, c.date, c.id, c.value?.value, c.status, c.note])).toEqual([
      [17, '2027-04-30', 'G1', 2_100_000, 'on track', 'on track: two banks signed'],
      [18, '2027-04-30', 'G2', 1, 'at risk', 'at risk: capex cut'],
      [19, '2027-05-31', 'G2', undefined, 'met', 'met'],
      [23, '2027-06-30', 'G1', 2_300_000, undefined, '$2.3M'],
    ]);
    expect(problems.map((p) => p.line)).toEqual([24]);
  });

  it('is a section of its own: "Progress" and "Updates" are aliases; it sits after Accountability, before the Review', () => {
    for (const heading of ['Check-ins', 'Progress', 'Updates', 'Check-Ins (FY2027)']) {
      const model = buildPlan(plan(`## Goals\n\n- **G1** Book 12 new logos by 2027-12-31.\n\n## ${heading}\n\n- 2027-02-14 **G1** 3 logos`), 'acme.md');
      expect(model.sections.map((s) => s.key)).toEqual(['goals', 'checkins']);
      expect(summarizePlan(model, { fiscalYearStart: 1, today: '2027-03-01', undatedAs: () => '2027-03-01' }).goals[0]!.readings).toMatchObject([
        { value: 3, source: 'check-in', line: 14 },
      ]);
    }
    const config = validateConfig({ rules: { 'section-order': 'warn' } }, process.cwd());
    const outOfOrder = plan(
      '## Goals\n\n- **G1** Book 12 new logos by 2027-12-31.\n\n## Review\n\n- **G1** Met — done.\n\n## Check-ins\n\n- 2027-02-14 **G1** 3 logos\n\n## Accountability\n\nDana.',
    );
    const messages = lintSources([{ file: 'acme.md', text: outOfOrder }], { config, today: '2027-03-01' })[0]!.diagnostics.map((d) => d.message);
    expect(messages.some((m) => m.includes('"Check-ins"') && m.includes('before "Review"'))).toBe(true);
  });
});

describe('Actual: fields', () => {
  it('dates a reading by its parentheses, "as of", else the file\'s last commit (here: today)', () => {
    const model = buildPlan(
      plan(
        '## Goals\n\n- **G1** Grow ARR from $2.0M to $2.6M by 2027-12-31.\n  - Actual: $2.1M (2027-02-14)\n  - Actual: $2.2M as of 14 March 2027\n  - Actual: $2.3M',
      ),
      'acme.md',
    );
    const goal = summarizePlan(model, { fiscalYearStart: 1, today: '2027-04-01', undatedAs: () => '2027-03-30' }).goals[0]!;
    expect(goal.readings.map((r) => [r.date, r.value, r.line])).toEqual([
      ['2027-02-14', 2_100_000, 11],
      ['2027-03-14', 2_200_000, 12],
      ['2027-03-30', 2_300_000, 13],
    ]);
  });
});

describe('config', () => {
  it('takes actuals as a glob or a list, and pace as four weights adding up to 1', () => {
    expect(validateConfig({ actuals: 'exports/*.csv', pace: [0.2, 0.25, 0.25, 0.3] }, '/repo').actuals).toEqual(['exports/*.csv']);
    expect(validateConfig({ actuals: ['a.csv', 'b/*.csv'] }, '/repo').actuals).toEqual(['a.csv', 'b/*.csv']);
    expect(() => validateConfig({ pace: [0.5, 0.5, 0.5, 0.5] }, '/repo')).toThrow(/pace.*four weights, one per fiscal quarter, that add up to 1/);
    expect(() => validateConfig({ rules: { 'stale-actuals': ['warn', { maxAgeDays: 0 }] } }, '/repo')).toThrow(/stale-actuals\.maxAgeDays/);
  });
});
