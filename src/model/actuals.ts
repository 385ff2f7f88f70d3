import type { IsoDate } from '../time/dates.js';

/** Where a reading was written: an `Actual:` field, a `## Check-ins` item, a CSV row, or summed from supporting goals. */
export type ReadingSource = 'actual' | 'check-in' | 'csv' | 'roll-up';

/** A goal's status as written (contract §3 Status values; "done" reads as met). */
export type StatusWord = 'on track' | 'at risk' | 'off track' | 'met' | 'missed' | 'partially met';

/** One reading of a goal or objective (contract §8): the same shape from every source. */
export interface Reading {
  date: IsoDate;
  /** The value read ("$1.2M" is 1 200 000); a milestone's met/done is 1, missed 0. */
  value: number;
  /** "1 of 3": the 3. */
  of?: number;
  /** `currency`, `percent`, a counted noun, or absent for a bare number (as Amount.unit). */
  unit?: string;
  currency?: string;
  /** The status word a check-in states ("on track"); absent when none. */
  status?: StatusWord;
  /** The value as written. */
  text: string;
  source: ReadingSource;
  /** The file it was read from (a plan, or a CSV export) and its 1-based line. */
  file: string;
  line: number;
  /** Free text: a CSV row's `source` column, or a check-in's comment. */
  note?: string;
  /** An `Actual:` written without a date: dated by the run (the file's last commit, no later than today). */
  undated?: true;
}

/**
 * What progress, pace and roll-up need of one plan, read once from its model: a small typed summary, so that the
 * repo-level work (roll-up, `plan status`) never walks the plans' items again.
 */
export interface GoalSummary {
  id: string;
  section: 'goals' | 'objectives';
  /** The item's first line. */
  line: number;
  statement: string;
  owner?: string;
  metric?: string;
  baseline?: number;
  target?: number;
  /** The target's unit (`currency`, `percent`, a counted noun) and currency, when it has them. */
  unit?: string;
  currency?: string;
  /** The target as written ("$2.6M"). */
  targetText?: string;
  /** Met by a single event (no quantity, no Metric): progress 0 or 1. */
  milestone: boolean;
  /** The `Due:` field, else the statement's deadline. */
  deadline?: IsoDate;
  status?: StatusWord;
  statusLine?: number;
  /** The Review's result for this goal, when there is one. */
  review?: { result: 'met' | 'missed' | 'partially met'; line: number };
  /** Readings written in the plan (an undated `Actual:` has `undated` and no date yet: the run dates it) (`Actual:` fields and check-ins), in document order. */
  readings: Reading[];
  /** The newest check-in with a status, for status-contradicts-actuals. */
  checkInStatus?: { status: StatusWord; line: number; date: IsoDate };
}

/**
 * What the actuals rules and `plan status` read of a plan, worked out when the plan is read (and kept by --cache with
 * the rest of its summary): its goals and objectives with their readings, and the lines those name.
 */
export interface PlanActuals {
  /** The fiscal year start the dates were read with (1 = January). */
  fiscalYearStart: number;
  period?: { label: string; start: IsoDate; end: IsoDate };
  /** The plan writes actuals itself: a Check-ins section or an `Actual:` field. */
  tracksActuals: boolean;
  goals: GoalSummary[];
  /** Check-in lines and `Actual:` fields that cannot be read (actuals-row findings at their lines). */
  problems: { line: number; message: string }[];
  /** The last column of each line the above name (items, Status fields, check-ins, Review items, problems), by line. */
  lines: Record<number, number>;
}
