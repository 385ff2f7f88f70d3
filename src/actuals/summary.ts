import { idKey } from '../model/ids.js';
import { isPlaceholder } from '../model/placeholders.js';
import type { Item, PlanModel, PlanSummary as PlanHeadSummary } from '../model/types.js';
import type { GoalSummary, PlanActuals, Reading, StatusWord } from '../model/actuals.js';
import { lineSpan } from '../model/items.js';
import type { Span } from '../types.js';
import type { Amount } from '../smart/amount.js';
import { findGrowth } from '../smart/growth.js';
import { findQuantities } from '../smart/quantity.js';
import type { IsoDate } from '../time/dates.js';
import { dueDateOf } from '../repo/due.js';
import { parsePeriod } from '../time/period.js';
import { readCheckIns } from './check-ins.js';
import { readStatusWord, readValue, readDate } from './reading.js';

export type { GoalSummary, PlanActuals } from '../model/actuals.js';

/** A plan's actuals as one run sees them: who the plan is, and its goals with every reading dated. */
export interface PlanSummary {
  file: string;
  id: string;
  kind?: string;
  owner?: string;
  parent?: string;
  status?: string;
  period?: { label: string; start: IsoDate; end: IsoDate };
  /** The plan writes actuals itself: a Check-ins section or an `Actual:` field. */
  tracksActuals: boolean;
  goals: GoalSummary[];
  /** Check-in lines and `Actual:` fields that cannot be read (actuals-row findings at their lines). */
  problems: { line: number; message: string }[];
  /** The span of each line the goals and problems name. */
  lines: Record<number, Span>;
}

export interface SummaryOptions {
  fiscalYearStart: number;
  /** The date of an `Actual:` written without one: the file's last commit, else today (asked only when needed). */
  undatedAs: (file: string) => IsoDate;
  today: IsoDate;
}

const cache = new WeakMap<PlanHeadSummary, Map<string, PlanSummary>>();
const readFromModel = new WeakMap<PlanHeadSummary, PlanActuals>();

/** A plan's actuals: from its summary (read with the plan, kept by --cache), else read now from its model. */
export function actualsOfPlan(plan: PlanHeadSummary, fiscalYearStart: number): PlanActuals {
  if (plan.actuals?.fiscalYearStart === fiscalYearStart) return plan.actuals;
  let read = readFromModel.get(plan);
  if (!read || read.fiscalYearStart !== fiscalYearStart) {
    if (!('sections' in plan)) throw new Error(`the summary of ${plan.file} holds no actuals read with fiscal year start ${fiscalYearStart}`);
    readFromModel.set(plan, (read = readPlanActuals(plan as PlanModel, fiscalYearStart)));
  }
  return read;
}

/** The plan's actuals with every undated reading dated (memoized per plan and run settings: CSV readings key by goal). */
export function summarizePlan(plan: PlanHeadSummary, options: SummaryOptions): PlanSummary {
  const key = `${options.fiscalYearStart}|${options.today}`;
  let byKey = cache.get(plan);
  if (!byKey) cache.set(plan, (byKey = new Map()));
  let summary = byKey.get(key);
  if (!summary) byKey.set(key, (summary = buildSummary(plan, actualsOfPlan(plan, options.fiscalYearStart), options)));
  return summary;
}

function buildSummary(plan: PlanHeadSummary, actuals: PlanActuals, options: SummaryOptions): PlanSummary {
  const summary: PlanSummary = {
    file: plan.file,
    id: plan.id,
    tracksActuals: actuals.tracksActuals,
    goals: [],
    problems: actuals.problems,
    lines: actuals.lines,
  };
  if (plan.kind) summary.kind = plan.kind;
  if (plan.owner) summary.owner = plan.owner;
  if (plan.parent) summary.parent = plan.parent;
  if (plan.status) summary.status = plan.status;
  if (actuals.period) summary.period = actuals.period;
  const dated = (reading: Reading): Reading => {
    if (!reading.undated) return reading;
    const { undated: _, ...rest } = reading;
    return { ...rest, date: options.undatedAs(plan.file) };
  };
  summary.goals = actuals.goals.map((goal) => (goal.readings.some((r) => r.undated) ? { ...goal, readings: goal.readings.map(dated) } : goal));
  return summary;
}

