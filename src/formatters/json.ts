import { resolve } from 'node:path';
import type { Formatter } from './types.js';

/** ESLint's JSON result shape, so that tools reading ESLint output read ours. */
export const json: Formatter = (results, options) =>
  `${JSON.stringify(
    results.map((result) => ({
      filePath: resolve(options.cwd, result.file),
      messages: result.diagnostics.map((d) => ({
        ruleId: d.ruleId,
        severity: d.severity === 'error' ? 2 : 1,
        message: d.message,
        line: d.start.line,
        column: d.start.column,
        endLine: d.end.line,
        endColumn: d.end.column,
        ...(d.fix ? { fix: d.fix } : {}),
      })),
      errorCount: result.errorCount,
      warningCount: result.warningCount,
      fixableErrorCount: result.diagnostics.filter((d) => d.fix && d.severity === 'error').length,
      fixableWarningCount: result.diagnostics.filter((d) => d.fix && d.severity === 'warn').length,
    })),
  )}\n`;
