import { DEFAULT_TOLERANCE, type PaceWeights } from '../actuals/progress.js';
import type { Reading } from '../model/reading.js';
import { readingText } from '../actuals/format.js';
import { type ActualsInput, actualsOf, type GoalState } from '../actuals/run.js';
import type { ResolvedConfig } from '../config/types.js';
import type { PlanSummary } from '../model/types.js';
import type { PlanGraph } from '../repo/graph.js';
import { type StatusGoal, type StatusReport, statusGoalSchema } from '../actuals/status-schema.js';

export interface StatusFilters {
  /** A goal's Owner (else its plan's), case-insensitive. */
  owner?: string;
  /** Only goals behind pace. */
  behind?: boolean;
  /** The plan's kind (company, team, account…). */
  kind?: string;
  /** The plan's period as written (FY2027, FY2027-Q1), case-insensitive. */
  period?: string;
  /** The plan's id. */
  plan?: string;
}

export interface StatusSettings {
  today: string;
  fiscalYearStart: number;
  tolerance?: number;
  pace?: PaceWeights | undefined;
}

/** behind-pace's tolerance and pace from the config (its rule options, else config `pace`), for `plan status`. */
export function statusSettingsOf(config: ResolvedConfig, today: string): StatusSettings {
  const rule = config.rules.find((active) => active.rule.id === 'behind-pace');
  const options = (rule?.options ?? {}) as { tolerance?: number; pace?: PaceWeights };
  return {
    today,
    fiscalYearStart: config.settings.fiscalYearStart,
    tolerance: options.tolerance ?? DEFAULT_TOLERANCE,
    pace: options.pace ?? config.settings.pace,
  };
}

const KIND_RANK: Record<string, number> = { company: 0, region: 1, team: 2, territory: 3, account: 4 };

/** The linted plans in tree order: each plan, then the plans under it (company -> … -> account), siblings by id. */
export function treeOrder(graph: PlanGraph): { plan: PlanSummary; depth: number }[] {
  const shown = graph.plans.filter((plan) => graph.isLinted(plan));
  const inRun = new Set(shown);
  const byName = (a: PlanSummary, b: PlanSummary) =>
    (KIND_RANK[a.kind ?? ''] ?? 5) - (KIND_RANK[b.kind ?? ''] ?? 5) || a.id.localeCompare(b.id) || a.file.localeCompare(b.file);
  const out: { plan: PlanSummary; depth: number }[] = [];
  const placed = new Set<PlanSummary>();
  const visit = (plan: PlanSummary, depth: number) => {
    if (placed.has(plan)) return;
    placed.add(plan);
    out.push({ plan, depth });
    for (const child of graph
      .childrenOf(plan)
      .filter((c) => inRun.has(c))
      .sort(byName))
      visit(child, depth + 1);
  };
  // A plan whose parent is not shown starts a tree of its own; a plan in a parent loop comes last.
  for (const plan of shown.filter((p) => !inRun.has(graph.parentOf(p)!) || graph.parentOf(p) === p).sort(byName)) visit(plan, 0);
  for (const plan of shown.sort(byName)) visit(plan, 0);
  return out;
}

/** Every goal of the graph's linted plans on `settings.today`, in tree order, filtered. */
export function buildStatus(graph: PlanGraph, settings: StatusSettings, filters: StatusFilters = {}, actuals?: ActualsInput): StatusReport {
  const run = actualsOf(graph, settings, actuals);
  const tolerance = settings.tolerance ?? DEFAULT_TOLERANCE;
  const goals: StatusGoal[] = [];
  const lower = (text: string | undefined) => text?.toLowerCase();
  for (const { plan, depth } of treeOrder(graph)) {
    if (filters.kind && lower(plan.kind) !== lower(filters.kind)) continue;
    if (filters.period && lower(plan.period) !== lower(filters.period)) continue;
    if (filters.plan && plan.id !== filters.plan) continue;
    const summary = run.summaryOf(plan);
    for (const goal of summary.goals) {
      if (goal.section !== 'goals') continue;
      const owner = goal.owner ?? plan.owner;
      if (filters.owner && lower(owner) !== lower(filters.owner)) continue;
      const state = run.stateOf(plan, goal, { tolerance, pace: settings.pace });
      const row = statusRow(state, depth, settings.today, tolerance);
      if (owner) row.owner = owner;
      if (filters.behind && row.pace !== 'behind') continue;
      goals.push(inSchemaOrder(row));
    }
  }
  return { today: settings.today, tolerance, goals };
}

function statusRow(state: GoalState, depth: number, today: string, tolerance: number): StatusGoal {
  const { plan, goal, progress } = state;
  const latest = state.rolledUp ?? progress.latest;
  // Keys left undefined are dropped by inSchemaOrder.
  return {
    plan: plan.id,
    file: plan.file,
    line: goal.line,
    depth,
    kind: plan.kind,
    period: plan.period?.label,
    id: goal.id,
    statement: goal.statement,
    baseline: goal.baseline,
    target: goal.target,
    targetText: goal.targetText,
    milestone: goal.milestone,
    actual: latest && readingJson(latest, goal),
    progress: progress.progress,
    expected: state.start && state.deadline ? progress.expected : undefined,
    pace: paceOf(state, today, tolerance),
    score: progress.score,
    status: goal.status ?? goal.review?.result,
    deadline: state.deadline,
  };
}

function paceOf(state: GoalState, today: string, tolerance: number): StatusGoal['pace'] {
  const { progress, plan } = state;
  if (plan.period && today < plan.period.start) return 'not started';
  if (!state.running && (!plan.period || today > plan.period.end || (state.deadline !== undefined && today > state.deadline) || plan.status === 'closed'))
    return 'ended';
  if (!progress.latest && !state.rolledUp) return 'no reading';
  if (progress.progress === undefined) return 'no target';
  if (!state.running) return progress.progress >= 1 ? 'ahead' : 'on pace';
  if (progress.behind) return 'behind';
  return progress.progress >= progress.expected - 1e-9 ? 'ahead' : progress.gap! <= tolerance ? 'on pace' : 'behind';
}

function readingJson(reading: Reading, goal: { unit?: string | undefined; currency?: string | undefined }): NonNullable<StatusGoal['actual']> {
  const out: NonNullable<StatusGoal['actual']> = {
    value: reading.value,
    text: readingText(reading, goal),
    date: reading.date,
    source: reading.source,
    file: reading.file,
    line: reading.line,
  };
  if (reading.of !== undefined) out.of = reading.of;
  if (reading.note !== undefined) out.note = reading.note;
  return out;
}

const KEY_ORDER = Object.keys(statusGoalSchema.shape) as (keyof StatusGoal)[];

/** The documented key order, so that the JSON reads the same way the schema does. */
function inSchemaOrder(row: StatusGoal): StatusGoal {
  return Object.fromEntries(KEY_ORDER.filter((key) => row[key] !== undefined).map((key) => [key, row[key]])) as StatusGoal;
}
