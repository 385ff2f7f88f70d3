/** A 1-based line and column in the whole file (front matter included). */
export interface Point {
  line: number;
  column: number;
}

export interface Span {
  start: Point;
  end: Point;
}

/**
 * A place on one line: the line, and the columns it starts and ends at (the end exclusive, as a Span's). Numbers, not
 * a Span: a plan's summary holds one per item and reference, and --cache parses a repo's worth of them back (1,000
 * plans: the cache 10.4 -> 9.6 MB, reading it ~177 -> ~131 ms, the fastest of 9 cached re-lints).
 */
export interface LinePlace {
  line: number;
  column: number;
  endColumn: number;
}

export type Severity = 'error' | 'warn';
export type SeveritySetting = Severity | 'off';

/** A fix is data: replace the text between two offsets of the decoded source (BOM excluded). */
export interface Fix {
  range: [number, number];
  text: string;
}

/** The one finding type used by rules, engine, formatters and the library API. */
export interface Diagnostic {
  ruleId: string;
  severity: Severity;
  /** The final text, formatted by the engine from the rule's meta.messages. */
  message: string;
  /** The key of that message in the rule's meta.messages. */
  messageId?: string;
  file: string;
  start: Point;
  end: Point;
  fix?: Fix;
  /** Link to the rule's documentation, added by the engine. */
  docsUrl?: string;
  /** A line-independent anchor (item ID or section key), for baselines and diffs. */
  anchor?: string;
}

/** Everything found in one file. */
export interface LintResult {
  file: string;
  diagnostics: Diagnostic[];
  errorCount: number;
  warningCount: number;
  /** The plan's text; absent when its findings came from --cache unchanged (the file was hashed, not decoded). */
  source?: string;
}
