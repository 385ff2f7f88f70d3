import { addsUpTo, countedNoun, CURRENCY_CODES } from '../smart/amount.js';
import { idKey } from '../model/ids.js';
import type { PlanSummary } from '../model/types.js';
import { findItem, type PlanGraph } from '../repo/graph.js';
import { supportersIndex } from '../repo/references.js';
import type { IsoDate } from '../time/dates.js';
import type { ActualsProblem, CsvActuals } from './collect.js';
import { formatValue } from './format.js';
import { byDate, goalProgress, latestReading, type GoalProgress, type PaceOptions, type PaceWeights, progressOf, DEFAULT_TOLERANCE } from './progress.js';
import type { Reading } from '../model/reading.js';
import { actualsOfPlan, type DatedActuals, type GoalSummary, summarizePlan } from './summary.js';
import { getOrCreate } from '../text/memo.js';

/** What a run knows of actuals beyond the plans' own text: CSV readings, and whether the repo tracks actuals. */
export interface ActualsInput {
  csv?: CsvActuals;
  /** Config `actuals` is set or `--actuals` was given: every plan is expected to have readings. */
  tracked: boolean;
  /** The date of an `Actual:` written without one (the plan file's last commit, no later than today); default today. */
  undatedAs?: (file: string) => IsoDate;
  /** CSV files that could not be opened at all (missing, unreadable): the run's failures, not findings. */
  unreadable?: { file: string; message: string }[];
}

/** A goal on a day: its readings, its progress against the pace, and whether it is still running. */
export interface GoalState {
  plan: DatedActuals;
  goal: GoalSummary;
  /** Its own readings: `Actual:` fields, check-ins and CSV rows, oldest first. */
  readings: Reading[];
  /** Summed from the goals that support it, when it has no reading of its own. */
  rolledUp?: Reading;
  /** Progress from its own readings, else from the rolled-up one. */
  progress: GoalProgress;
  /** From the plan period's start to the goal's deadline (else the period's end). */
  start?: IsoDate;
  deadline?: IsoDate;
  /** Its plan's period has started and not ended, the plan is not closed, the deadline has not passed, not met/missed. */
  running: boolean;
}

export interface PaceSettings {
  pace?: PaceWeights | undefined;
  tolerance?: number | undefined;
}

export interface RunActuals {
  tracked: boolean;
  /** Nothing records actuals: no CSV, no config `actuals`, no Check-ins section or `Actual:` field in any plan. */
  idle: boolean;
  summaryOf(plan: PlanSummary): DatedActuals;
  stateOf(plan: PlanSummary, goal: GoalSummary, pace?: PaceSettings): GoalState;
  /** Rows and lines that cannot be read or matched: the CSV files' and every plan's. */
  problems(): ActualsProblem[];
}

/** What the run's actuals depend on besides the plans: today, and the fiscal calendar. */
export interface ActualsSettings {
  today: IsoDate;
  fiscalYearStart: number;
}

const runs = new WeakMap<PlanGraph, Map<string, RunActuals>>();

/** The run's actuals over the graph (with the CSV readings of `input`), worked out once per graph and settings. */
export function actualsOf(graph: PlanGraph, settings: ActualsSettings, input?: ActualsInput): RunActuals {
  const key = `${settings.today}|${settings.fiscalYearStart}`;
  const byKey = getOrCreate(runs, graph, () => new Map());
  return getOrCreate(byKey, key, () => buildRun(graph, settings, input ?? { tracked: false }));
}

