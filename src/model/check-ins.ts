import { isPlaceholder } from './placeholders.js';
import { isValidId } from './ids.js';
import type { PlanModel } from './types.js';
import type { IsoDate } from '../time/dates.js';
import { readDate, readStatusWord, readValue, type StatusWord, type ValueReading } from './reading.js';
import { DELIMITER_ROW, pipeCells } from '../parse/pipe-table.js';

/** One dated line of a `## Check-ins` section: `- 2027-02-14 **G1** $1.2M — on track: two renewals signed early.` */
export interface CheckIn {
  line: number;
  date: IsoDate;
  id: string;
  value?: ValueReading;
  status?: StatusWord;
  /** What follows the status word, or the value when there is none. */
  note?: string;
}

/** A check-in line that cannot be read, and why (an actuals-row finding at its line). */
export interface CheckInProblem {
  line: number;
  message: string;
}

const LIST_ITEM = /^ {0,3}(?:[-*+]|\d{1,9}[.)])[ \t]+(.*)$/;
const MARKUP = /\*\*|__|`|~~/g;
const ID_TOKEN = /^\[?([A-Za-z]{1,10}-?\d+(?:[.-]\d+)*[a-z]?)\]?(?=[\s:.,)\]—–-]|$)[:.]?/;
const NUMERIC_DATE = /^(\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4})(?=[\s:,—–-]|$)[:,]?/;
/** Between the value and the comment: a dash with spaces, or a colon before a status word. */
const COMMENT_SEPARATOR = /\s+[—–]\s*|\s+-{1,2}\s+|\s*[—–]\s+|[,;:]\s+(?=(?:on|at|off)[\s-]track|at[\s-]risk|met\b|missed\b|done\b)/;
export const CHECK_IN_EXAMPLE = '"- 2027-02-14 **G1** $1.2M — on track: two renewals signed early"';
/** A table of check-ins (contract 3a): its columns by header, as the parts of a check-in line; any other column is a note. */
const COLUMN: Record<string, number> = { date: 0, when: 0, goal: 1, item: 1, id: 1, objective: 1, kr: 1, value: 2, actual: 2, reading: 2, status: 3 };

/** The check-ins of every `## Check-ins` section, with the lines it cannot read. */
export function readCheckIns(plan: PlanModel, fiscalYearStartMonth = 1): { checkIns: CheckIn[]; problems: CheckInProblem[] } {
  const checkIns: CheckIn[] = [];
  const problems: CheckInProblem[] = [];
  for (const section of plan.sections) {
    if (section.key !== 'checkins') continue;
    let columns: number[] | undefined; // while in a table: each column's part of a check-in
    for (let line = section.span.start.line + 1; line <= section.fullSpan.end.line; line++) {
      const text = plan.lines.lineText(line);
      if (DELIMITER_ROW.test(text)) continue;
      if (!columns && text.includes('|') && line < section.fullSpan.end.line && DELIMITER_ROW.test(plan.lines.lineText(line + 1))) {
        columns = pipeCells(text).map((header) => COLUMN[header.replace(MARKUP, '').toLowerCase()] ?? 4);
        continue;
      }
      if (!text.includes('|')) columns = undefined;
      const match = columns ? [text, tableRowAsLine(pipeCells(text), columns)] : LIST_ITEM.exec(text);
      if (!match || isPlaceholder(match[1]!)) continue;
      const read = readCheckIn(match[1]!.replace(MARKUP, '').trim(), line, fiscalYearStartMonth);
      if ('message' in read) problems.push(read);
      else checkIns.push(read);
    }
  }
  return { checkIns, problems };
}

/** A table row as the check-in line it stands for: "2027-02-14 G1 $1.2M — on track: two renewals signed early". */
function tableRowAsLine(cells: string[], columns: number[]): string {
  const parts: string[][] = [[], [], [], [], []];
  for (const [index, cell] of cells.entries()) if (cell) parts[columns[index] ?? 4]!.push(cell);
  const [date, id, value, status, note] = parts.map((part) => part.join(' '));
  return `${date} ${id} ${value}`.trim() + (status || note ? ` — ${[status, note].filter(Boolean).join(': ')}` : '');
}

/** Date then ID (`2027-02-14 G1 …`), ID then date (`G1 2027-02-14 …`), or a written date (`14 Feb 2027 G1 …`). */
function readCheckIn(text: string, line: number, fiscalYearStartMonth: number): CheckIn | CheckInProblem {
  let rest = text;
  let date: IsoDate | undefined;
  let id: string | undefined;
  const takeDate = () => {
    const numeric = NUMERIC_DATE.exec(rest);
    const phrase = numeric?.[1] ?? writtenDatePrefix(rest, fiscalYearStartMonth);
    if (!phrase) return;
    date = readDate(phrase, fiscalYearStartMonth);
    if (date) rest = rest.slice(numeric ? numeric[0].length : phrase.length).replace(/^[\s:,—–-]+/, '');
  };
  const takeId = () => {
    const token = ID_TOKEN.exec(rest);
    if (!token || !isValidId(token[1]!)) return;
    id = token[1]!;
    rest = rest.slice(token[0].length).replace(/^[\s:—–-]+/, '');
  };
  takeDate();
  takeId();
  if (!date) takeDate();
  if (!date) return { line, message: `This check-in has no date it can read: start it with the date, as in ${CHECK_IN_EXAMPLE}` };
  if (!id) return { line, message: `This check-in names no goal: put the goal's ID after the date, as in ${CHECK_IN_EXAMPLE}` };
  const separator = COMMENT_SEPARATOR.exec(rest);
  const valuePart = separator ? rest.slice(0, separator.index) : rest;
  const comment = separator ? rest.slice(separator.index + separator[0].length) : '';
  const status = readStatusWord(comment) ?? readStatusWord(valuePart);
  const value = readStatusWord(valuePart) ? undefined : readValue(valuePart);
  if (!value && !status) {
    return {
      line,
      message: `The check-in of ${id} has no value or status it can read: write the value, as in ${CHECK_IN_EXAMPLE}, or a status (on track, at risk, off track, met, missed)`,
    };
  }
  const checkIn: CheckIn = { line, date, id };
  if (value) checkIn.value = value;
  if (status) checkIn.status = status;
  const note = (comment || valuePart).trim();
  if (note) checkIn.note = note;
  return checkIn;
}

/** "14 Feb 2027", "Feb 14, 2027" at the start of a line: the longest prefix that reads as one date. */
function writtenDatePrefix(text: string, fiscalYearStartMonth: number): string | undefined {
  const words = text.split(/\s+/).slice(0, 4);
  for (let n = words.length; n >= 2; n--) {
    const phrase = words.slice(0, n).join(' ').replace(/[,:]$/, '');
    if (/\d/.test(phrase) && readDate(phrase, fiscalYearStartMonth)) return phrase;
  }
  return undefined;
}
