const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text from a plan, safe in HTML text and in a quoted attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/** Plan text shown in full up to a size a page can hold; longer text is cut with an ellipsis. */
export function clip(text: string, max = 2000): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

/**
 * A fragment id made of letters, digits, `-` and `_` only: plan ids and item IDs are plan-controlled, so they never
 * go into an id or href as written. `taken` keeps the ids of one page unique.
 */
export function anchorFor(prefix: string, name: string, taken: Set<string>): string {
  const base = `${prefix}-${name.replace(/[^A-Za-z0-9_-]+/g, '-').slice(0, 80) || 'x'}`;
  let anchor = base;
  for (let n = 2; taken.has(anchor); n++) anchor = `${base}-${n}`;
  taken.add(anchor);
  return anchor;
}
