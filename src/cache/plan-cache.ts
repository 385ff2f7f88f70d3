import { createHash } from 'node:crypto';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, extname, join, resolve } from 'node:path';
import { deserialize } from 'node:v8';
import type { ResolvedConfig } from '../config/resolve.js';
import type { LintedFile } from '../engine/file-lint.js';
import { isFolder, pathExists, readBoundedFile } from '../files/read.js';
import { WriteError, writeFileAtomic } from '../files/write.js';
import { summarize } from '../model/summary.js';
import type { PlanModel, PlanSummary } from '../model/types.js';
import { decodeSource, InputError } from '../parse/source.js';
import type { LintSettings } from '../rules/define.js';
import type { Diagnostic } from '../types.js';
import { version } from '../version.js';

export const DEFAULT_CACHE_FILE = '.plancache';
/** A cache file opens with this, so that --cache-location can tell a cache from any other file. */
const FORMAT = 'plan-lint-cache/2';
const MAX_CACHE_BYTES = 512 * 1024 * 1024;

// The cache file is checked before it is used: a broken entry (cut short, edited, written by a buggy build) makes the
// whole cache a cold run. Checked by hand rather than with zod: zod copies every object, and this is the hot path.
type Check = (value: unknown) => boolean;
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isString: Check = (value) => typeof value === 'string';
const isNumber: Check = (value) => typeof value === 'number';
const isBoolean: Check = (value) => typeof value === 'boolean';
const optional =
  (check: Check): Check =>
  (value) =>
    value === undefined || check(value);
const arrayOf =
  (check: Check): Check =>
  (value) =>
    Array.isArray(value) && value.every(check);
const shape = (fields: Record<string, Check>): Check => {
  const checks = Object.entries(fields);
  return (value) => isRecord(value) && checks.every(([key, check]) => check(value[key]));
};
const isPoint = shape({ line: isNumber, column: isNumber });
const isSpan = shape({ start: isPoint, end: isPoint });
const isReference = shape({ plan: optional(isString), id: isString, raw: isString, span: isSpan });
const isItem = shape({
  section: isString,
  id: optional(isString),
  statement: isString,
  span: isSpan,
  placeholder: isBoolean,
  fields: arrayOf(shape({ key: isString, name: optional(isString), value: isString, span: isSpan, refs: arrayOf(isReference) })),
});
const isSummary = shape({
  file: isString,
  id: isString,
  ...Object.fromEntries(['kind', 'period', 'owner', 'parent', 'status', 'title'].map((key) => [key, optional(isString)])),
  headSpans: shape({ first: isSpan, keys: (keys) => isRecord(keys) && Object.values(keys).every(isSpan) }),
  items: arrayOf(isItem),
  reviewItems: arrayOf(isItem),
  supports: arrayOf(shape({ item: isNumber, ref: isReference })),
  directives: arrayOf(shape({ kind: isString, rules: arrayOf(isString), line: isNumber, endLine: isNumber })),
  actuals: shape({
    fiscalYearStart: isNumber,
    tracksActuals: isBoolean,
    goals: arrayOf(isRecord),
    problems: arrayOf(shape({ line: isNumber, message: isString })),
    lines: isRecord,
  }),
});
const isDiagnostic = shape({
  ruleId: isString,
  severity: (value) => value === 'error' || value === 'warn',
  message: isString,
  file: isString,
  start: isPoint,
  end: isPoint,
  fix: optional(shape({ range: arrayOf(isNumber), text: isString })),
  docsUrl: optional(isString),
  anchor: optional(isString),
});
/** One file's entry: for these bytes, its summary and (when it was linted, not only read for links) its findings. */
const isEntry = shape({ hash: isString, looksLikePlan: isBoolean, summary: isSummary, diagnostics: optional(arrayOf(isDiagnostic)) });

interface CacheEntry {
  hash: string;
  looksLikePlan: boolean;
  /** Spans stay objects: JSON.parse makes them faster than code can unpack a smaller form (1,000 plans: ~200 ms). */
  summary: PlanSummary;
  diagnostics?: Diagnostic[];
}

/**
 * `--cache`, in ESLint's shape: per file, a hash of its bytes -> its plan-rule findings and its summary (what the repo
 * rules read). A file whose bytes are the same is not parsed again; the repo rules always run over the summaries of
 * every plan. The whole cache is dropped when the key changes: the tool's version, the config (rule options
 * included) or the settings (today's date included). A cache that cannot be read is a cold run, never an error.
 */
export class PlanCache {
  private readonly seen = new Set<string>();
  private changed: boolean;

  private constructor(
    readonly file: string,
    private readonly key: string,
    private readonly entries: Record<string, CacheEntry>,
    fresh: boolean,
  ) {
    this.changed = fresh;
  }

