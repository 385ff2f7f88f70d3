import { diffPlans } from '../diff/diff.js';
import { findAmounts, quantityDelta, singleQuantity } from '../diff/quantity.js';
import type { FieldChange } from '../diff/types.js';
import { type BuildOptions, buildPlan } from '../model/build.js';
import { idKey } from '../model/ids.js';
import type { PlanModel } from '../model/types.js';
import type { Amount } from '../smart/amount.js';
import { parsePeriod } from '../time/period.js';
import { type Commit, commitsTouching, readBlobs } from './git-history.js';
import type { HistoryChange } from './types.js';

/** The fields whose changes make an item's history; a statement counts when an amount or its deadline moved in it. */
const TRACKED = new Set(['target', 'owner', 'due', 'status', 'statement']);

export interface HistoryOptions extends BuildOptions {
  /** Only this item (its ID, any spelling). */
  only?: string;
}

/** One file's versions: the one before each commit and the one it made (`undefined`: the file did not exist). */
export interface FileVersions {
  /** Path from the repository's top. */
  path: string;
  /** Oldest first. */
  commits: Commit[];
}

/** Reads each file's versions through the commits (one git process for all blobs) and returns the item changes, oldest first. */
export async function historyOf(top: string, files: FileVersions[], options: HistoryOptions): Promise<HistoryChange[]> {
  const specs = files.flatMap(({ path, commits }) =>
    commits.length === 0 ? [] : [`${commits[0]!.hash}^:${path}`, ...commits.map((c) => `${c.hash}:${path}`)],
  );
  const texts = await readBlobs(top, specs);
  const changes: HistoryChange[] = [];
  let at = 0;
  for (const { path, commits } of files) {
    if (commits.length === 0) continue;
    const versions = texts.slice(at, at + commits.length + 1);
    at += commits.length + 1;
    changes.push(...changesThrough(path, commits, versions, options));
  }
  return changes.sort((a, b) => a.date.localeCompare(b.date));
}

/** `plan history`: every tracked change of one item of the plan in `path` (from the repository's top). */
export async function itemHistory(top: string, path: string, options: HistoryOptions): Promise<HistoryChange[]> {
  const commits = (await commitsTouching(top, [path])).reverse();
  return historyOf(top, [{ path, commits }], options);
}

function changesThrough(path: string, commits: Commit[], versions: (string | undefined)[], options: HistoryOptions): HistoryChange[] {
  const fiscalYearStart = options.fiscalYearStart ?? 1;
  const parse = (text: string | undefined): PlanModel | null => (text === undefined ? null : buildPlan(text, path, options));
  const changes: HistoryChange[] = [];
  let before = parse(versions[0]);
  commits.forEach((commit, index) => {
    const text = versions[index + 1];
    if (text === versions[index]) return;
    const after = parse(text);
    if (after && before) changes.push(...itemChanges(before, after, commit, fiscalYearStart, options.only));
    before = after;
  });
  return changes;
}

function itemChanges(before: PlanModel, after: PlanModel, commit: Commit, fiscalYearStart: number, only: string | undefined): HistoryChange[] {
  const diff = diffPlans(before, after, { lint: false, fiscalYearStart });
  const periodStart = after.period ? parsePeriod(after.period, fiscalYearStart)?.start : undefined;
  const started = periodStart !== undefined && commit.date >= periodStart;
  const out: HistoryChange[] = [];
  for (const item of diff.items.changed) {
    if (item.section !== 'goals' && item.section !== 'objectives') continue;
    if (only !== undefined && idKey(item.id) !== idKey(only)) continue;
    for (const change of item.changes) {
      if (!TRACKED.has(change.field) || (change.field === 'statement' && !change.delta)) continue;
      const entry: HistoryChange = {
        key: `${after.id}#${item.id}`,
        field: change.field === 'due' ? 'deadline' : change.field,
        old: change.old,
        new: change.new,
        date: commit.date,
        author: commit.author,
        commit: commit.hash,
        goalpostMoved: started && targetLowered(change),
      };
      if (change.delta) entry.delta = change.delta;
      out.push(entry);
    }
  }
  return out;
}

/** A Target field, or the last amount of a statement (its target), that went down. */
export function targetLowered(change: Pick<FieldChange, 'field' | 'old' | 'new'>): boolean {
  if (change.old === null || change.new === null) return false;
  let from: Amount | undefined;
  let to: Amount | undefined;
  if (change.field === 'target') {
    from = singleQuantity(change.old);
    to = singleQuantity(change.new);
  } else if (change.field === 'statement') {
    const olds = findAmounts(change.old);
    const news = findAmounts(change.new);
    if (olds.length !== news.length) return false;
    from = olds.at(-1);
    to = news.at(-1);
  }
  return Boolean(from && to && quantityDelta(from, to) !== undefined && to.value < from.value);
}