/** Reads a plan's goals, readings and check-ins (no date of today in it: what --cache keeps with the plan's summary). */
export function readPlanActuals(plan: PlanModel, fiscalYearStart: number): PlanActuals {
  const period = plan.period ? parsePeriod(plan.period, fiscalYearStart) : undefined;
  const summary: PlanActuals = { fiscalYearStart, tracksActuals: false, goals: [], problems: [], lines: {} };
  if (period) summary.period = { label: plan.period!, start: period.start, end: period.end };
  const options = { fiscalYearStart };
  const byKey = new Map<string, GoalSummary>();
  for (const item of plan.items) {
    if ((item.section !== 'goals' && item.section !== 'objectives') || !item.id || item.placeholder) continue;
    if (byKey.has(idKey(item.id))) continue;
    const goal = summarizeItem(item, plan, options, summary);
    byKey.set(idKey(item.id), goal);
    summary.goals.push(goal);
  }
  for (const review of plan.reviewItems) {
    const goal = review.id ? byKey.get(idKey(review.id)) : undefined;
    const result = /^(partially|partly)\b/i.test(review.statement.replace(/^[*_\s]+/, ''))
      ? 'partially met'
      : readStatusWord(review.statement.replace(/^[*_\s]+/, ''));
    if (goal && (result === 'met' || result === 'missed' || result === 'partially met')) goal.review = { result, line: review.span.start.line };
  }
  const { checkIns, problems } = readCheckIns(plan, fiscalYearStart);
  if (plan.sections.some((s) => s.key === 'checkins')) summary.tracksActuals = true;
  summary.problems.push(...problems);
  for (const checkIn of checkIns) {
    const goal = byKey.get(idKey(checkIn.id));
    if (!goal) {
      summary.problems.push({
        line: checkIn.line,
        message: `This check-in names ${checkIn.id}, which is not a goal or objective of this plan: use the ID of one`,
      });
      continue;
    }
    if (checkIn.status && (!goal.checkInStatus || checkIn.date >= goal.checkInStatus.date))
      goal.checkInStatus = { status: checkIn.status, line: checkIn.line, date: checkIn.date };
    const value = checkIn.value ?? outcomeValue(checkIn.status);
    if (!value) continue;
    const reading: Reading = { date: checkIn.date, ...value, source: 'check-in', file: plan.file, line: checkIn.line };
    if (checkIn.status) reading.status = checkIn.status;
    if (checkIn.note) reading.note = checkIn.note;
    goal.readings.push(reading);
  }
  const named = new Set<number>(summary.problems.map((p) => p.line));
  for (const goal of summary.goals) {
    named.add(goal.line);
    if (goal.statusLine !== undefined) named.add(goal.statusLine);
    if (goal.review) named.add(goal.review.line);
    if (goal.checkInStatus) named.add(goal.checkInStatus.line);
    for (const reading of goal.readings) named.add(reading.line);
  }
  for (const line of [...named].sort((x, y) => x - y)) summary.lines[line] = lineSpan(plan.lines, line);
  return summary;
}

/** The span of a line the plan's actuals name. */
export function lineOf(summary: Pick<PlanSummary, 'lines'>, line: number): Span {
  return summary.lines[line] ?? { start: { line, column: 1 }, end: { line, column: 1 } };
}

