import { relative, resolve, sep } from 'node:path';
import { loadGraph } from '../api.js';
import { loadConfig } from '../config/load.js';
import { topLevel } from '../diff/git.js';
import { escapeTerminal } from '../text/escape.js';
import { idKey } from '../model/ids.js';
import { itemHistory } from '../report/history.js';
import type { HistoryChange } from '../report/types.js';
import { EXIT, type Io, UsageError } from './io.js';

export interface HistoryCommandOptions {
  format: string;
  config?: string;
}

/** `plan history <plan-id>#<ID>`: each change to the item's target, owner, deadline or status, from git log. */
export async function runHistory(spec: string, paths: string[], options: HistoryCommandOptions, io: Io): Promise<number> {
  if (options.format !== 'text' && options.format !== 'json') throw new UsageError(`unknown format "${options.format}" (choose one of text, json)`);
  const m = /^(.+)#([^#]+)$/.exec(spec);
  if (!m) throw new UsageError(`"${spec}" is not an item: write <plan-id>#<ID>, e.g. acme-fy2027#G1`);
  const [, planId, itemId] = m as unknown as [string, string, string];
  const config = loadConfig(io.cwd, options.config);
  const { graph } = await loadGraph(paths.length > 0 ? paths : ['.'], { cwd: io.cwd, config });
  const plans = graph.byId.get(planId) ?? [];
  if (plans.length !== 1)
    throw new UsageError(
      plans.length === 0
        ? `no plan with id "${planId}" under ${paths.length > 0 ? paths.join(' ') : 'this folder'}`
        : `more than one plan has the id "${planId}"`,
    );
  const plan = plans[0]!;
  if (!plan.items.some((item) => item.id && idKey(item.id) === idKey(itemId))) throw new UsageError(`${plan.file}: no item ${itemId}`);
  const top = await topLevel(io.cwd);
  const path = relative(top, resolve(io.cwd, plan.file)).split(sep).join('/');
  const changes = await itemHistory(top, path, { fiscalYearStart: config.settings.fiscalYearStart, matchHeading: config.matchHeading, only: itemId });
  if (options.format === 'json') io.stdout(`${JSON.stringify(changes, null, 2)}\n`);
  else
    io.stdout(
      changes.length === 0 ? `${escapeTerminal(spec)}: no change to its target, owner, deadline or status in git\n` : changes.map(historyLine).join(''),
    );
  return EXIT.ok;
}

function historyLine(c: HistoryChange): string {
  const change = `${c.old ?? '(none)'} -> ${c.new ?? '(none)'}${c.delta ? ` (${c.delta})` : ''}`;
  return `${escapeTerminal(`${c.date}  ${c.commit.slice(0, 8)}  ${c.author}  ${c.field}: ${change}${c.goalpostMoved ? '  [goalpost moved]' : ''}`)}\n`;
}
