import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import { parse as parseStream, type Info, type Options } from 'csv-parse';
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

/** The first line of CSV text, without a byte order mark. */
const headerLineOf = (text: string) => text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';

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
    info: true,
  };
}

function checkHeader(columns: readonly string[], file: string): void {
  // In the order the header example lists them; "item" may be given as "metric".
  const missing = ['plan', 'item', 'value', 'date'].filter((name) =>
    name === 'item' ? !columns.includes('item') && !columns.includes('metric') : !columns.includes(name),
  );
  if (missing.length > 0) {
    throw new CsvFileError(
      `the header has no ${missing.map((m) => `"${m}"`).join(', ')} column${missing.length > 1 ? 's' : ''}: it needs ${HEADER_EXAMPLE}`,
      file,
      1,
    );
  }
}

/** Turns parsed records into rows, keeping track of the line each starts on. */
function rowReader(file: string, delimiter: string, onRow: (row: CsvRow) => void) {
  let lastEnd = 1;
  let lastEmpty = 0;
  let checked = false;
  return ({ record, info }: { record: Record<string, string | undefined>; info: Info }) => {
    if (!checked) {
      checkHeader(Object.keys(record), file);
      checked = true;
    }
    const line = lastEnd + 1 + (info.empty_lines - lastEmpty);
    lastEnd = info.lines;
    lastEmpty = info.empty_lines;
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
  const delimiter = delimiterOf(await firstLine(path));
  const read = rowReader(file, delimiter, onRow);
  try {
    await pipeline(createReadStream(path), parseStream(options(delimiter)), async (records: AsyncIterable<Parameters<typeof read>[0]>) => {
      for await (const record of records) read(record);
    });
  } catch (error) {
    throw csvError(error, file);
  }
}

/** The same for CSV text held in memory (an editor, a test). */
export function csvRowsOfText(text: string, file: string, onRow: (row: CsvRow) => void): void {
  const delimiter = delimiterOf(headerLineOf(text));
  const read = rowReader(file, delimiter, onRow);
  try {
    for (const record of parseSync(text, options(delimiter)) as unknown as { record: Record<string, string>; info: Info }[]) read(record);
  } catch (error) {
    throw csvError(error, file);
  }
}

async function firstLine(path: string): Promise<string> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(64 * 1024);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    return headerLineOf(buffer.toString('utf8', 0, bytesRead));
  } finally {
    await handle.close();
  }
}
