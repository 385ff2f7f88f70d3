import { InputError } from './source.js';

/** Lists and block quotes nested deeper than this are refused: no plan needs them, and the parser slows down. */
export const MAX_NESTING = 100;

/** List item lines (items and their fields) in one plan; a real plan has a few hundred. */
export const DEFAULT_MAX_LIST_ITEMS = 5_000;

/**
 * Refuses, before parsing, text that would take the parser and the rules minutes: lists or block quotes nested more
 * than MAX_NESTING deep (`> > >`, `- - -` on one line, or list items indented level after level: micromark's time per
 * line grows with the depth), or more list item lines than `maxListItems` (every goal costs the SMART rules date
 * parsing). The depth of a line is estimated from its markers and its indentation (two columns a level at least).
 */
export function checkLimits(text: string, maxListItems: number = DEFAULT_MAX_LIST_ITEMS, from = 0): void {
  let line = 1;
  let lineStart = 0;
  let listLines = 0;
  while (lineStart <= text.length) {
    // Lines before `from` (the front matter) only count towards line numbers.
    const { markers, indent } = lineStart >= from ? containersOpenedAt(text, lineStart) : { markers: 0, indent: 0 };
    const depth = markers > 0 ? markers + Math.floor(indent / 2) : 0;
    if (depth > MAX_NESTING) {
      throw new InputError(`nests lists or block quotes ${depth} deep; plan reads at most ${MAX_NESTING} levels`, line, 1);
    }
    if (markers > 0 && ++listLines > maxListItems) {
      throw new InputError(`has more than ${maxListItems} list items; plan reads at most that many (raise "maxListItems" in .planrc to read it)`, line, 1);
    }
    const next = nextLineStart(text, lineStart);
    if (next === -1) return;
    lineStart = next;
    line++;
  }
}

function nextLineStart(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) return i + 1;
    if (c === 13) return text.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
  }
  return -1;
}

const isBlank = (c: number) => c === 32 || c === 9;
const isBreakOrEnd = (text: string, i: number) => i >= text.length || isBlank(text.charCodeAt(i)) || text.charCodeAt(i) === 10 || text.charCodeAt(i) === 13;

/**
 * Counts the container markers at the start of a line (`>`, `-`/`+`/`*` or `1.`/`1)` followed by a blank) and the
 * columns of blank before the first one (a tab counts four).
 */
function containersOpenedAt(text: string, start: number): { markers: number; indent: number } {
  let count = 0;
  let i = start;
  let indent = 0;
  while (i < text.length && isBlank(text.charCodeAt(i))) indent += text.charCodeAt(i++) === 9 ? 4 : 1;
  for (;;) {
    while (i < text.length && isBlank(text.charCodeAt(i))) i++;
    const c = text.charCodeAt(i);
    if (c === 62 /* > */) {
      count++;
      i++;
    } else if ((c === 45 || c === 43 || c === 42) /* - + * */ && isBreakOrEnd(text, i + 1)) {
      count++;
      i++;
    } else {
      let j = i;
      while (j < text.length && j - i < 9 && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) j++;
      const d = text.charCodeAt(j);
      if (j > i && (d === 46 || d === 41) /* . ) */ && isBreakOrEnd(text, j + 1)) {
        count++;
        i = j + 1;
      } else {
        return { markers: count, indent };
      }
    }
  }
}
