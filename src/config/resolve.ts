import { resolve } from 'node:path';
import type { z } from 'zod';
import { PLAN_KINDS, type PlanKind } from '../model/frontmatter-schema.js';
import { type HeadingMatcher, headingMatcher, SECTION_KEYS, type SectionKey } from '../model/sections.js';
import type { LintSettings, Rule } from '../rules/define.js';
import { RULES } from '../rules/index.js';
import type { Severity } from '../types.js';
import { ConfigError } from './errors.js';
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
  /** What it was resolved from: plain data a worker thread resolves again, and the cache keys on. */
  source?: ConfigSource;
}

export interface ConfigSource {
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

export function resolveConfig(config: Config, baseDir: string, file?: string): ResolvedConfig {
  const where = file ?? 'config';
  const known = new Set(RULES.map((r) => r.id));
  for (const id of Object.keys(config.rules ?? {})) {
    if (!known.has(id)) throw new ConfigError(`rules.${id}: unknown rule "${id}" (run "plan rules" for the list)`, where);
  }
  const rules: ActiveRule[] = [];
  for (const rule of RULES) {
    const setting = config.rules?.[rule.id];
    const [rawSeverity, rawOptions] = Array.isArray(setting) ? setting : [setting, undefined];
    const severity = rawSeverity === undefined ? rule.defaultSeverity : typeof rawSeverity === 'number' ? SEVERITY_BY_NUMBER[rawSeverity] : rawSeverity;
    const parsed = (rule.options as z.ZodType).safeParse(rawOptions ?? {});
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const path = ['rules', rule.id, ...issue.path.map(String)].join('.');
      throw new ConfigError(`${path}: ${issue.message}`, where);
    }
    if (severity !== 'off') rules.push({ rule, severity, options: parsed.data });
  }
  const requiredSections = { ...DEFAULT_REQUIRED_SECTIONS };
  for (const kind of PLAN_KINDS) {
    const override = config.requiredSections?.[kind];
    if (override) requiredSections[kind] = override;
  }
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
  return resolved;
}
