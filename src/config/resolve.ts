import { resolve } from 'node:path';
import type { PlanKind } from '../model/frontmatter-schema.js';
import { headingMatcher, SECTION_KEYS, type SectionKey } from '../model/sections.js';
import { resolveOverrides } from './overrides.js';
import { resolveRequiredSections, resolveRules } from './rules.js';
import type { Config } from './schema.js';
import type { ResolvedConfig } from './types.js';

export type { ActiveRule, ResolvedConfig } from './types.js';

/** The ten parts; the Check-ins and the Review are written while and after the plan runs. */
const ALL_PARTS: SectionKey[] = SECTION_KEYS.filter((key) => key !== 'review' && key !== 'checkins');

/**
 * A company plan is mostly goals and who is held to them; a team or region plan covers many accounts, so it needs
 * every part but the account analysis (a Territory Analysis is welcome, not required); the others carry all ten.
 */
export const DEFAULT_REQUIRED_SECTIONS: Record<PlanKind, SectionKey[]> = {
  company: ['goals', 'accountability'],
  region: ALL_PARTS.filter((key) => key !== 'analysis'),
  team: ALL_PARTS.filter((key) => key !== 'analysis'),
  territory: ALL_PARTS,
  account: ALL_PARTS,
};

export function resolveConfig(config: Config, baseDir: string, file?: string): ResolvedConfig {
  const where = file ?? 'config';
  const rules = resolveRules(config.rules, where);
  const requiredSections = resolveRequiredSections(DEFAULT_REQUIRED_SECTIONS, config.requiredSections);
  const resolved: ResolvedConfig = {
    rules,
    settings: { fiscalYearStart: config.fiscalYearStart ?? 1, requiredSections },
    matchHeading: headingMatcher(config.headingAliases ?? {}),
    plans: config.plans ?? [],
    actuals: config.actuals === undefined ? [] : [config.actuals].flat(),
    baseDir,
    source: file ? { data: config, baseDir, file } : { data: config, baseDir },
  };
  if (config.pace) resolved.settings.pace = config.pace;
  if (config.maxFileSize !== undefined) resolved.maxFileBytes = config.maxFileSize;
  if (config.maxListItems !== undefined) resolved.maxListItems = config.maxListItems;
  if (file) resolved.file = file;
  if (config.templates) resolved.templates = resolve(baseDir, config.templates);
  if (config.overrides?.length) Object.assign(resolved, resolveOverrides(config, resolved, where));
  return resolved;
}
