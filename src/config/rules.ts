import type { z } from '../zod.js';
import { PLAN_KINDS, type PlanKind } from '../model/frontmatter-schema.js';
import type { SectionKey } from '../model/sections.js';
import { RULES } from '../rules/index.js';
import { didYouMean } from '../text/did-you-mean.js';
import { ConfigError } from './errors.js';
import type { Config } from './schema.js';
import type { ActiveRule } from './types.js';

const SEVERITY_BY_NUMBER = { 0: 'off', 1: 'warn', 2: 'error' } as const;
const KNOWN_RULE_IDS = new Set(RULES.map((r) => r.id));

/** The rules that run with these settings (`path` names them in errors: rules, overrides.0.rules). */
export function resolveRules(settings: Config['rules'], where: string, path = 'rules'): ActiveRule[] {
  for (const id of Object.keys(settings ?? {})) {
    if (!KNOWN_RULE_IDS.has(id)) {
      const near = didYouMean(id, KNOWN_RULE_IDS);
      throw new ConfigError(`${path}.${id}: unknown rule "${id}"${near ? `; did you mean "${near}"?` : ''} (run "plan rules" for the list)`, where);
    }
  }
  const rules: ActiveRule[] = [];
  for (const rule of RULES) {
    const setting = settings?.[rule.id];
    const [rawSeverity, rawOptions] = Array.isArray(setting) ? setting : [setting, undefined];
    const severity = rawSeverity === undefined ? rule.defaultSeverity : typeof rawSeverity === 'number' ? SEVERITY_BY_NUMBER[rawSeverity] : rawSeverity;
    const parsed = (rule.options as z.ZodType).safeParse(rawOptions ?? {});
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new ConfigError(`${[path, rule.id, ...issue.path.map(String)].join('.')}: ${issue.message}`, where);
    }
    if (severity !== 'off') rules.push({ rule, severity, options: parsed.data });
  }
  return rules;
}

/** `base` with the kinds that `settings` names replaced. */
export function resolveRequiredSections(base: Record<PlanKind, SectionKey[]>, settings: Config['requiredSections']): Record<PlanKind, SectionKey[]> {
  const requiredSections = { ...base };
  for (const kind of PLAN_KINDS) {
    const replaced = settings?.[kind];
    if (replaced) requiredSections[kind] = replaced;
  }
  return requiredSections;
}
