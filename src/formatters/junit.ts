import type { Diagnostic, LintResult } from '../types.js';
import { severityWord } from './summary.js';
import type { Formatter } from './types.js';

/** XML 1.0 cannot carry most control characters even escaped: they become U+FFFD. Lone surrogates too. */
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export function escapeXml(text: string): string {
  return text
    .replace(NOT_XML, '\ufffd')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** In attributes, line breaks and tabs must be character references or XML parsers fold them into spaces. */
function attribute(text: string): string {
  return escapeXml(text).replace(/\r/g, '&#13;').replace(/\n/g, '&#10;').replace(/\t/g, '&#9;');
}

/** JUnit XML as CI servers read it: one testsuite per file, one failing testcase per finding, a passing one for a clean file. */
export const junit: Formatter = (results) => {
  const failures = results.reduce((n, r) => n + r.diagnostics.length, 0);
  const tests = results.reduce((n, r) => n + Math.max(r.diagnostics.length, 1), 0);
  const out = ['<?xml version="1.0" encoding="utf-8"?>', `<testsuites name="plan" tests="${tests}" failures="${failures}" errors="0">`];
  for (const result of results) out.push(...suite(result));
  out.push('</testsuites>');
  return `${out.join('\n')}\n`;
};

function suite(result: LintResult): string[] {
  const file = attribute(result.file);
  const count = result.diagnostics.length;
  const lines = [`  <testsuite name="${file}" tests="${Math.max(count, 1)}" failures="${count}" errors="0" skipped="0">`];
  if (count === 0) lines.push(`    <testcase classname="${file}" name="${file}" time="0"/>`);
  for (const d of result.diagnostics) lines.push(...testcase(d));
  lines.push('  </testsuite>');
  return lines;
}

function testcase(d: Diagnostic): string[] {
  const where = `${d.file}:${d.start.line}:${d.start.column}`;
  const body = [`${severityWord(d)} at ${where}`, d.message, ...(d.docsUrl ? [d.docsUrl] : [])].join('\n');
  return [
    `    <testcase classname="${attribute(d.file)}" name="${attribute(`${where} ${d.ruleId}`)}" time="0">`,
    `      <failure type="${attribute(d.ruleId)}" message="${attribute(d.message)}">${escapeXml(body)}</failure>`,
    '    </testcase>',
  ];
}
