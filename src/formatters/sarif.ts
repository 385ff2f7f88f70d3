import { isAbsolute } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic } from '../types.js';
import { version } from '../version.js';
import { severityWord } from './summary.js';
import type { Formatter } from './types.js';

const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const SOURCE_ROOT = '%SRCROOT%';

interface ReportingDescriptor {
  id: string;
  shortDescription: { text: string };
  helpUri?: string;
  defaultConfiguration?: { level: 'error' | 'warning' | 'none'; enabled?: boolean };
}

/**
 * SARIF 2.1.0, one run: every known rule in `tool.driver.rules` (so `ruleIndex` is stable between runs), results with
 * a relative URI against %SRCROOT% (the working directory), 1-based regions and an anchor fingerprint when the rule
 * gives one (GitHub code scanning then tracks a finding across line shifts).
 */
export const sarif: Formatter = (results, options) => {
  const rules: ReportingDescriptor[] = options.rules.map((rule) => ({
    id: rule.id,
    shortDescription: { text: rule.description },
    helpUri: rule.url,
    defaultConfiguration:
      rule.defaultSeverity === 'off' ? { level: 'none', enabled: false } : { level: rule.defaultSeverity === 'error' ? 'error' : 'warning' },
  }));
  const index = new Map(rules.map((rule, i) => [rule.id, i]));
  const diagnostics = results.flatMap((r) => r.diagnostics);
  for (const d of diagnostics) {
    if (index.has(d.ruleId)) continue;
    index.set(d.ruleId, rules.length);
    rules.push({ id: d.ruleId, shortDescription: { text: d.ruleId }, ...(d.docsUrl ? { helpUri: d.docsUrl } : {}) });
  }
  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'plan', version, informationUri: 'https://github.com/plan-lint/plan', rules } },
        originalUriBaseIds: { [SOURCE_ROOT]: { uri: pathToFileURL(options.cwd.endsWith('/') ? options.cwd : `${options.cwd}/`).href } },
        results: diagnostics.map((d) => toResult(d, index.get(d.ruleId)!)),
        columnKind: 'utf16CodeUnits',
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};

function toResult(d: Diagnostic, ruleIndex: number) {
  return {
    ruleId: d.ruleId,
    ruleIndex,
    level: severityWord(d),
    message: { text: d.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: artifactLocation(d.file),
          region: {
            startLine: d.start.line,
            startColumn: d.start.column,
            endLine: d.end.line,
            endColumn: Math.max(d.end.column, d.start.line === d.end.line ? d.start.column : 1),
          },
        },
      },
    ],
    ...(d.anchor ? { partialFingerprints: { 'planAnchor/v1': `${d.ruleId}:${d.anchor}` } } : {}),
  };
}

/** Relative paths become percent-encoded relative URIs under %SRCROOT%; paths outside it absolute file URIs. */
function artifactLocation(file: string): { uri: string; uriBaseId?: string } {
  if (isAbsolute(file)) return { uri: pathToFileURL(file).href };
  return { uri: file.split('/').map(encodeURIComponent).join('/'), uriBaseId: SOURCE_ROOT };
}
