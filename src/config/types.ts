import type { HeadingMatcher } from '../model/sections.js';
import type { LintSettings, Rule } from '../rules/define.js';
import type { Severity } from '../types.js';
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

/** What applies to one plan: the rules that run on it (with their severity and options) and the settings they read. */
export interface FileSettings {
  rules: ActiveRule[];
  settings: Omit<LintSettings, 'today'>;
}
