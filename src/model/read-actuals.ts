import { idKey } from './ids.js';
import type { Item, PlanModel } from './types.js';
import type { GoalSummary, PlanActuals, Reading, StatusWord } from './actuals.js';
import { lineSpan } from './items.js';
import { dueDateOf } from './due.js';
import { filledField, keyResultsOf } from './item-fields.js';
import { readCheckIns } from './check-ins.js';
import { reviewResult } from './review.js';
import { readStatusWord, readValue, readDate } from './reading.js';
import { type Amount, scaled } from '../smart/amount.js';
import { findGrowth } from '../smart/growth.js';
import { findQuantities } from '../smart/quantity.js';
import { type Period, parsePeriod } from '../time/period.js';
import { inParenthesis } from '../text/parenthesis.js';

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
    const goal = summarizeItem(item, plan, period, options, summary);
    byKey.set(idKey(item.id), goal);
    summary.goals.push(goal);
  }
  for (const review of plan.reviewItems) {
    const goal = review.id ? byKey.get(idKey(review.id)) : undefined;
    // The result as review-required reads it: a word, a mark (✅ ❌ ⚠️) or a `Result:` field.
    const result = reviewResult(review);
    if (goal && result) goal.review = { result, line: review.line };
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
    // A milestone's reading is its outcome (§8a), met/done or missed: its "0 of 1 — at risk" is news, not a reading.
    const value = goal.milestone ? outcomeValue(checkIn.status) : (checkIn.value ?? outcomeValue(checkIn.status));
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
  for (const line of [...named].sort((x, y) => x - y)) summary.lines[line] = lineSpan(plan.lines, line).end.column;
  return summary;
}

function summarizeItem(item: Item, plan: PlanModel, period: Period | undefined, options: { fiscalYearStart: number }, summary: PlanActuals): GoalSummary {
  const goal: GoalSummary = {
    id: item.id!,
    section: item.section as 'goals' | 'objectives',
    line: item.line,
    statement: item.statement,
    milestone: false,
    readings: [],
  };
  const owner = filledField(item, 'owner')?.value;
  if (owner) goal.owner = owner;
  const metric = filledField(item, 'metric')?.value;
  if (metric) goal.metric = metric;
  const { target, baseline } = amountsOf(item);
  if (target) {
    goal.target = target.value;
    goal.targetText = target.text;
    if (target.unit !== undefined) goal.unit = target.unit;
    if (target.currency !== undefined) goal.currency = target.currency;
  }
  if (baseline) goal.baseline = baseline.value;
  // Met by one event: nothing measures it, neither its statement nor (an OKR goal) a key result.
  goal.milestone =
    !target && !metric && item.section === 'goals'
      ? findQuantities(item.statement).length === 0 && keyResultsOf(item).every((keyResult) => findQuantities(keyResult.value).length === 0)
      : false;
  const due = dueDateOf(item, options.fiscalYearStart, period);
  if (due) goal.deadline = due.date;
  const statusField = filledField(item, 'status');
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

/**
 * The target (`Target:`, else the statement's "to", else its one quantity, else an OKR goal's one key result's) and the
 * baseline (`Baseline:`, else the "from" of that statement).
 */
function amountsOf(item: Item): { target?: Amount; baseline?: Amount } {
  const fieldAmount = (name: string) => {
    const field = item.fields.find((f) => f.name === name && f.value.trim() !== '');
    return field
      ? findQuantities(field.value).find((q) => !/\b(?:from|baseline|vs\.?|was)\s*$/i.test(field.value.slice(0, q.index)) && /\d/.test(q.text))
      : undefined;
  };
  let stated = statedAmounts(item.statement);
  if (!stated.target) {
    // An OKR goal's statement is its heading: its key result with a number measures it, when only one has one (3a).
    const measured = keyResultsOf(item)
      .map((keyResult) => statedAmounts(keyResult.value))
      .filter((amounts) => amounts.target);
    if (measured.length === 1) stated = measured[0]!;
  }
  const target = fieldAmount('target') ?? stated.target;
  const baseline = fieldAmount('baseline') ?? stated.baseline;
  const out: { target?: Amount; baseline?: Amount } = {};
  if (target) out.target = target;
  if (baseline) out.baseline = scaleLike(baseline, target);
  return out;
}

/**
 * The target a text states (the "to" of a from -> to, else its one number) and the baseline of a from -> to. A number in
 * a parenthesis counts only when none is outside one: "$1.1M by Q4 (stretch: $1.3M)" targets $1.1M, as §5a reads dates.
 */
function statedAmounts(text: string): { target?: Amount; baseline?: Amount } {
  const growth = findGrowth(text);
  if (growth?.from) return { target: growth.to, baseline: growth.from };
  const numbers = findQuantities(text).filter((q) => /\d/.test(q.text) && !['multiple', 'rate', 'times', 'fraction'].includes(q.unit ?? ''));
  const outside = numbers.filter((q) => !inParenthesis(text, q.index));
  const numeric = outside.length > 0 ? outside : numbers;
  return numeric.length === 1 ? { target: numeric[0] } : {};
}

/** "from $2.0 to $2.6M": a baseline written without a scale takes the target's. */
function scaleLike(baseline: Amount, target: Amount | undefined): Amount {
  if (!target || /\d\s?(?:k|m|mm|bn|b|thousand|million|billion)\b/i.test(baseline.text)) return baseline;
  const scale = /\d\s?(k|mm|m|bn|b|thousand|million|billion)\b/i.exec(target.text)?.[1];
  return { ...baseline, value: scaled(baseline.value, scale) };
}
