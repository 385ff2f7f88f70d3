import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvRowsOfText } from '../../src/files/csv.js';

/** A cell: plain, or quoted with the file's line break, a comma or a doubled quote inside. */
const cell = (eol: string) =>
  fc.oneof(fc.constantFrom('acme', 'G1', '$1.2M', '2027-02-14', ''), fc.constantFrom(`"1${eol}of 3"`, '"CRM, EMEA"', '"say ""hi"""', `"${eol}${eol}x"`));

/** A CSV file in one line ending, with blank lines anywhere, and the line each row starts on as written. */
const file = fc.constantFrom('\n', '\r\n', '\r').chain((eol) =>
  fc.array(fc.tuple(fc.nat({ max: 2 }), fc.array(cell(eol), { minLength: 4, maxLength: 4 })), { minLength: 1, maxLength: 12 }).map((rows) => {
    const lines = ['plan,item,value,date'];
    const starts: number[] = [];
    for (const [blanks, cells] of rows) {
      for (let i = 0; i < blanks; i++) lines.push('');
      // A row of empty cells is a line of commas, never a blank line.
      starts.push(lines.length + 1);
      const row = cells.join(',');
      lines.push(...row.split(eol));
    }
    return { text: `${lines.join(eol)}${eol}`, starts };
  }),
);

describe('CSV rows', () => {
  it('start on the line they are written on, whatever the line ending, blank lines and quoted line breaks', () => {
    fc.assert(
      fc.property(file, ({ text, starts }) => {
        const lines: number[] = [];
        csvRowsOfText(text, 'crm.csv', (row) => lines.push(row.line));
        expect(lines, JSON.stringify(text)).toEqual(starts);
      }),
      { numRuns: 1500 },
    );
  });
});
