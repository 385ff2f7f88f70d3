import type { Diagnostic } from '../types.js';
import { showControlCharacters } from '../text/escape.js';
import { severityWord } from './summary.js';
import type { Formatter } from './types.js';

/** Workflow command data: GitHub decodes %25, %0D and %0A back; anything else is shown as written. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Workflow command properties also end at `,` and `:`. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * GitHub Actions annotations: `::error file=F,line=L,col=C,endLine=..,endColumn=..,title=RULE::message`, one per
 * finding, with GitHub's escaping; the docs link goes in the message because annotations show it.
 */
export const github: Formatter = (results) => {
  const lines = results.flatMap((r) => r.diagnostics.map(command));
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
};

function command(d: Diagnostic): string {
  const properties = [
    `file=${escapeProperty(showControlCharacters(d.file))}`,
    `line=${d.start.line}`,
    `col=${d.start.column}`,
    `endLine=${d.end.line}`,
    `endColumn=${d.end.column}`,
    `title=${escapeProperty(`plan(${d.ruleId})`)}`,
  ];
  const message = d.docsUrl ? `${d.message}\n${d.docsUrl}` : d.message;
  return `::${severityWord(d)} ${properties.join(',')}::${escapeData(showControlCharacters(message))}`;
}
