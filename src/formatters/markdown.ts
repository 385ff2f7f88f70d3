import type { Diagnostic } from '../types.js';
import { plural, severityWord, totals } from './summary.js';
import { showControlCharacters } from '../text/escape.js';
import type { Formatter } from './types.js';

/**
 * Text for one table cell of GitHub-flavoured Markdown: HTML and Markdown syntax shown literally, `|` escaped (even
 * inside code, GFM splits cells at it), line breaks as <br>.
 */
export function escapeCell(text: string): string {
  return showControlCharacters(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]#~|!])/g, '\\$1')
    .replace(/\r\n|\r|\n/g, '<br>');
}

/** A summary for a pull request comment or $GITHUB_STEP_SUMMARY: counts, then a table of findings. */
export const markdown: Formatter = (results) => {
  const t = totals(results);
  const out = ['## plan lint', ''];
  if (t.errors + t.warnings === 0) {
    out.push(`No problems in ${plural(t.files, 'plan')}.`);
    return `${out.join('\n')}\n`;
  }
  out.push(
    `**${plural(t.errors, 'error')}**, **${plural(t.warnings, 'warning')}** in ${plural(t.filesWithFindings, 'plan')} (${plural(t.files, 'plan')} checked).`,
    '',
  );
  out.push('| Plan | Line | Severity | Rule | Message |', '| --- | ---: | --- | --- | --- |');
  for (const d of results.flatMap((r) => r.diagnostics)) out.push(row(d));
  return `${out.join('\n')}\n`;
};

function row(d: Diagnostic): string {
  const rule = d.docsUrl ? `[${escapeCell(d.ruleId)}](${encodeURI(d.docsUrl).replace(/\(/g, '%28').replace(/\)/g, '%29')})` : escapeCell(d.ruleId);
  return `| ${escapeCell(d.file)} | ${d.start.line}:${d.start.column} | ${severityWord(d)} | ${rule} | ${escapeCell(d.message)} |`;
}
