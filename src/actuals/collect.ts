import { idKey } from '../model/ids.js';
import type { IsoDate } from '../time/dates.js';
import { byDate, comparable, latestReading } from './progress.js';
import { readDate, readValueCell, type Reading } from '../model/reading.js';
import type { DatedActuals, GoalSummary } from './summary.js';
import { getOrCreate } from '../text/memo.js';

/** One row of a CRM export (contract §8): columns by header, case-insensitive; `line` is where the row starts. */
export interface CsvRow {
  file: string;
  line: number;
  plan: string;
  item: string;
  metric: string;
  value: string;
  date: string;
  source: string;
  /** The export separates with `;`, so a value's comma is a decimal comma ("1.234,50"). */
  decimalComma: boolean;
}
/** A row or line that cannot be read or matched: an actuals-row finding at that file's line. */
export interface ActualsProblem {
  file: string;
  line: number;
  message: string;
}

/** CSV readings matched to goals; each goal keeps only what pace and review ask for, so memory stays flat. */
export interface CsvActuals {
  readings: Map<GoalSummary, Reading[]>;
  problems: ActualsProblem[];
}

/** Findings kept per CSV file; past that, one more finding counts the rest (a whole export in the wrong shape). */
const MAX_PROBLEMS_PER_FILE = 200;

/**
 * Matches CSV rows to the goals of the run's plans as they stream in. A goal keeps its newest reading on or before
 * today and its newest on or before its plan's period end (the Review is checked against that one); rows dated after
 * today are ignored (contract §8a).
 */
export class CsvCollector {
  private readonly byId = new Map<string, (() => DatedActuals)[]>();
  private readonly byLowerId = new Map<string, string>();
  private readonly readings = new Map<GoalSummary, Reading[]>();
  private readonly problems: ActualsProblem[] = [];
  private readonly problemCount = new Map<string, { count: number; line: number }>();

  constructor(
    /** The run's plans by id, each summarized only when a row names it. */
    plans: readonly { id: string; summary: () => DatedActuals }[],
    private readonly today: IsoDate,
    private readonly fiscalYearStart: number,
    /** A row naming a plan that is not loaded is a finding only when the run read the whole repo. */
    private readonly reportUnknownPlans: boolean,
  ) {
    for (const plan of plans) {
      let summary: DatedActuals | undefined;
      const lazy = () => (summary ??= plan.summary());
      getOrCreate(this.byId, plan.id, () => []).push(lazy);
      if (!this.byLowerId.has(plan.id.toLowerCase())) this.byLowerId.set(plan.id.toLowerCase(), plan.id);
    }
  }

  add(row: CsvRow): void {
    const problem = this.match(row);
    if (problem) this.problem(row.file, row.line, problem);
  }

  /** A file-level problem (no header, broken quotes). */
  problem(file: string, line: number, message: string): void {
    const seen = this.problemCount.get(file) ?? { count: 0, line };
    seen.count++;
    seen.line = line;
    this.problemCount.set(file, seen);
    if (seen.count <= MAX_PROBLEMS_PER_FILE) this.problems.push({ file, line, message });
  }

  result(): CsvActuals {
    const problems = [...this.problems];
    for (const [file, { count, line }] of this.problemCount) {
      if (count > MAX_PROBLEMS_PER_FILE) {
        problems.push({
          file,
          line,
          message: `${count - MAX_PROBLEMS_PER_FILE} more rows of this file cannot be read or matched (the first ${MAX_PROBLEMS_PER_FILE} are reported): check that the export has the columns ${'plan, item, value, date'}`,
        });
      }
    }
    return { readings: this.readings, problems };
  }

  private match(row: CsvRow): string | undefined {
    if (row.plan === '') return 'This row names no plan: fill the "plan" column with a plan\'s id';
    // Plan ids as the CRM spells them: exact, else in another case.
    const plans = this.byId.get(row.plan) ?? this.byId.get(this.byLowerId.get(row.plan.toLowerCase()) ?? '');
    if (!plans)
      return this.reportUnknownPlans
        ? `This row names plan "${row.plan}", which is not a plan here: use a plan's id (its front matter "id", else its file name)`
        : undefined;
    const plan = plans[0]!();
    let goal: GoalSummary | undefined;
    if (row.item !== '') {
      goal = plan.goals.find((g) => idKey(g.id) === idKey(row.item));
      if (!goal) return `This row names ${row.item}, which is not a goal or objective of plan "${plan.id}"${goalList(plan)}`;
    } else if (row.metric !== '') {
      const matches = plan.goals.filter((g) => g.metric?.toLowerCase() === row.metric.toLowerCase());
      if (matches.length === 0)
        return `This row's metric "${row.metric}" is no goal's "Metric:" in plan "${plan.id}": fill the "item" column with the goal's ID, or add "Metric: ${row.metric}" to the goal`;
      if (matches.length > 1)
        return `This row's metric "${row.metric}" is the Metric of ${matches.map((g) => g.id).join(' and ')} in plan "${plan.id}": fill the "item" column to say which`;
      goal = matches[0]!;
    } else {
      return 'This row names no item and no metric: fill the "item" column with a goal\'s ID';
    }
    if (row.value === '') return `This row has an empty value for ${goal.id}: fill it in, or leave the row out`;
    const value = readValueCell(row.value, row.decimalComma);
    if (!value)
      return `This row's value "${row.value}" is not a number for ${goal.id}: write it as the goal's target is written, such as ${goal.targetText ? `"${goal.targetText}"` : '"1200" or "$1.2M"'}`;
    if (!comparable(goal, value))
      return `This row's value "${row.value}" cannot be compared with ${goal.id}'s target "${goal.targetText}": give the value in the target's unit`;
    const date = readDate(row.date, this.fiscalYearStart);
    if (!date) return `This row's date "${row.date}" is not a date: write it as YYYY-MM-DD`;
    if (date > this.today) return undefined; // A reading from the future is ignored, not a finding (contract §8a).
    const reading: Reading = { date, ...value, source: 'csv', file: row.file, line: row.line };
    if (row.source !== '') reading.note = row.source;
    this.keep(goal, plan, reading);
    return undefined;
  }

  private keep(goal: GoalSummary, plan: DatedActuals, reading: Reading): void {
    const kept = this.readings.get(goal);
    if (!kept) {
      this.readings.set(goal, [reading]);
      return;
    }
    // Later rows win ties: an export lists corrections after the rows they correct.
    const newest = kept.reduce((a, b) => (b.date >= a.date ? b : a));
    const end = plan.period?.end;
    const inPeriod = end === undefined ? undefined : latestReading(kept, end);
    const next = new Set([reading.date >= newest.date ? reading : newest]);
    if (end !== undefined) {
      const candidate = reading.date <= end && (!inPeriod || reading.date >= inPeriod.date) ? reading : inPeriod;
      if (candidate) next.add(candidate);
    }
    this.readings.set(goal, [...next].sort(byDate));
  }
}

function goalList(plan: DatedActuals): string {
  const ids = plan.goals.map((g) => g.id);
  if (ids.length === 0) return '';
  return `: use one of ${ids.slice(0, 8).join(', ')}${ids.length > 8 ? ', …' : ''}`;
}
