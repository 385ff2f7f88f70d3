import { PLAN_KINDS } from '../model/frontmatter-schema.js';
import { SECTION_KEYS } from '../model/sections.js';
import { didYouMean } from '../text/did-you-mean.js';
import { configSchema, overrideSchema, SEVERITY_SETTINGS } from './schema.js';

/** Config errors that say the next step (contract "Messages"): the allowed values, and a did-you-mean for a typo. */

/** The keys allowed where an unknown one was found: top-level, an override's, a kind or a section key. */
function knownKeysAt(path: readonly string[]): readonly string[] {
  const last = path.at(-1);
  if (path.length === 0) return Object.keys(configSchema.shape);
  if (last === 'requiredSections') return PLAN_KINDS;
  if (last === 'headingAliases') return SECTION_KEYS;
  if (path[0] === 'overrides' && path.length === 2) return Object.keys(overrideSchema.shape);
  return [];
}

function quoted(values: readonly unknown[]): string {
  const list = values.map((v) => (typeof v === 'string' ? v : JSON.stringify(v)));
  return list.length > 1 ? `${list.slice(0, -1).join(', ')} or ${list.at(-1)}` : (list[0] ?? '');
}

export function unknownKeysMessage(path: readonly string[], keys: readonly string[]): string {
  const known = knownKeysAt(path);
  if (keys.length !== 1) return `unknown keys ${keys.map((k) => `"${k}"`).join(', ')}${known.length ? ` (known: ${known.join(', ')})` : ''}`;
  const near = didYouMean(keys[0] as string, known);
  return near ? `unknown key; did you mean "${near}"?` : 'unknown key';
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const key of path) value = value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined;
  return value;
}

interface Issue {
  code: string;
  path: PropertyKey[];
  message: string;
  values?: readonly unknown[];
}

/** A wrong value: for a rule's severity and for an enum, what is allowed and the nearest allowed one. */
export function valueMessage(issue: Issue, data: unknown): string {
  const path = issue.path.map(String);
  const received = valueAt(data, issue.path);
  const severityAt = path[0] === 'rules' ? 1 : path[0] === 'overrides' && path[2] === 'rules' ? 3 : -1;
  if (severityAt >= 0 && (path.length === severityAt + 1 || (path.length === severityAt + 2 && path.at(-1) === '0'))) {
    const severity = Array.isArray(received) ? received[0] : received;
    const shown = typeof severity === 'string' ? `"${severity}"` : JSON.stringify(severity);
    const near = typeof severity === 'string' ? didYouMean(severity, SEVERITY_SETTINGS) : undefined;
    return `${shown} is not a severity: use ${quoted(SEVERITY_SETTINGS)} (or 0, 1, 2), alone or as [severity, { options }]${near ? `; did you mean "${near}"?` : ''}`;
  }
  if (issue.code === 'invalid_value' && issue.values) {
    const near = typeof received === 'string' ? didYouMean(received, issue.values.map(String)) : undefined;
    return `${JSON.stringify(received)} is not allowed: use ${quoted(issue.values)}${near ? `; did you mean "${near}"?` : ''}`;
  }
  return issue.message;
}