function buildRun(graph: PlanGraph, settings: ActualsSettings, input: ActualsInput): RunActuals {
  const today = settings.today;
  const undated = input.undatedAs ?? (() => today);
  const summaryOptions = { fiscalYearStart: settings.fiscalYearStart, today, undatedAs: (file: string) => minDate(undated(file), today) };
  const summaryOf = (plan: PlanSummary) => summarizePlan(plan, summaryOptions);
  const linted = graph.plans.filter((plan) => graph.isLinted(plan));
  /**
   * Who supports whom, from each plan's `Supports:` links (a `Supports:` ID alone means the parent plan): only the
   * supporting plans a roll-up asks about are summarized; an item naming the same goal twice counts once.
   */
  const supporters = supportersIndex(graph);
  const supportersOf = (model: PlanSummary, goal: GoalSummary) => {
    const target = findItem(model, goal.id);
    const seen = new Set<GoalSummary>();
    return (target ? supporters(model, target) : []).flatMap(({ plan, item }) => {
      const summary = summaryOf(plan);
      const supporter = item.id === undefined ? undefined : summary.goals.find((g) => idKey(g.id) === idKey(item.id!));
      if (!supporter || seen.has(supporter)) return [];
      seen.add(supporter);
      return [{ model: plan, plan: summary, goal: supporter }];
    });
  };

  const ownReadings = (goal: GoalSummary) => {
    const csv = input.csv?.readings.get(goal) ?? [];
    return csv.length === 0 ? goal.readings : [...goal.readings, ...csv].sort(byDate);
  };

  const rolled = new Map<GoalSummary, Reading | undefined>();
  const visiting = new Set<GoalSummary>();
  const rolledUpOf = (model: PlanSummary, goal: GoalSummary): Reading | undefined => {
    if (rolled.has(goal)) return rolled.get(goal);
    if (visiting.has(goal)) return undefined; // A loop of Supports: no roll-up through it.
    visiting.add(goal);
    const reading = rollUp(summaryOf(model), goal, supportersOf(model, goal), (s) => latestReading(effectiveReadings(s.model, s.goal), today));
    visiting.delete(goal);
    rolled.set(goal, reading);
    return reading;
  };
  const effectiveReadings = (model: PlanSummary, goal: GoalSummary): Reading[] => {
    const own = ownReadings(goal);
    if (own.some((r) => r.date <= today)) return own;
    const up = rolledUpOf(model, goal);
    return up ? [up] : own;
  };

  const stateOf = (model: PlanSummary, goal: GoalSummary, pace: PaceSettings = {}): GoalState => {
    const plan = summaryOf(model);
    const readings = ownReadings(goal);
    const hasOwn = readings.some((r) => r.date <= today);
    const rolledUp = hasOwn ? undefined : rolledUpOf(model, goal);
    const period = plan.period;
    const start = period?.start;
    const deadline = goal.deadline && period && goal.deadline >= period.start ? goal.deadline : period?.end;
    const paceOptions: PaceOptions = pace.pace ? { weights: pace.pace, fiscalYearStart: settings.fiscalYearStart } : {};
    const progress =
      start && deadline
        ? goalProgress({
            ...goal,
            readings: rolledUp ? [rolledUp] : readings,
            start,
            deadline,
            today,
            pace: paceOptions,
            tolerance: pace.tolerance ?? DEFAULT_TOLERANCE,
          })
        : { expected: 0, behind: false };
    const running =
      period !== undefined &&
      period.start <= today &&
      today <= period.end &&
      plan.status !== 'closed' &&
      (deadline === undefined || today <= deadline) &&
      goal.status !== 'met' &&
      goal.status !== 'missed' &&
      goal.review === undefined;
    const state: GoalState = { plan, goal, readings, progress, running };
    if (rolledUp) state.rolledUp = rolledUp;
    if (start) state.start = start;
    if (deadline) state.deadline = deadline;
    return state;
  };

  return {
    tracked: input.tracked,
    idle:
      !input.tracked &&
      !input.csv &&
      !linted.some((plan) => recordsActuals(plan, settings) || descendants(graph, plan).some((p) => recordsActuals(p, settings))),
    summaryOf,
    stateOf,
    problems: () => [...(input.csv?.problems ?? []), ...linted.map(summaryOf).flatMap((s) => s.problems.map((p) => ({ file: s.file, ...p })))],
  };
}

