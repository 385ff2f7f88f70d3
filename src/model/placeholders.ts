/** Markers that templates leave for the writer to replace; text carrying one is not yet content. */
const PLACEHOLDER = /\b(?:TODO|TBD|FIXME|XXX)\b|lorem ipsum/;

export function isPlaceholder(text: string): boolean {
  return PLACEHOLDER.test(text);
}
