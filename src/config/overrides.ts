import { relative, sep } from 'node:path';
import picomatch from 'picomatch';
import type { LintSettings } from '../rules/define.js';
import type { Diagnostic, Severity } from '../types.js';
import { mergeRules } from './merge.js';
import { resolveRequiredSections, resolveRules } from './rules.js';
import type { ActiveRule, FileSettings, ResolvedConfig } from './types.js';
import type { Config, ConfigOverride } from './schema.js';
import { getOrCreate } from '../text/memo.js';

interface CompiledOverride {
  override: ConfigOverride;
  matches: (path: string) => boolean;
}

/**
 * `forFile` and `repoRules` for a config with `overrides`. Globs are matched against the plan's path relative to the
 * config's folder. The settings of each distinct set of matching overrides are resolved once, not once per plan.
 */
export function resolveOverrides(config: Config, base: ResolvedConfig, where: string): Pick<ResolvedConfig, 'forFile' | 'repoRules'> {
  const overrides = config.overrides ?? [];
  // Each override is checked on its own up front, so that a bad rule in one is an error naming it even if no plan matches.
  const alone = overrides.map((override, index) => resolveRules(mergeRules(config.rules, override.rules), where, `overrides.${index}.rules`));
  const compiled: CompiledOverride[] = overrides.map((override) => ({ override, matches: globMatcher(override) }));
  const combinations = new Map<string, FileSettings>();
  const own: FileSettings = { rules: base.rules, settings: base.settings };
  const forFile = (path: string): FileSettings => {
    const relativePath = relative(base.baseDir, path).split(sep).join('/');
    const matching = compiled.filter((c) => c.matches(relativePath));
    if (matching.length === 0) return own;
    const key = matching.map((c) => compiled.indexOf(c)).join(',');
    return getOrCreate(combinations, key, () => combine(config, base, matching, where));
  };
  return { forFile, repoRules: repoRulesOnAnywhere(base.rules, alone) };
}

function globMatcher(override: ConfigOverride): (path: string) => boolean {
  const included = picomatch([override.files].flat(), { dot: true });
  const excluded = override.excludedFiles ? picomatch([override.excludedFiles].flat(), { dot: true }) : () => false;
  return (path) => included(path) && !excluded(path);
}

/** The top-level settings with the matching overrides laid over them in order (a later one wins). */
function combine(config: Config, base: ResolvedConfig, matching: CompiledOverride[], where: string): FileSettings {
  let rules = config.rules;
  let requiredSections = base.settings.requiredSections;
  for (const { override } of matching) {
    rules = mergeRules(rules, override.rules);
    requiredSections = resolveRequiredSections(requiredSections, override.requiredSections);
  }
  return { rules: resolveRules(rules, where), settings: { ...base.settings, requiredSections } };
}

/**
 * Repo rules run once over the graph of all plans, so each runs if it is on for any plan: with its top-level options
 * when it is on there, else with those of the first override that turns it on. Each plan's own setting is applied to
 * the findings in it afterwards (see `applyFileSeverity`).
 */
function repoRulesOnAnywhere(topLevel: ActiveRule[], perOverride: ActiveRule[][]): ActiveRule[] {
  const byId = new Map<string, ActiveRule>();
  for (const active of [...topLevel, ...perOverride.flat()]) {
    if (active.rule.scope === 'repo' && !byId.has(active.rule.id)) byId.set(active.rule.id, active);
  }
  return [...byId.values()];
}

/** The rules to run on the plan at `path` (absolute) and the settings they read: its overrides' when some apply. */
export function planRulesFor(config: ResolvedConfig, settings: LintSettings, path: string): { rules: ActiveRule[]; settings: LintSettings } {
  if (!config.forFile) return { rules: config.rules, settings };
  const own = config.forFile(path);
  return { rules: own.rules, settings: own.settings === config.settings ? settings : { ...settings, ...own.settings } };
}

const severitiesOf = new WeakMap<FileSettings, Map<string, Severity>>();

/** Repo-rule findings in one plan at that plan's own severity of each rule; those of rules off for it are dropped. */
export function applyFileSeverity(diagnostics: Diagnostic[], file: FileSettings): Diagnostic[] {
  const severities = getOrCreate(severitiesOf, file, () => new Map(file.rules.map((active) => [active.rule.id, active.severity])));
  const out: Diagnostic[] = [];
  for (const d of diagnostics) {
    const severity = severities.get(d.ruleId);
    if (severity) out.push(severity === d.severity ? d : { ...d, severity });
  }
  return out;
}
