export {
  loadGraph,
  loadPlans,
  isRepoPlan,
  lintAmong,
  lintFiles,
  lintSources,
  lintText,
  readRepoPlan,
  type LintOptions,
  type LintRun,
  type SourceText,
} from './api.js';
export { loadConfig, loadConfigFile, validateConfig, findConfigFile } from './config/load.js';
export { ConfigError } from './config/errors.js';
export type { ResolvedConfig } from './config/resolve.js';
export { buildPlan } from './model/build.js';
export { placeSpan } from './model/items.js';
export type { PlanModel, Section, Item, Field, Reference } from './model/types.js';
export { RULES, RULES_BY_ID } from './rules/index.js';
export { defineRule, type Rule, type PlanRule, type RepoRule, type LintSettings } from './rules/define.js';
export { FORMATTERS, formatResults } from './formatters/index.js';
export type { Diagnostic, LintResult, Severity, Span, Point, LinePlace, Fix } from './types.js';
export { version } from './version.js';
export { diffPlans, hasDifferences, type DiffOptions } from './diff/index.js';
export type { PlanDiff, FrontMatterChange, ItemEntry, ItemChange, FieldChange } from './diff/index.js';
export { DIFF_FORMATTERS, formatDiffs } from './diff/format/index.js';
export { alignFiles, buildAlignment, type Alignment, type AlignmentGoal, type AlignmentPlan } from './alignment/build.js';
export { renderTreeText } from './alignment/tree-text.js';
export { renderTreeJson } from './alignment/tree-json.js';
export { renderMermaid } from './alignment/mermaid.js';
export { renderDot } from './alignment/dot.js';
export { renderGraphJson } from './alignment/graph-json.js';
export { buildGraph, type PlanGraph } from './repo/graph.js';
export {
  comparable,
  DEFAULT_TOLERANCE,
  expectedProgress,
  formatScore,
  goalProgress,
  latestReading,
  progressOf,
  scoreOf,
  type GoalProgress,
  type GoalProgressInput,
  type PaceOptions,
  type PaceWeights,
  type ProgressTarget,
} from './actuals/progress.js';
export { daysBetween } from './time/dates.js';
export type { Reading, ReadingSource, StatusWord } from './model/actuals.js';
