import { createHash } from 'node:crypto';
import { closeSync, constants, existsSync, fstatSync, mkdirSync, openSync, readSync, writeSync } from 'node:fs';
import { dirname, extname, join, resolve } from 'node:path';
import { deserialize } from 'node:v8';
import type { ResolvedConfig } from '../config/resolve.js';
import type { LintedFile } from '../engine/file-lint.js';
import { isFolder, pathExists, readBoundedFile } from '../files/read.js';
import { WriteError, writeFileAtomic } from '../files/write.js';
import { summarize } from '../model/summary.js';
import type { PlanModel, PlanSummary } from '../model/types.js';
import { InputError } from '../parse/source.js';
import type { LintSettings } from '../rules/define.js';
import type { Diagnostic } from '../types.js';
import { version } from '../version.js';

export const DEFAULT_CACHE_FILE = '.plancache';
/** A cache file opens with this, so that --cache-location can tell a cache from any other file. Bump it when PlanSummary, or what it is read as, changes. */
const FORMAT = 'plan-lint-cache/11';
const MAX_CACHE_BYTES = 512 * 1024 * 1024;
/** An entry line is the base64 SHA-1 of its JSON (28 characters), a space, then the JSON. */
const SUM_LENGTH = 28;

/** One file's entry: for these bytes, its summary and (when it was linted, not only read for links) its findings. */
interface CacheEntry {
  hash: string;
  looksLikePlan: boolean;
  summary: PlanSummary;
  diagnostics?: Diagnostic[];
}

/** The cache file as this run read it: its header line, and how many entry lines follow it. */
interface ReadFile {
  header: Buffer;
  lines: number;
}

/**
 * `--cache`, in ESLint's shape: per file, a hash of its bytes -> its plan-rule findings and its summary (what the repo
 * rules read). A file whose bytes are the same is not parsed again; the repo rules always run over the summaries of
 * every plan. The whole cache is dropped when the key changes: the tool's version, the cache format, the config (rule
 * options included) or the settings (today's date included). A cache that cannot be read is a cold run, never an error.
 *
 * The file is a header line (format and key), then one line per entry, each led by a checksum of itself; a later line
 * for a path replaces an earlier one, and `null` removes it. A run appends the lines of the files that changed instead
 * of writing all 10 MB again (re-lint of 1,000 cached plans after one edit: 0.70 -> 0.64 s), and writes the file whole
 * when it holds more stale lines than live ones. A line cut short or edited by hand fails its checksum, and only that
 * file is linted again.
 */
export class PlanCache {
  private readonly seen = new Set<string>();
  /** Paths whose entry changed, or went, since the cache was read. */
  private readonly dirty = new Set<string>();

  private constructor(
    readonly file: string,
    private readonly key: string,
    private readonly entries: Map<string, CacheEntry>,
    /** The cache file as read, when this run may append to it; undefined to write it whole. */
    private read: ReadFile | undefined,
  ) {}

  /**
   * The cache at `location` (relative to `cwd`: a cache file, a new path, or a folder, existing or ending in "/", for
   * `.plancache`). Throws a WriteError (one line, exit 2) when it names anything else: a plan, a Markdown file, a
   * file that is not a plan cache, a FIFO or a device.
   */
  static open(location: string, cwd: string, config: ResolvedConfig, settings: LintSettings): PlanCache | undefined {
    if (!config.source) return undefined; // A config made in code has no source to key a cache by: uncached.
    const path = resolve(cwd, location);
    const file = isFolder(path) || /[\\/]$/.test(location) ? join(path, DEFAULT_CACHE_FILE) : path;
    const rules = config.rules.map(({ rule, severity, options }) => [rule.id, severity, options]);
    const key = sha1(JSON.stringify({ version, format: FORMAT, config: config.source, rules, settings }));
    const entries = new Map<string, CacheEntry>();
    return new PlanCache(file, key, entries, readCache(file, key, entries));
  }

