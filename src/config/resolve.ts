import { resolve } from 'node:path';
import type { z } from '../zod.js';
import { PLAN_KINDS, type PlanKind } from '../model/frontmatter-schema.js';
import { type HeadingMatcher, headingMatcher, SECTION_KEYS, type SectionKey } from '../model/sections.js';
import type { LintSettings, Rule } from '../rules/define.js';
import { RULES } from '../rules/index.js';
import type { Severity } from '../types.js';
import { didYouMean } from '../text/did-you-mean.js';
import { ConfigError } from './errors.js';
import { type FileSettings, resolveOverrides } from './overrides.js';
import type { Config } from './schema.js';

export interface ActiveRule {
  rule: Rule;
  severity: Severity;
  options: unknown;
}

export interface ResolvedConfig {
  rules: ActiveRule[];
  settings: Omit<LintSettings, 'today'>;
  matchHeading: HeadingMatcher;
  /** Globs of files that are plans whatever their front matter, relative to `baseDir`. */
  plans: string[];
  /** The folder of the config file (or the working directory when there is none). */
  baseDir: string;
  /** Largest plan file read, in bytes (default: DEFAULT_MAX_FILE_BYTES). */
  maxFileBytes?: number;
  /** List item lines read in one plan (default: DEFAULT_MAX_LIST_ITEMS). */
  maxListItems?: number;
  /** The config file, when one was read. */
  file?: string;
  /** The organization's templates folder for plan init (absolute), when the config names one. */
  templates?: string;
  /**
   * The rules and settings for one plan (absolute path) when `overrides` apply to some plans; absent without overrides.
   * Use `fileSettings`, which falls back to `rules` and `settings`.
   */
  forFile?: (path: string) => FileSettings;
  /** With overrides: the repo rules to run over the graph (on for some plan); each plan's own setting then applies to its findings. */
  repoRules?: ActiveRule[];
  /** What it was resolved from: plain data the cache keys on. */
  source?: ConfigSource;
}

export interface ConfigSource {
  /** The settings with `extends` followed and merged: a change in an extended file changes them (and the cache key). */
  data: Config;
  baseDir: string;
  file?: string;
}

const ALL_PARTS: SectionKey[] = SECTION_KEYS.filter((key) => key !== 'review');

/** A company plan is mostly goals and who is held to them; every other kind carries all ten parts. */
export const DEFAULT_REQUIRED_SECTIONS: Record<PlanKind, SectionKey[]> = {
  company: ['goals', 'accountability'],
  region: ALL_PARTS,
  team: ALL_PARTS,
  territory: ALL_PARTS,
  account: ALL_PARTS,
};

const SEVERITY_BY_NUMBER = { 0: 'off', 1: 'warn', 2: 'error' } as const;
const KNOWN_RULE_IDS = new Set(RULES.map((r) => r.id));

export function resolveConfig(config: Config, baseDir: string, file?: string): ResolvedConfig {
  const where = file ?? 'config';
  const rules = resolveRules(config.rules, where);
  const requiredSections = resolveRequiredSections(DEFAULT_REQUIRED_SECTIONS, config.requiredSections);
  const resolved: ResolvedConfig = {
    rules,
    settings: { fiscalYearStart: config.fiscalYearStart ?? 1, requiredSections },
    matchHeading: headingMatcher(config.headingAliases ?? {}),
    plans: config.plans ?? [],
    baseDir,
    source: file ? { data: config, baseDir, file } : { data: config, baseDir },
  };
  if (config.maxFileSize !== undefined) resolved.maxFileBytes = config.maxFileSize;
  if (config.maxListItems !== undefined) resolved.maxListItems = config.maxListItems;
  if (file) resolved.file = file;
  if (config.templates) resolved.templates = resolve(baseDir, config.templates);
  if (config.overrides?.length) Object.assign(resolved, resolveOverrides(config, resolved, where));
  return resolved;
}

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