/** The plans under a plan (children, their children…), whose readings may roll up into it. */
function descendants(graph: PlanGraph, plan: PlanSummary): PlanSummary[] {
  const seen = new Set<PlanSummary>([plan]);
  const out: PlanSummary[] = [];
  for (let i = -1; i < out.length; i++) {
    for (const child of graph.childrenOf(i < 0 ? plan : out[i]!)) {
      if (seen.has(child)) continue;
      seen.add(child);
      out.push(child);
    }
  }
  return out;
}

/** A plan that writes readings itself (a Check-ins section, an `Actual:` field). */
function recordsActuals(plan: PlanSummary, settings: ActualsSettings): boolean {
  return actualsOfPlan(plan, settings.fiscalYearStart).tracksActuals;
}

function minDate(a: IsoDate, b: IsoDate): IsoDate {
  return a < b ? a : b;
}

/** The unit a goal's readings add up in: its target's currency, percent, counted noun; a milestone counts outcomes. */
function unitKey(goal: GoalSummary): string {
  if (goal.milestone) return 'outcome';
  if (goal.unit === 'currency') return `currency:${CURRENCY_CODES[goal.currency ?? ''] ?? goal.currency ?? ''}`;
  if (goal.unit === 'percent') return 'percent';
  return `count:${countedNoun(goal.unit)}`;
}

/**
 * Roll-up (contract §8): with every supporter that has a reading in the same unit, the sum of their latest readings
 * (counts, currency), or their target-weighted mean progress (percentages) read back on the parent's own scale.
 * Dated by the oldest reading used.
 */
function rollUp<S extends { plan: DatedActuals; goal: GoalSummary }>(
  plan: DatedActuals,
  goal: GoalSummary,
  supporters: readonly S[],
  latestOf: (s: S) => Reading | undefined,
): Reading | undefined {
  const used = supporters.flatMap((s) => {
    const reading = latestOf(s);
    return reading ? [{ ...s, reading }] : [];
  });
  if (used.length === 0) return undefined;
  // Every supporter counts in the parent's unit, or is a milestone counted toward it: no ARR summed into a logo count.
  const unit = unitKey(goal);
  const countsToward = (u: { goal: GoalSummary }) => unitKey(u.goal) === unit || (unitKey(u.goal) === 'outcome' && unit.startsWith('count:'));
  if (!used.every(countsToward)) return undefined;
  const date = used.map((u) => u.reading.date).reduce((a, b) => (b < a ? b : a));
  let value: number;
  if (unit === 'percent') {
    if (goal.target === undefined) return undefined;
    let weighted = 0;
    let weights = 0;
    for (const u of used) {
      const progress = progressOf(u.goal, u.reading);
      if (progress === undefined) continue;
      const weight = u.goal.target ?? 1;
      weighted += progress * weight;
      weights += weight;
    }
    if (weights === 0) return undefined;
    const baseline = goal.baseline ?? 0;
    value = baseline + (weighted / weights) * (goal.target - baseline);
  } else {
    // A goal counted from a baseline ($48M of ARR) is the sum of its supporters only when they start from it together:
    // one region's $13M is not the company's ARR.
    const baselines = used.reduce((sum, u) => sum + (u.goal.baseline ?? 0), 0);
    if (goal.baseline !== undefined && !addsUpTo(baselines, goal.baseline)) return undefined;
    value = used.reduce((sum, u) => sum + u.reading.value, 0);
  }
  const from = used.map((u) => `${u.plan.id}#${u.goal.id}`).join(', ');
  const reading: Reading = {
    date,
    value,
    text: formatValue(value, goal),
    source: 'roll-up',
    file: plan.file,
    line: goal.line,
    note: `${unit === 'percent' ? 'target-weighted mean progress' : 'sum'} of ${used.length} supporting goal${used.length === 1 ? '' : 's'}: ${from}`,
  };
  if (goal.unit !== undefined) reading.unit = goal.unit;
  if (goal.currency !== undefined) reading.currency = goal.currency;
  return reading;
}
