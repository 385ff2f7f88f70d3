import matter from 'gray-matter';
import { CORE_SCHEMA, load } from 'js-yaml';

export interface FrontMatterProblem {
  message: string;
  line: number;
  column: number;
}

export interface FrontMatter {
  /** The file opens with a `---` block. */
  present: boolean;
  /** Parsed keys; empty when absent or broken. */
  data: Record<string, unknown>;
  /** 1-based line of each top-level key. */
  keyLines: Map<string, number>;
  /** Offset just past the closing delimiter line (0 when absent). */
  endOffset: number;
  problem?: FrontMatterProblem;
}

const OPEN = /^---[ \t]*(?:\r\n|\r|\n)/;
const CLOSE = /^(?:---|\.\.\.)[ \t]*$/;

// YAML 1.2 core schema: dates stay strings, no custom tags, no code; js-yaml's load is safe by design. js-yaml 4 (its
// maintained 4.x line): it reads a repo's front matters in half the time 5.x takes (1,000 plans: ~50 vs ~105 ms).
const yamlEngine = {
  parse: (input: string): object => load(input, { schema: CORE_SCHEMA }) as object,
  stringify: (): string => {
    throw new Error('not used');
  },
};

/**
 * `{ grayMatter: false }` hands the same block to the same engine without gray-matter's wrapping (a file object with a
 * Buffer copy of the text, its options merged twice per call), for the heads of a repo's other plans: in a one-plan
 * lint of a 1,000-plan repo gray-matter's own share was ~40 ms of CPU. The data and the problems are the same
 * (test/robustness/frontmatter-head.property.test.ts compares the two).
 */
export function parseFrontMatter(text: string, { grayMatter = true } = {}): FrontMatter {
  const none: FrontMatter = { present: false, data: {}, keyLines: new Map(), endOffset: 0 };
  const open = OPEN.exec(text);
  if (!open) return none;
  const close = closingLine(text, open[0].length);
  if (!close) {
    return { ...none, present: true, problem: { message: 'Front matter is not closed: add a line "---" after its last key', line: 1, column: 1 } };
  }
  const yamlText = text.slice(open[0].length, close.start);
  const endOffset = close.end;
  const keyLines = findKeyLines(yamlText);
  const broken = (problem: FrontMatterProblem): FrontMatter => ({ present: true, data: {}, keyLines, endOffset, problem });
  let data: unknown;
  try {
    // gray-matter returns {} for an empty block and hands anything else the engine made through as it is.
    // gray-matter splits on "\n" only: CR-only files (old Mac editors) get "\n" here, which keeps every line number.
    const block = text.slice(0, endOffset).replace(/\r\n?/g, '\n');
    data = grayMatter ? matter(block, { engines: { yaml: yamlEngine } } as never).data : parseLikeGrayMatter(block);
  } catch (error) {
    // gray-matter hands the engine the block from the newline after the opening "---", so mark.line 0 is file line 1.
    const mark = (error as { mark?: { line: number; column: number } }).mark;
    const reason = (error as { reason?: string }).reason ?? (error as Error).message;
    return broken({ message: `Front matter is not valid YAML: ${reason}`, line: (mark?.line ?? 0) + 1, column: (mark?.column ?? 0) + 1 });
  }
  if (data === null || data === undefined) data = {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    return broken({ message: 'Front matter must be a mapping of keys such as "kind: account", not a list or a single value', line: 2, column: 1 });
  }
  return { present: true, data: data as Record<string, unknown>, keyLines, endOffset };
}

/**
 * What gray-matter 4 makes of `file` (front matter with "\n" line ends, its opening line "---" and optional blanks):
 * the text from the end of "---" to the first "\n---" goes to the engine, unless it holds only comment lines.
 */
function parseLikeGrayMatter(file: string): unknown {
  const rest = file.slice(3);
  const close = rest.indexOf('\n---');
  const yaml = close === -1 ? rest : rest.slice(0, close);
  return yaml.replace(/^\s*#[^\n]+/gm, '').trim() === '' ? {} : yamlEngine.parse(yaml);
}

interface RawLine {
  start: number;
  end: number;
}

/** The first line from `from` on that closes the front matter; the lines after it are not looked at. */
function closingLine(text: string, from: number): RawLine | undefined {
  const re = /([^\r\n]*)(\r\n|\r|\n|$)/g;
  re.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) && m.index < text.length) {
    if (CLOSE.test(m[1]!)) return { start: m.index, end: m.index + m[0].length };
    if (m[0].length === 0) break;
  }
  return undefined;
}

function findKeyLines(yamlText: string): Map<string, number> {
  const keyLines = new Map<string, number>();
  yamlText.split(/\r\n|\r|\n/).forEach((line, index) => {
    const m = /^(["']?)([^\s#'":][^'":]*?)\1[ \t]*:(?:\s|$)/.exec(line);
    if (m && !keyLines.has(m[2]!)) keyLines.set(m[2]!, index + 2);
  });
  return keyLines;
}