function summarizeItem(item: Item, plan: PlanModel, options: { fiscalYearStart: number }, summary: PlanActuals): GoalSummary {
  const field = (name: string) => item.fields.find((f) => f.name === name && f.value.trim() !== '' && !isPlaceholder(f.value));
  const goal: GoalSummary = {
    id: item.id!,
    section: item.section as 'goals' | 'objectives',
    line: item.span.start.line,
    statement: item.statement,
    milestone: false,
    supports: item.fields.filter((f) => f.name === 'supports').flatMap((f) => f.refs.map((r) => (r.plan ? { plan: r.plan, id: r.id } : { id: r.id }))),
    readings: [],
  };
  const owner = field('owner')?.value;
  if (owner) goal.owner = owner;
  const metric = field('metric')?.value;
  if (metric) goal.metric = metric;
  const { target, baseline } = amountsOf(item);
  if (target) {
    goal.target = target.value;
    goal.targetText = target.text;
    if (target.unit !== undefined) goal.unit = target.unit;
    if (target.currency !== undefined) goal.currency = target.currency;
  }
  if (baseline) goal.baseline = baseline.value;
  goal.milestone = !target && !metric && item.section === 'goals' ? findQuantities(item.statement).length === 0 : false;
  const period = plan.period ? parsePeriod(plan.period, options.fiscalYearStart) : undefined;
  const due = dueDateOf(item, options.fiscalYearStart, period);
  if (due) goal.deadline = due.date;
  const statusField = field('status');
  const status = statusField && readStatusWord(statusField.value);
  if (statusField && status) {
    goal.status = status;
    goal.statusLine = statusField.span.start.line;
  }
  for (const actual of item.fields.filter((f) => f.name === 'actual')) {
    summary.tracksActuals = true;
    const reading = readActualField(actual.value, options);
    if (reading) goal.readings.push({ ...reading, source: 'actual', file: plan.file, line: actual.span.start.line });
    else
      summary.problems.push({
        line: actual.span.start.line,
        message: `"${actual.key}: ${actual.value}" has no value it can read: write it as "Actual: $1.2M (2027-02-14)"`,
      });
  }
  // A milestone's Status met/missed is its reading (dated like an undated Actual).
  if (goal.milestone && (status === 'met' || status === 'missed') && statusField && !goal.readings.length) {
    goal.readings.push({
      date: '',
      undated: true,
      value: status === 'met' ? 1 : 0,
      unit: 'outcome',
      text: statusField.value,
      status,
      source: 'actual',
      file: plan.file,
      line: statusField.span.start.line,
    });
  }
  return goal;
}

/** `$1.2M (2027-02-14)`, `$1.2M as of 2027-02-14`, `done (2027-03-01)`; undated: `options.undatedAs`. */
function readActualField(value: string, options: { fiscalYearStart: number }): Omit<Reading, 'source' | 'file' | 'line'> | undefined {
  const dated = /^(.*?)\s*(?:\(([^()]+)\)|,?\s+(?:as of|on|at)\s+(.+))\s*$/i.exec(value);
  const date = dated ? readDate((dated[2] ?? dated[3])!, options.fiscalYearStart) : undefined;
  const text = date ? dated![1]! : value;
  const status = readStatusWord(text);
  const read = status ? outcomeValue(status) : readValue(text);
  if (!read) return undefined;
  return { ...(date ? { date } : { date: '', undated: true as const }), ...read, ...(status ? { status } : {}) };
}

function outcomeValue(status: StatusWord | undefined) {
  if (status !== 'met' && status !== 'missed') return undefined;
  return { value: status === 'met' ? 1 : 0, unit: 'outcome', text: status };
}

/** The target (`Target:`, else the statement's "to", else its one quantity) and the baseline (`Baseline:`, else the "from"). */
function amountsOf(item: Item): { target?: Amount; baseline?: Amount } {
  const fieldAmount = (name: string) => {
    const field = item.fields.find((f) => f.name === name && f.value.trim() !== '');
    return field
      ? findQuantities(field.value).find((q) => !/\b(?:from|baseline|vs\.?|was)\s*$/i.test(field.value.slice(0, q.index)) && /\d/.test(q.text))
      : undefined;
  };
  const growth = findGrowth(item.statement);
  const numeric = findQuantities(item.statement).filter((q) => /\d/.test(q.text) && !['multiple', 'rate', 'times', 'fraction'].includes(q.unit ?? ''));
  const target = fieldAmount('target') ?? (growth?.from ? growth.to : undefined) ?? (numeric.length === 1 ? numeric[0] : undefined);
  const baseline = fieldAmount('baseline') ?? growth?.from;
  const out: { target?: Amount; baseline?: Amount } = {};
  if (target) out.target = target;
  if (baseline) out.baseline = scaleLike(baseline, target);
  return out;
}

/** "from $2.0 to $2.6M": a baseline written without a scale takes the target's. */
function scaleLike(baseline: Amount, target: Amount | undefined): Amount {
  if (!target || /\d\s?(?:k|m|mm|bn|b|thousand|million|billion)\b/i.test(baseline.text)) return baseline;
  const scale = /\d\s?(k|mm|m|bn|b|thousand|million|billion)\b/i.exec(target.text)?.[1]?.toLowerCase();
  const factor = scale ? (({ k: 1e3, thousand: 1e3, m: 1e6, mm: 1e6, million: 1e6, b: 1e9, bn: 1e9, billion: 1e9 } as Record<string, number>)[scale] ?? 1) : 1;
  return { ...baseline, value: baseline.value * factor };
}
