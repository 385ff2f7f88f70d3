/** A small running plan for the actuals rules: FY2027 (calendar), goals and whatever sections a case adds. */
export function plan(body: string, frontMatter: Record<string, string> = {}): string {
  const fm = { id: 'acme-fy2027', kind: 'account', owner: 'Dana Reyes', period: 'FY2027', ...frontMatter };
  const head = Object.entries(fm)
    .map(([key, value]) => `${key}: ${value}`)
    .join('\n');
  return `---\n${head}\n---\n\n${body.trim()}\n`;
}

/** Line of the first line of `text` that contains `needle` (1-based). */
export function lineOf(text: string, needle: string, nth = 1): number {
  let seen = 0;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]!.includes(needle) && ++seen === nth) return i + 1;
  }
  throw new Error(`no line contains ${needle}`);
}
