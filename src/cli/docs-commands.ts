import { explainText, rulesJson, rulesTable } from '../docs/rule-docs.js';
import { RULES, RULES_BY_ID } from '../rules/index.js';
import { EXIT, type Io, UsageError } from './io.js';

/** `plan rules [--format text|json]`. */
export function runRules(options: { format: string }, io: Io): number {
  if (options.format !== 'text' && options.format !== 'json') throw new UsageError(`unknown format "${options.format}" for plan rules (choose text or json)`);
  io.stdout(options.format === 'json' ? rulesJson(RULES) : rulesTable(RULES));
  return EXIT.ok;
}

/** `plan explain RULE`. */
export function runExplain(ruleId: string, io: Io): number {
  const rule = RULES_BY_ID.get(ruleId);
  if (!rule) {
    const near = RULES.map((r) => r.id).filter((id) => id.includes(ruleId) || ruleId.includes(id) || sharedWords(id, ruleId));
    throw new UsageError(`unknown rule "${ruleId}"${near.length > 0 ? ` (did you mean ${near.slice(0, 3).join(', ')}?)` : ''}; "plan rules" lists them all`);
  }
  io.stdout(explainText(rule));
  return EXIT.ok;
}

function sharedWords(a: string, b: string): boolean {
  const words = new Set(a.split('-'));
  return b.split('-').some((word) => word.length > 2 && words.has(word));
}
