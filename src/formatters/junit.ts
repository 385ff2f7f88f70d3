import type { Diagnostic, LintResult } from '../types.js';
import { severityWord, totals } from './summary.js';
import type { Formatter } from './types.js';

/** XML 1.0 cannot carry most control characters even escaped: they become U+FFFD. Lone surrogates too. */
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export function escapeXml(text: string): string {
  return text.replace(NOT_XML, '\ufffd').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/** In attributes, line breaks and tabs must be character references or XML parsers fold them into spaces. */
function attribute(text: string): string {
  return escapeXml(text).replace(/\r/g, '&#13;').replace(/\n/g, '&#10;').replace(/\t/g, '&#9;');
}

/**
 * JUnit XML as CI servers read it: one testcase per plan. A plan with errors fails; warnings alone do not, as they do
 * not fail the lint, unless there are more of them than --max-warnings allows (then every plan with warnings fails).
 * Each finding is listed, errors in the failure, the rest in the testcase's system-out.
 */
export const junit: Formatter = (results, options) => {
  const { warnings } = totals(results);
  const tooManyWarnings = options.maxWarnings !== undefined && warnings > options.maxWarnings;
  const cases = results.map((result) => testcase(result, tooManyWarnings ? options.maxWarnings : undefined));
  const failures = cases.filter((c) => c.failed).length;
  const counts = `tests="${results.length}" failures="${failures}" errors="0"`;
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<testsuites name="plan" ${counts}>`,
    `  <testsuite name="plan lint" ${counts} skipped="0">`,
    ...cases.flatMap((c) => c.lines),
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
};

function testcase(result: LintResult, maxWarnings: number | undefined): { failed: boolean; lines: string[] } {
  const file = attribute(result.file);
  const errors = result.diagnostics.filter((d) => d.severity === 'error');
  const others = result.diagnostics.filter((d) => d.severity !== 'error');
  const open = `    <testcase classname="plan lint" name="${file}" file="${file}" time="0"`;
  if (result.diagnostics.length === 0) return { failed: false, lines: [`${open}/>`] };
  const lines = [`${open}>`];
  let failed = true;
  if (errors.length > 0) {
    const message = `${errors.length} error${errors.length === 1 ? '' : 's'}${others.length > 0 ? `, ${others.length} warning${others.length === 1 ? '' : 's'}` : ''}`;
    lines.push(`      <failure type="error" message="${message}">${escapeXml(result.diagnostics.map(finding).join('\n\n'))}</failure>`);
  } else if (maxWarnings !== undefined) {
    const message = `${others.length} warning${others.length === 1 ? '' : 's'} (the run has more than --max-warnings ${maxWarnings})`;
    lines.push(`      <failure type="warning" message="${message}">${escapeXml(others.map(finding).join('\n\n'))}</failure>`);
  } else {
    failed = false;
    lines.push(`      <system-out>${escapeXml(others.map(finding).join('\n\n'))}</system-out>`);
  }
  lines.push('    </testcase>');
  return { failed, lines };
}

/** One finding as CI shows it in a failure or the output: where, what, which rule, its documentation. */
function finding(d: Diagnostic): string {
  return [`${severityWord(d)} at ${d.file}:${d.start.line}:${d.start.column} (${d.ruleId})`, d.message, ...(d.docsUrl ? [d.docsUrl] : [])].join('\n');
}
