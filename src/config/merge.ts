import type { z } from '../zod.js';
import type { Config, ruleSettingSchema } from './schema.js';

type RuleSetting = z.output<typeof ruleSettingSchema>;
type Rules = NonNullable<Config['rules']>;

/**
 * One rule's setting laid over an earlier one, as in ESLint: a severity alone keeps the earlier options
 * (`warn` over `[error, { max: 3 }]` is `[warn, { max: 3 }]`); a setting with options replaces them.
 */
export function mergeRuleSetting(earlier: RuleSetting | undefined, later: RuleSetting): RuleSetting {
  const laterIsSeverityOnly = !Array.isArray(later) || later.length === 1;
  if (!laterIsSeverityOnly || !Array.isArray(earlier) || earlier.length < 2) return later;
  const severity = Array.isArray(later) ? later[0] : later;
  return [severity, earlier[1]!];
}

export function mergeRules(earlier: Rules | undefined, later: Rules | undefined): Rules | undefined {
  if (!later) return earlier;
  if (!earlier) return later;
  const merged: Rules = { ...earlier };
  for (const [id, setting] of Object.entries(later)) merged[id] = mergeRuleSetting(earlier[id], setting);
  return merged;
}

/** Per-key maps (headingAliases, requiredSections): a key the later one sets replaces the earlier one's value. */
function mergeByKey<T extends object>(earlier: T | undefined, later: T | undefined): T | undefined {
  return earlier && later ? { ...earlier, ...later } : (later ?? earlier);
}

/**
 * `later` laid over `earlier` (an extended config under the file that extends it): rules per rule id, headingAliases
 * and requiredSections per key, overrides appended (later ones win), every other key replaced when `later` sets it.
 */
export function mergeConfigs(earlier: Config, later: Config): Config {
  const merged: Config = { ...earlier, ...later };
  const rules = mergeRules(earlier.rules, later.rules);
  const headingAliases = mergeByKey(earlier.headingAliases, later.headingAliases);
  const requiredSections = mergeByKey(earlier.requiredSections, later.requiredSections);
  const overrides = earlier.overrides && later.overrides ? [...earlier.overrides, ...later.overrides] : (later.overrides ?? earlier.overrides);
  if (rules) merged.rules = rules;
  if (headingAliases) merged.headingAliases = headingAliases;
  if (requiredSections) merged.requiredSections = requiredSections;
  if (overrides) merged.overrides = overrides;
  delete merged.extends;
  delete merged.$schema;
  return merged;
}
