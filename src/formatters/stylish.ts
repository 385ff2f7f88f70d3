import { Chalk } from 'chalk';
import { escapeTerminal } from '../text/escape.js';
import { rulesWithDocs, severityWord } from './summary.js';
import type { Formatter } from './types.js';

/** ESLint's default look: findings grouped by file, then a summary line. */
export const stylish: Formatter = (results, options) => {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const out: string[] = [];
  let errors = 0;
  let warnings = 0;
  for (const result of results) {
    if (result.diagnostics.length === 0) continue;
    errors += result.errorCount;
    warnings += result.warningCount;
    const rows = result.diagnostics.map((d) => ({
      where: `${d.start.line}:${d.start.column}`,
      severity: severityWord(d),
      message: escapeTerminal(d.message),
      ruleId: d.ruleId,
    }));
    const whereWidth = Math.max(...rows.map((r) => r.where.length));
    const messageWidth = Math.max(...rows.map((r) => r.message.length));
    out.push(c.underline(escapeTerminal(result.file)));
    for (const row of rows) {
      const severity = row.severity === 'error' ? c.red(row.severity.padEnd(7)) : c.yellow(row.severity.padEnd(7));
      out.push(`  ${c.dim(row.where.padStart(whereWidth))}  ${severity}  ${row.message.padEnd(messageWidth)}  ${c.dim(row.ruleId)}`);
    }
    out.push('');
  }
  const total = errors + warnings;
  if (total === 0) return '';
  const summary = `\u2716 ${total} problem${total === 1 ? '' : 's'} (${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'})`;
  out.push(errors > 0 ? c.red.bold(summary) : c.yellow.bold(summary));
  const docs = rulesWithDocs(results);
  if (docs.length > 0) {
    // Each rule once, with the page that says why it exists and how to fix what it reports.
    const idWidth = Math.max(...docs.map((d) => d.ruleId.length));
    out.push('', c.dim('Rule documentation:'));
    for (const { ruleId, docsUrl } of docs) out.push(`  ${ruleId.padEnd(idWidth)}  ${c.dim(escapeTerminal(docsUrl))}`);
  }
  return `${out.join('\n')}\n`;
};
