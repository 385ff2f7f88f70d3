import type { AlignmentGoal, AlignmentPlan } from '../alignment/build.js';
import type { FieldChange } from '../diff/types.js';

/** What `plan report` shows, as data: the HTML page renders it, `--format json` prints it for other tools. */
export interface ReportData {
  title: string;
  /** The date the report compares deadlines and pace against (YYYY-MM-DD). */
  today: string;
  dashboard: Dashboard;
  /** Top down: parents before children. */
  plans: ReportPlan[];
  goals: ReportGoal[];
  quarters: QuarterDiff[];
  /** Changes to goals' target, owner, deadline or status in git over the report's window; absent when not in a git repo. */
  changes?: { since: string; items: HistoryChange[] };
}

export interface Dashboard {
  /** Goal keys: behind pace by their progress, else by a Status that says so (at risk, behind, off track). */
  behind: string[];
  overdue: FindingRef[];
  risksWithoutContingency: FindingRef[];
  /** Plans without a review after their period ended (review-required findings). */
  unreviewed: FindingRef[];
  /** Plans whose last commit is more than 60 days before today. */
  stale: { plan: string; lastEdited: string }[];
}

export interface FindingRef {
  plan: string;
  /** Index of the finding in its plan's `findings`. */
  finding: number;
}

export interface ReportFinding {
  ruleId: string;
  severity: 'error' | 'warn';
  message: string;
  line: number;
  column: number;
}

/** A plan's card: its place in the alignment tree (id, file, title, kind, period, owner, parent) and its health. */
export interface ReportPlan extends AlignmentPlan {
  status?: string;
  children: string[];
  errors: number;
  warnings: number;
  findings: ReportFinding[];
  /** Keys of its goals (and objectives that support another plan's item) in document order. */
  goals: string[];
  /** Date of the plan file's last commit, when in a git repo. */
  lastEdited?: string;
}

export interface Progress {
  /** (actual - baseline) / (target - baseline), uncapped. */
  value: number;
  /** Share of the goal's time elapsed, 0..1, when known. */
  expected?: number;
}

export interface Reading {
  date: string;
  value: number;
}

/** A goal's card: its place in the alignment (key, plan, type, id, statement, line, status, who it supports and is supported by) and its progress. */
export interface ReportGoal extends Pick<AlignmentGoal, 'key' | 'plan' | 'type' | 'id' | 'statement' | 'line' | 'status' | 'supports' | 'supportedBy'> {
  target?: string;
  baseline?: string;
  /** The newest actual as written (an `Actual:` field), when the plan records one. */
  actual?: string;
  deadline?: string;
  owner?: string;
  progress?: Progress;
  /** Oldest first; a sparkline is drawn from two or more. */
  readings: Reading[];
  behind: boolean;
  overdue: boolean;
}

export interface QuarterDiff {
  plan: string;
  previous: string;
  added: { id: string | null; text: string }[];
  removed: { id: string | null; text: string }[];
  changed: { id: string; changes: FieldChange[] }[];
}

/** A change of a goal's target, owner, deadline or status in git (`field` is `deadline` for `due`). */
export interface HistoryChange extends FieldChange {
  /** `plan-id#ID`. */
  key: string;
  date: string;
  author: string;
  commit: string;
  /** A target lowered after the goal's period had started. */
  goalpostMoved: boolean;
}
