import type { PlanModel } from '../model/types.js';
import type { FrontMatterChange } from './types.js';

/** Known keys first, in the contract's order; writers' own keys after them, as they appear. */
const KNOWN_KEYS = ['id', 'title', 'kind', 'owner', 'period', 'parent', 'status'];

/** Keys whose case is not meaning: the model reads `kind: Account` as `account` and `period: fy2027` as `FY2027`. */
const CASE_INSENSITIVE = new Set(['kind', 'status', 'period']);

export function diffFrontMatter(oldPlan: PlanModel | null, newPlan: PlanModel | null): FrontMatterChange[] {
  const oldData = oldPlan?.frontMatter.data ?? {};
  const newData = newPlan?.frontMatter.data ?? {};
  const own = [...Object.keys(oldData), ...Object.keys(newData)].filter((k) => !KNOWN_KEYS.includes(k));
  const changes: FrontMatterChange[] = [];
  for (const key of new Set([...KNOWN_KEYS, ...own])) {
    // Own keys only: `constructor` or `__proto__` must not read Object.prototype's.
    const before = valueText(Object.hasOwn(oldData, key) ? oldData[key] : undefined);
    const after = valueText(Object.hasOwn(newData, key) ? newData[key] : undefined);
    if (comparable(key, before) !== comparable(key, after)) changes.push({ key, old: before, new: after });
  }
  return changes;
}

function valueText(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return boundedJson(value);
}

/** YAML aliases share values: a "billion laughs" block would stringify to gigabytes, so stop after a budget. */
const JSON_BUDGET = 1_000;

function boundedJson(value: unknown): string {
  let visited = 0;
  try {
    const text = JSON.stringify(value, (_key, v: unknown) => {
      if (++visited > JSON_BUDGET) throw new RangeError('too large');
      return v;
    });
    return text ?? String(value);
  } catch {
    return '(a value too large or too nested to show)';
  }
}

function comparable(key: string, value: string | null): string | null {
  if (value === null || value === '') return null;
  const spaced = value.replace(/\s+/g, ' ');
  return CASE_INSENSITIVE.has(key) ? spaced.toLowerCase() : spaced;
}
