import { InputError } from './source.js';

/** Lists and block quotes opened on one line beyond this are refused: no plan needs them, and the parser slows down. */
export const MAX_NESTING_PER_LINE = 100;

/**
 * Refuses text with a line that opens more than MAX_NESTING_PER_LINE block quotes or list items (`> > >`, `- - -`,
 * `1. 1.`): micromark's time grows with the square of that count, so 10,000 of them would hang the run.
 */
export function checkNesting(text: string): void {
  let line = 1;
  let lineStart = 0;
  while (lineStart <= text.length) {
    const depth = containersOpenedAt(text, lineStart);
    if (depth > MAX_NESTING_PER_LINE) {
      throw new InputError(`opens ${depth} nested lists or block quotes on one line; plan reads at most ${MAX_NESTING_PER_LINE}`, line, 1);
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

/** Counts the container markers at the start of a line: `>`, `-`/`+`/`*` or `1.`/`1)` followed by a blank. */
function containersOpenedAt(text: string, start: number): number {
  let count = 0;
  let i = start;
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
        return count;
      }
    }
  }
}
