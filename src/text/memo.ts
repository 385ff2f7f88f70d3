/**
 * Remembers the results of a pure function of text. Several rules ask the same question of the same goal (its
 * deadlines, its amounts), and a repo repeats phrases across plans; a bounded map keeps that work to once.
 * Results are frozen so that no caller can change what the next caller gets.
 */
export function memoizeText<A extends unknown[], R extends object>(
  fn: (text: string, ...rest: A) => R,
  keyOf: (...rest: A) => string = () => '',
  limit = 4096,
): (text: string, ...rest: A) => R {
  let cache = new Map<string, R>();
  return (text, ...rest) => {
    const key = `${keyOf(...rest)}\u0000${text}`;
    const hit = cache.get(key);
    if (hit !== undefined) return hit;
    const result = Object.freeze(fn(text, ...rest));
    // Dropping everything at the limit is cheaper than LRU bookkeeping, and plans rarely share text across that many.
    if (cache.size >= limit) cache = new Map();
    cache.set(key, result);
    return result;
  };
}

/** What `map` holds for `key`, made by `create` and kept there the first time it is asked for. */
export function getOrCreate<K, V>(map: { get(key: K): V | undefined; set(key: K, value: V): unknown }, key: K, create: () => V): V {
  let value = map.get(key);
  if (value === undefined) map.set(key, (value = create()));
  return value;
}
