import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import { parse as parseStream, type Options } from 'csv-parse';
import { parse as parseSync } from 'csv-parse/sync';
import type { CsvRow } from '../actuals/collect.js';

/** A CSV file that cannot be read as actuals at all (no header, a missing column, broken quoting). */
export class CsvFileError extends Error {
  constructor(
    message: string,
    readonly file: string,
    readonly line: number,
  ) {
    super(message);
  }
}

const HEADER_EXAMPLE = 'plan,item,value,date (optional: metric, source)';

/** A line break as CSV files write them: CRLF, LF or a lone CR. */
const LINE_BREAK = /\r\n|\r|\n/g;
const LEADING_BREAKS = /^[\r\n]*/;
const breaksIn = (text: string) => text.match(LINE_BREAK)?.length ?? 0;

/** The header: the first line that is not empty (csv-parse skips empty lines before it too), and its line number. */
function headerOf(text: string): { header: string; line: number } {
  const [, blanks = '', header = ''] = /^\uFEFF?((?:\r\n|\r|\n)*)([^\r\n]*)/.exec(text) ?? [];
  return { header, line: 1 + breaksIn(blanks) };
}

/** Comma or semicolon, whichever the header line has more of outside quotes. */
export function delimiterOf(headerLine: string): ',' | ';' {
  const unquoted = headerLine.replace(/"[^"]*"/g, '');
  return (unquoted.match(/;/g)?.length ?? 0) > (unquoted.match(/,/g)?.length ?? 0) ? ';' : ',';
}

function options(delimiter: string): Options {
  return {
    bom: true,
    delimiter,
    columns: (header: string[]) => header.map((name) => name.trim().toLowerCase()),
    relax_column_count: true,
    skip_empty_lines: true,
    // Each record's text, to count its lines: csv-parse's `info` copies its state twice a record (~0.55 s of a
    // 100,000-row parse that takes ~0.85 s without it), and counts a quoted CRLF as two lines.
    raw: true,
  };
}

function checkHeader(columns: readonly string[], file: string, line: number): void {
  // In the order the header example lists them; "item" may be given as "metric".
  const missing = ['plan', 'item', 'value', 'date'].filter((name) =>
    name === 'item' ? !columns.includes('item') && !columns.includes('metric') : !columns.includes(name),
  );
  if (missing.length > 0) {
    throw new CsvFileError(
      `the header has no ${missing.map((m) => `"${m}"`).join(', ')} column${missing.length > 1 ? 's' : ''}: it needs ${HEADER_EXAMPLE}`,
      file,
      line,
    );
  }
}

/** A parsed record and its text: the empty lines skipped before it, the record, and its line break (the LF of a CRLF left out). */
type RawRecord = { record: Record<string, string | undefined>; raw: string };

/** Turns parsed records into rows, keeping track of the line each starts on. */
function rowReader(file: string, delimiter: string, firstRowLine: number, onRow: (row: CsvRow) => void) {
  let nextLine = firstRowLine;
  let checked = false;
  return ({ record, raw }: RawRecord) => {
    if (!checked) {
      checkHeader(Object.keys(record), file, firstRowLine - 1);
      checked = true;
    }
    const line = nextLine + breaksIn(LEADING_BREAKS.exec(raw)![0]);
    nextLine += breaksIn(raw);
    const cell = (name: string) => (record[name] ?? '').trim();
    onRow({
      file,
      line,
      plan: cell('plan'),
      item: cell('item'),
      metric: cell('metric'),
      value: cell('value'),
      date: cell('date'),
      source: cell('source'),
      decimalComma: delimiter === ';',
    });
  };
}

function csvError(error: unknown, file: string): CsvFileError {
  if (error instanceof CsvFileError) return error;
  const line = typeof (error as { lines?: unknown }).lines === 'number' ? (error as { lines: number }).lines : 1;
  const message = error instanceof Error ? error.message.replace(/^Invalid Record Length: |^Invalid Opening Quote: /, '') : String(error);
  return new CsvFileError(`cannot read it as CSV: ${message}`, file, line);
}

/** Streams a CSV file row by row (memory stays flat for any size); throws CsvFileError. */
export async function streamCsvRows(path: string, file: string, onRow: (row: CsvRow) => void): Promise<void> {
  // Opening errors (no such file, a folder) are thrown as they are: the caller tells them from CSV errors.
  const { header, line } = headerOf(await fileStart(path));
  const delimiter = delimiterOf(header);
  const read = rowReader(file, delimiter, line + 1, onRow);
  try {
    await pipeline(createReadStream(path), parseStream(options(delimiter)), async (records: AsyncIterable<RawRecord>) => {
      for await (const record of records) read(record);
    });
  } catch (error) {
    throw csvError(error, file);
  }
}

/** The same for CSV text held in memory (an editor, a test). */
export function csvRowsOfText(text: string, file: string, onRow: (row: CsvRow) => void): void {
  const { header, line } = headerOf(text);
  const delimiter = delimiterOf(header);
  const read = rowReader(file, delimiter, line + 1, onRow);
  try {
    for (const record of parseSync(text, options(delimiter)) as unknown as RawRecord[]) read(record);
  } catch (error) {
    throw csvError(error, file);
  }
}

/** The file's first 64 KB, as text: enough for its header. */
async function fileStart(path: string): Promise<string> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(64 * 1024);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    return buffer.toString('utf8', 0, bytesRead);
  } finally {
    await handle.close();
  }
}
