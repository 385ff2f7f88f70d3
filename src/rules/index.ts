import approachServesObjective from './approach-serves-objective.js';
import canonicalNames from './canonical-names.js';
import contingencyAddressesRisk from './contingency-addresses-risk.js';
import deadlineInPeriod from './deadline-in-period.js';
import type { Rule } from './define.js';
import duplicateId from './duplicate-id.js';
import duplicateSection from './duplicate-section.js';
import emptySection from './empty-section.js';
import frontmatter from './frontmatter.js';
import goalTracesOpportunity from './goal-traces-opportunity.js';
import itemId from './item-id.js';
import objectiveSupportsGoal from './objective-supports-goal.js';
import orphanOpportunity from './orphan-opportunity.js';
import ownerRequired from './owner-required.js';
import requiredSection from './required-section.js';
import riskHasContingency from './risk-has-contingency.js';
import sectionOrder from './section-order.js';
import smartAchievable from './smart-achievable.js';
import smartMeasurable from './smart-measurable.js';
import smartSpecific from './smart-specific.js';
import smartTimeBound from './smart-time-bound.js';
import unresolvedReference from './unresolved-reference.js';
import supportsParent from './supports-parent.js';
import parentCoverage from './parent-coverage.js';
import periodWithinParent from './period-within-parent.js';
import reviewRequired from './review-required.js';
import overdueItem from './overdue-item.js';
import quartersSumToYear from './quarters-sum-to-year.js';
import duplicatePlanId from './duplicate-plan-id.js';
import parentCycle from './parent-cycle.js';
import behindPace from './behind-pace.js';
import staleActuals from './stale-actuals.js';
import statusContradictsActuals from './status-contradicts-actuals.js';
import actualsRow from './actuals-row.js';
import hierarchy from './hierarchy.js';

/** Every rule, listed explicitly, in the contract's order. */
export const RULES: readonly Rule[] = [
  frontmatter,
  requiredSection,
  sectionOrder,
  canonicalNames,
  duplicateSection,
  emptySection,
  itemId,
  duplicateId,
  unresolvedReference,
  goalTracesOpportunity,
  objectiveSupportsGoal,
  approachServesObjective,
  riskHasContingency,
  contingencyAddressesRisk,
  orphanOpportunity,
  smartSpecific,
  smartMeasurable,
  smartAchievable,
  smartTimeBound,
  deadlineInPeriod,
  ownerRequired,
  supportsParent,
  parentCoverage,
  periodWithinParent,
  reviewRequired,
  overdueItem,
  quartersSumToYear,
  duplicatePlanId,
  parentCycle,
  behindPace,
  staleActuals,
  statusContradictsActuals,
  actualsRow,
  hierarchy,
];

export const RULES_BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((rule) => [rule.id, rule]));