  /**
   * The cache at `location` (relative to `cwd`: a cache file, a new path, or a folder, existing or ending in "/", for
   * `.plancache`). Throws a WriteError (one line, exit 2) when it names anything else: a plan, a Markdown file, a
   * file that is not a plan cache, a FIFO or a device.
   */
  static open(location: string, cwd: string, config: ResolvedConfig, settings: LintSettings): PlanCache | undefined {
    if (!config.source) return undefined; // A config made in code has no source to key a cache by: uncached.
    const path = resolve(cwd, location);
    const file = isFolder(path) || /[\\/]$/.test(location) ? join(path, DEFAULT_CACHE_FILE) : path;
    const key = createHash('sha1')
      .update(
        JSON.stringify({ version, config: config.source, rules: config.rules.map(({ rule, severity, options }) => [rule.id, severity, options]), settings }),
      )
      .digest('base64');
    const data = readCache(file);
    const valid = data?.key === key && isRecord(data.entries) && Object.values(data.entries).every(isEntry);
    return valid ? new PlanCache(file, key, data.entries as unknown as Record<string, CacheEntry>, false) : new PlanCache(file, key, {}, true);
  }

  /** A linted file: its findings from the cache when its bytes are the ones cached, else `lint()`'s (then cached). */
  lint(path: string, file: string, bytes: Uint8Array, lint: () => LintedFile<PlanModel>): LintedFile {
    const hash = this.hashOf(path, bytes);
    const cached = this.entries[path];
    if (cached?.hash === hash && cached.summary.file === file && cached.diagnostics) {
      return {
        plan: cached.summary,
        diagnostics: cached.diagnostics,
        looksLikePlan: cached.looksLikePlan,
        source: decodeSource(bytes).text,
      };
    }
    const linted = lint();
    this.put(path, { hash, looksLikePlan: linted.looksLikePlan, summary: summarize(linted.plan), diagnostics: linted.diagnostics });
    return linted;
  }

  /** A plan read only to resolve links: its summary from the cache when its bytes are the ones cached, else `read()`'s. */
  summary(
    path: string,
    file: string,
    bytes: Uint8Array,
    read: () => { plan: PlanModel; looksLikePlan: boolean } | undefined,
  ): { plan: PlanSummary; looksLikePlan: boolean } | undefined {
    const hash = this.hashOf(path, bytes);
    const cached = this.entries[path];
    if (cached?.hash === hash && cached.summary.file === file) return { plan: cached.summary, looksLikePlan: cached.looksLikePlan };
    const found = read();
    if (found) this.put(path, { hash, looksLikePlan: found.looksLikePlan, summary: summarize(found.plan) });
    return found;
  }

  /** A file that could not be linted has no entry. */
  forget(path: string): void {
    this.seen.add(path);
    if (this.entries[path]) {
      delete this.entries[path];
      this.changed = true;
    }
  }

  /**
   * Writes the cache if anything changed, keeping the entries of files not linted this time while they exist. A
   * failure to write is returned as one line (the run's report stands), not thrown.
   */
  save(): string | undefined {
    for (const path of Object.keys(this.entries)) {
      if (!this.seen.has(path) && !existsSync(path)) {
        delete this.entries[path];
        this.changed = true;
      }
    }
    if (!this.changed) return undefined;
    try {
      mkdirSync(dirname(this.file), { recursive: true });
      writeFileAtomic(this.file, JSON.stringify({ format: FORMAT, key: this.key, entries: this.entries }));
      this.changed = false;
      return undefined;
    } catch (error) {
      return `could not write the cache ${this.file}: ${error instanceof WriteError ? error.message : ((error as NodeJS.ErrnoException).code ?? (error as Error).message)}`;
    }
  }

  private hashOf(path: string, bytes: Uint8Array): string {
    this.seen.add(path);
    return createHash('sha1').update(bytes).digest('base64');
  }

  private put(path: string, value: CacheEntry): void {
    this.entries[path] = value;
    this.changed = true;
  }
}

/** What the cache file holds; undefined for a new path or an unreadable cache (a cold run). */
function readCache(file: string): { key?: unknown; entries?: unknown } | undefined {
  if (/^\.(?:md|markdown|mdx)$/i.test(extname(file)))
    throw new WriteError('is a Markdown file, not a plan cache: --cache-location names a cache file, a folder or a new path', file);
  let bytes: Buffer;
  try {
    bytes = readBoundedFile(file, { maxBytes: MAX_CACHE_BYTES, what: 'a plan cache' });
  } catch (error) {
    if (!pathExists(file)) return undefined; // a new path (writing it may still fail: a warning then)
    const reason = error instanceof InputError ? error.message : String(error);
    throw new WriteError(`${reason}: --cache-location names a cache file, a folder or a new path`, file);
  }
  if (bytes.length === 0 || isOlderCache(bytes)) return undefined;
  const text = bytes.toString('utf8');
  if (!text.startsWith(`{"format":"${FORMAT.split('/')[0]}/`))
    throw new WriteError('is not a plan cache: --cache-location names a cache file, a folder or a new path', file);
  try {
    const data: unknown = JSON.parse(text);
    return data && typeof data === 'object' && (data as { format?: unknown }).format === FORMAT ? (data as { key?: unknown; entries?: unknown }) : undefined;
  } catch {
    return undefined; // cut short or damaged: a cold run, and the file is replaced
  }
}

/** A cache written by an earlier build of plan (v8-serialized, with a Map of entries): replaced by a cold run. */
function isOlderCache(bytes: Buffer): boolean {
  try {
    const data = bytes[0] === 0xff ? (deserialize(bytes) as { key?: unknown; entries?: unknown }) : undefined;
    return typeof data?.key === 'string' && data.entries instanceof Map;
  } catch {
    return false;
  }
}
