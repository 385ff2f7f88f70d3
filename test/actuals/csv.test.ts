import { createWriteStream, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { afterAll, describe, expect, it } from 'vitest';
import { CsvCollector } from '../../src/actuals/collect.js';
import type { CsvRow } from '../../src/actuals/collect.js';
import { csvRowsOfText, delimiterOf, streamCsvRows } from '../../src/files/csv.js';
import { summarizePlan } from '../../src/actuals/summary.js';
import { buildPlan } from '../../src/model/build.js';
import { plan } from '../rules/actuals/fixtures.js';

const rowsOf = (text: string) => {
  const rows: CsvRow[] = [];
  csvRowsOfText(text, 'crm.csv', (row) => rows.push(row));
  return rows;
};

function collect(text: string, today = '2027-07-01') {
  const model = buildPlan(
    plan('## Goals\n\n- **G1** Grow ARR from €2.0M to €2.6M by 2027-12-31.\n- **G2** Hold 3 executive briefings by 2027-12-31.'),
    'acme.md',
  );
  const summary = summarizePlan(model, { fiscalYearStart: 1, today, undatedAs: () => today });
  const collector = new CsvCollector([{ id: summary.id, summary: () => summary }], today, 1, true);
  csvRowsOfText(text, 'crm.csv', (row) => collector.add(row));
  const result = collector.result();
  return { readings: (id: string) => result.readings.get(summary.goals.find((g) => g.id === id)!) ?? [], problems: result.problems };
}

describe('CSV actuals', () => {
  const dir = mkdtempSync(join(tmpdir(), 'plan-csv-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads columns by header, case-insensitive, with the line each row starts on', () => {
    const rows = rowsOf(
      '\uFEFFPlan,ITEM,Value,Date,Source\nacme,G1,"$1,200,000",2027-02-14,"CRM, EMEA"\n\nacme,G2,"1\nof 3",2027-02-15,\nacme,G2,2,2027-02-16,\n',
    );
    expect(rows.map((r) => [r.line, r.plan, r.item, r.value, r.date, r.source])).toEqual([
      [2, 'acme', 'G1', '$1,200,000', '2027-02-14', 'CRM, EMEA'],
      [4, 'acme', 'G2', '1\nof 3', '2027-02-15', ''],
      [6, 'acme', 'G2', '2', '2027-02-16', ''],
    ]);
  });

  // Written by hand from the text: header line 1, G1 line 2, a blank line 3, G2 over lines 4-5, G2 again line 6.
  for (const [name, newline] of [
    ['CRLF', '\r\n'],
    ['CR', '\r'],
  ] as const) {
    it(`counts lines the same in a file with ${name} line endings, a quoted line break included`, async () => {
      const text = ['Plan,Item,Value,Date', 'acme,G1,1,2027-02-14', '', 'acme,G2,"1', 'of 3",2027-02-15', 'acme,G2,2,2027-02-16', ''].join(newline);
      expect(rowsOf(text).map((r) => r.line)).toEqual([2, 4, 6]);
      const path = join(dir, `endings-${name.length}.csv`);
      writeFileSync(path, text);
      const streamed: number[] = [];
      await streamCsvRows(path, 'crm.csv', (row) => streamed.push(row.line));
      expect(streamed).toEqual([2, 4, 6]);
    });
  }

  it('counts from the header when empty lines come before it', async () => {
    // Header on line 3, after two empty lines; rows on lines 4 and 5.
    const text = '\n\nplan;item;value;date\nacme;G1;1,5;2027-02-14\nacme;G2;2;2027-02-15\n';
    expect(rowsOf(text).map((r) => [r.line, r.value, r.decimalComma])).toEqual([
      [4, '1,5', true],
      [5, '2', true],
    ]);
    const path = join(dir, 'late-header.csv');
    writeFileSync(path, text);
    const streamed: number[] = [];
    await streamCsvRows(path, 'crm.csv', (row) => streamed.push(row.line));
    expect(streamed).toEqual([4, 5]);
    // A header that lacks columns is reported at its own line.
    expect(() => rowsOf('\n\nplan,item\nacme,G1\n')).toThrow(
      expect.objectContaining({ line: 3, message: expect.stringContaining('no "value", "date" columns') }),
    );
  });

  it('takes the separator from the header line', () => {
    expect(delimiterOf('plan;item;value;date')).toBe(';');
    expect(delimiterOf('plan,item,value,date')).toBe(',');
    expect(delimiterOf('"plan;x",item,value,date')).toBe(',');
  });

  it('reads values like quantities: currency symbols, thousands, a decimal comma with semicolons', () => {
    const { readings, problems } = collect('plan;item;value;date\nacme-fy2027;G1;"€ 2.100.000,50";2027-02-14\nacme-fy2027;G2;1 of 3;14 Feb 2027\n');
    expect(problems).toEqual([]);
    expect(readings('G1')).toMatchObject([
      { value: 2_100_000.5, unit: 'currency', currency: '€', date: '2027-02-14', source: 'csv', file: 'crm.csv', line: 2 },
    ]);
    expect(readings('G2')).toMatchObject([{ value: 1, of: 3, date: '2027-02-14', line: 3 }]);
  });

  it('keeps per goal only the newest reading on or before today and the newest within the period', () => {
    const csv =
      'plan,item,value,date\nacme-fy2027,G1,€2.1M,2027-02-14\nacme-fy2027,G1,€2.2M,2027-03-14\nacme-fy2027,G1,€2.15M,2027-03-14\nacme-fy2027,G1,€2.3M,2027-01-14\nacme-fy2027,G1,€9M,2027-09-14\n';
    // A row dated after today is ignored; of two rows on one day, the later one wins.
    expect(
      collect(csv)
        .readings('G1')
        .map((r) => [r.date, r.value]),
    ).toEqual([['2027-03-14', 2_150_000]]);
    // After the period: the newest reading within it (for the Review) and the newest of all.
    const after = collect(`${csv}acme-fy2027,G1,€2.7M,2028-01-20\n`, '2028-02-01').readings('G1');
    expect(after.map((r) => [r.date, r.value])).toEqual([
      ['2027-09-14', 9_000_000],
      ['2028-01-20', 2_700_000],
    ]);
  });
});

// About three minutes on a loaded two-core machine, so not part of npm test: run it with PLAN_TEST_BIG_CSV=1.
describe.runIf(process.env.PLAN_TEST_BIG_CSV === '1')('a 100 MB CSV export', () => {
  const dir = mkdtempSync(join(tmpdir(), 'plan-csv-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  // Memory, not time, is what this checks: the rows stream through and each goal keeps at most two readings.
  it('streams with flat memory', async () => {
    const path = join(dir, 'big.csv');
    const out = createWriteStream(path);
    out.write('plan,item,value,date,source\n');
    const row = (i: number) => `acme-fy2027,G${(i % 2) + 1},"€${1_000_000 + (i % 997)}",2027-0${(i % 6) + 1}-1${i % 10},CRM export batch ${i % 1000}\n`;
    let written = 0;
    for (let i = 0; written < 100 * 1024 * 1024; i++) {
      const line = row(i);
      written += line.length;
      if (!out.write(line)) await once(out, 'drain');
    }
    out.end();
    await once(out, 'finish');
    expect(statSync(path).size).toBeGreaterThanOrEqual(100 * 1024 * 1024);

    const model = buildPlan(
      plan('## Goals\n\n- **G1** Grow ARR from €2.0M to €2.6M by 2027-12-31.\n- **G2** Hold 3 executive briefings by 2027-12-31.'),
      'acme.md',
    );
    const summary = summarizePlan(model, { fiscalYearStart: 1, today: '2027-07-01', undatedAs: () => '2027-07-01' });
    const collector = new CsvCollector([{ id: summary.id, summary: () => summary }], '2027-07-01', 1, true);
    global.gc?.();
    const before = process.memoryUsage().heapUsed;
    let peak = before;
    let rows = 0;
    await streamCsvRows(path, 'big.csv', (r) => {
      collector.add(r);
      if (++rows % 50_000 === 0) peak = Math.max(peak, process.memoryUsage().heapUsed);
    });
    expect(rows).toBeGreaterThan(1_500_000);
    // Heap growth well under the file's size: nothing holds the rows (a loaded machine's GC may lag; 64 MB is slack).
    expect(peak - before).toBeLessThan(64 * 1024 * 1024);
    expect(collector.result().readings.get(summary.goals[0]!)?.length).toBe(1);
  }, 600_000);
});