  /** A linted file: its findings from the cache when its bytes are the ones cached, else `lint()`'s (then cached). */
  lint(path: string, file: string, bytes: Uint8Array, lint: () => LintedFile<PlanModel>): LintedFile {
    const hash = this.hashOf(path, bytes);
    const cached = this.entries.get(path);
    if (cached?.hash === hash && cached.summary.file === file && cached.diagnostics) {
      // Not decoded: only --fix needs the text, and 1,000 texts cost a cached run ~30 ms (decoding, and the GC).
      return { plan: cached.summary, diagnostics: cached.diagnostics, looksLikePlan: cached.looksLikePlan };
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
    const cached = this.entries.get(path);
    if (cached?.hash === hash && cached.summary.file === file) return { plan: cached.summary, looksLikePlan: cached.looksLikePlan };
    const found = read();
    if (found) this.put(path, { hash, looksLikePlan: found.looksLikePlan, summary: summarize(found.plan) });
    return found;
  }

  /** A file that could not be linted has no entry. */
  forget(path: string): void {
    this.seen.add(path);
    if (this.entries.delete(path)) this.dirty.add(path);
  }

  /**
   * Writes what changed, keeping the entries of files not linted this time while they exist. A failure to write is
   * returned as one line (the run's report stands), not thrown.
   */
  save(): string | undefined {
    for (const path of this.entries.keys()) {
      if (!this.seen.has(path) && !existsSync(path)) {
        this.entries.delete(path);
        this.dirty.add(path);
      }
    }
    if (this.read && this.dirty.size === 0) return undefined;
    try {
      mkdirSync(dirname(this.file), { recursive: true });
      const changes = [...this.dirty].map((path) => entryLine(path, this.entries.get(path) ?? null));
      const { read } = this;
      if (read && read.lines + changes.length <= 2 * this.entries.size + 100 && appendTo(this.file, read.header, changes)) {
        read.lines += changes.length;
      } else {
        const header = Buffer.from(JSON.stringify({ format: FORMAT, key: this.key }));
        const lines = [...this.entries].map(([path, entry]) => entryLine(path, entry));
        writeFileAtomic(this.file, Buffer.concat([header, ...lines.flatMap((line) => [NEWLINE, line])]));
        this.read = { header, lines: lines.length };
      }
      this.dirty.clear();
      return undefined;
    } catch (error) {
      return `could not write the cache ${this.file}: ${error instanceof WriteError ? error.message : ((error as NodeJS.ErrnoException).code ?? (error as Error).message)}`;
    }
  }

  private hashOf(path: string, bytes: Uint8Array): string {
    this.seen.add(path);
    return createHash('sha1').update(bytes).digest('base64');
  }

  private put(path: string, entry: CacheEntry): void {
    this.entries.set(path, entry);
    this.dirty.add(path);
  }
}

const NEWLINE = Buffer.from('\n');

/**
 * JSON with every character past ASCII written as a \u escape: a cache of ASCII bytes is read as latin1, a copy,
 * where decoding 10 MB of UTF-8 took 30-60 ms of a cached run (a line whose checksum matches holds no other byte).
 */
const asciiJson = (value: unknown) => JSON.stringify(value).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
const sha1 = (data: string | Uint8Array) => createHash('sha1').update(data).digest('base64');
/** `<checksum> <json>`: the line of a path's entry, or of its removal (null). */
function entryLine(path: string, entry: CacheEntry | null): Buffer {
  const json = asciiJson([path, entry]);
  return Buffer.from(`${sha1(json)} ${json}`, 'latin1');
}

/**
 * Appends `lines` when the file still opens with `header` (no run with another key has replaced it since it was read).
 * Each line starts with a newline, so a line an earlier run left cut short stays apart, and fails its checksum.
 */
function appendTo(file: string, header: Buffer, lines: Buffer[]): boolean {
  const fd = openSync(file, constants.O_RDWR | constants.O_APPEND | constants.O_NONBLOCK);
  try {
    const start = Buffer.alloc(header.length + 1);
    if (!fstatSync(fd).isFile() || readSync(fd, start, 0, start.length, 0) < start.length || !start.equals(Buffer.concat([header, NEWLINE]))) return false;
    const data = Buffer.concat(lines.flatMap((line) => [NEWLINE, line]));
    for (let written = 0; written < data.length; ) written += writeSync(fd, data, written);
    return true;
  } finally {
    closeSync(fd);
  }
}

/** Reads the cache file's entries into `entries` when it is a cache of this format and key; undefined for a cold run. */
function readCache(file: string, key: string, entries: Map<string, CacheEntry>): ReadFile | undefined {
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
  if (!bytes.toString('utf8', 0, 32).startsWith(`{"format":"${FORMAT.split('/')[0]}/`))
    throw new WriteError('is not a plan cache: --cache-location names a cache file, a folder or a new path', file);
  const newline = bytes.indexOf(0x0a);
  const header = bytes.subarray(0, newline < 0 ? bytes.length : newline);
  let lines = 0;
  try {
    const { format, key: cachedKey } = JSON.parse(header.toString('latin1')) as { format?: unknown; key?: unknown };
    if (format !== FORMAT || cachedKey !== key) return undefined;
    for (let start = header.length + 1; start < bytes.length; lines++) {
      let end = bytes.indexOf(0x0a, start);
      if (end < 0) end = bytes.length;
      const line = bytes.subarray(start, end);
      start = end + 1;
      const json = line.toString('latin1', SUM_LENGTH + 1);
      if (line[SUM_LENGTH] !== 0x20 || line.toString('latin1', 0, SUM_LENGTH) !== sha1(json)) continue; // stale until written whole
      const [path, entry] = JSON.parse(json) as [string, CacheEntry | null];
      if (entry) entries.set(path, entry);
      else entries.delete(path);
    }
  } catch {
    entries.clear();
    return undefined; // damaged: a cold run, and the file is replaced
  }
  return { header, lines };
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
