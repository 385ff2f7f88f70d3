export { diffPlans, hasDifferences, type DiffOptions } from './diff.js';
export type { PlanDiff, FrontMatterChange, ItemEntry, ItemChange, FieldChange } from './types.js';
