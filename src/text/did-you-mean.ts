/** Levenshtein distance, case-insensitive: how many one-character edits turn one name into the other. */
export function editDistance(a: string, b: string): number {
  const s = a.toLowerCase();
  const t = b.toLowerCase();
  let previous = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const current = [i];
    for (let j = 1; j <= t.length; j++) {
      current[j] = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, (previous[j - 1] as number) + (s[i - 1] === t[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[t.length] as number;
}

/**
 * The known name closest to a typo, as ESLint and git suggest one: within a third of its length (at least one edit),
 * and only when it is the single closest. Undefined when nothing is that close.
 */
export function didYouMean(typo: string, known: Iterable<string>): string | undefined {
  const limit = Math.max(1, Math.floor(typo.length / 3));
  let best: string | undefined;
  let bestDistance = Infinity;
  let tie = false;
  for (const name of known) {
    if (name.toLowerCase() === typo.toLowerCase()) continue;
    const distance = editDistance(typo, name);
    if (distance < bestDistance) [best, bestDistance, tie] = [name, distance, false];
    else if (distance === bestDistance && name !== best) tie = true;
  }
  return best !== undefined && bestDistance <= limit && !tie ? best : undefined;
}
