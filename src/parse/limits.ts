import { InputError } from './source.js';

/**
 * Lists and block quotes nested deeper than this are refused: no plan needs them (a plan nests three or four), and
 * micromark's time per line grows with the depth (1,000 list lines nested 50 deep took 1.3 s of CPU).
 */
export const MAX_NESTING = 32;

/**
 * List item lines (items and their fields) in one plan; a large real plan has a hundred. micromark's time grows with
 * the square of the list items (each nested list that closes copies the event list): 1,000 take under a second,
 * 5,000 took 12-22 s.
 */
export const DEFAULT_MAX_LIST_ITEMS = 1_000;

/**
 * Characters that open inline Markdown (`[`, `<`, `*`, `_`, backtick) in one plan. micromark keeps several events for
 * each unmatched one: 500,000 `[` took 5 s and 0.8 GB, and 25,000 in paragraphs of 250 took 1.9 s. A real plan has
 * hundreds (the examples, the test fixtures and the bench corpus: at most 112).
 */
export const MAX_INLINE_MARKERS = 10_000;

/**
 * `[` in one paragraph, counted from a blank line or a bullet item to the next (a paragraph never spans more).
 * micromark looks for the end of a link from each `[` to the end of its paragraph (`[a](` repeated is quadratic:
 * 32 KB took 2 s), so a paragraph is kept well short of that.
 */
export const MAX_BRACKETS_PER_BLOCK = 250;

/**
 * Refuses, before parsing, text that would take the parser and the rules minutes: lists or block quotes nested more
 * than MAX_NESTING deep (`> > >`, `- - -` on one line, or list items indented level after level: micromark's time per
 * line grows with the depth), or more list item lines than `maxListItems` (every goal costs the SMART rules date
 * parsing). The depth of a line is estimated from its markers and its indentation (two columns a level at least).
 */
export function checkLimits(text: string, maxListItems: number = DEFAULT_MAX_LIST_ITEMS, from = 0): void {
  if (!clearlyWithinLimits(text, maxListItems, from)) checkLimitsByLine(text, maxListItems, from);
}

/** checkLimits' count, line by line: the line and the limit a text goes past. */
export function checkLimitsByLine(text: string, maxListItems: number, from: number): void {
  let line = 1;
  let lineStart = 0;
  let listLines = 0;
  let inlineMarkers = 0;
  let blockBrackets = 0;
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
    if (lineStart >= from) {
      const counts = inlineMarkersIn(text, lineStart, next === -1 ? text.length : next);
      if (counts.blank || counts.bullet) blockBrackets = 0;
      inlineMarkers += counts.markers;
      blockBrackets += counts.brackets;
      if (blockBrackets > MAX_BRACKETS_PER_BLOCK) {
        throw new InputError(
          `has more than ${MAX_BRACKETS_PER_BLOCK} "[" in one paragraph; plan reads at most that many (a blank line starts a new one)`,
          line,
          1,
        );
      }
      if (inlineMarkers > MAX_INLINE_MARKERS) {
        throw new InputError(`has more than ${MAX_INLINE_MARKERS} of the characters [ < * _ \`; plan reads at most that many`, line, 1);
      }
    }
    if (next === -1) return;
    lineStart = next;
    line++;
  }
}

/**
 * A line nested more than MAX_NESTING deep opens with more than MAX_NESTING / 2 of these characters (a tab is two levels,
 * `>` one).
 * The `m` flag also starts lines after other line terminators, which only makes the check more careful.
 */
const DEEP_LINE_START = new RegExp(`^[ \\t>*+\\-0-9.)]{${Math.ceil((MAX_NESTING + 1) / 2)}}`, 'm');

/**
 * Whether the text as a whole stays under every limit, counted with indexOf (native, no allocation): a plan always
 * does, and the line-by-line count is for the rest. 1,000 corpus plans: the line-by-line count took 91 ms in a
 * one-plan lint of their repo; a pass over every character 51 ms, and indexOf 22 ms, warm.
 * It may say no to a text within the limits (a deep line in the front matter, CRLF counted twice), never yes to one past.
 */
export function clearlyWithinLimits(text: string, maxListItems: number, from: number): boolean {
  const brackets = countOf(text, '[', from, MAX_BRACKETS_PER_BLOCK);
  if (brackets > MAX_BRACKETS_PER_BLOCK) return false;
  let markers = brackets;
  for (const marker of ['<', '*', '_', '`']) {
    markers += countOf(text, marker, from, MAX_INLINE_MARKERS - markers);
    if (markers > MAX_INLINE_MARKERS) return false;
  }
  const lines = 1 + countOf(text, '\n', from, maxListItems) + countOf(text, '\r', from, maxListItems);
  return lines <= maxListItems && !DEEP_LINE_START.test(text);
}

/** How many times `char` occurs from `from` on, counted up to one past `limit`. */
function countOf(text: string, char: string, from: number, limit: number): number {
  let count = 0;
  for (let i = text.indexOf(char, from); i !== -1 && count <= limit; i = text.indexOf(char, i + 1)) count++;
  return count;
}

/** The inline markers and `[` on one line, and whether it is blank (which ends a paragraph). */
function inlineMarkersIn(text: string, start: number, end: number): { markers: number; brackets: number; blank: boolean; bullet: boolean } {
  let markers = 0;
  let brackets = 0;
  let blank = true;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 91 /* [ */) {
      brackets++;
      markers++;
    } else if (c === 60 /* < */ || c === 42 /* * */ || c === 95 /* _ */ || c === 96 /* ` */) markers++;
    if (blank && c !== 32 && c !== 9 && c !== 10 && c !== 13) blank = false;
  }
  return { markers, brackets, blank, bullet: startsBulletItem(text, start, end) };
}

/** `- x`, `+ x` or `* x`: a bullet item with content always starts a new paragraph (an ordered one may not). */
function startsBulletItem(text: string, start: number, end: number): boolean {
  let i = start;
  while (i < end && isBlank(text.charCodeAt(i))) i++;
  const c = text.charCodeAt(i);
  if (!(c === 45 || c === 43 || c === 42) || !isBlank(text.charCodeAt(i + 1))) return false;
  for (let j = i + 2; j < end; j++) if (!isBlank(text.charCodeAt(j)) && text.charCodeAt(j) !== 10 && text.charCodeAt(j) !== 13) return true;
  return false;
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
    if (c === 62 /* > */ || ((c === 45 || c === 43 || c === 42) /* - + * */ && isBreakOrEnd(text, i + 1))) {
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
