import type { Rule } from '../rules/define.js';
import { optionDocs } from './rule-options.js';

const SCOPE = { plan: 'each plan on its own', repo: 'all plans of the run together' } as const;

/** `plan rules`: one line per rule, aligned: id, default severity, fixable, description. */
export function rulesTable(rules: readonly Rule[]): string {
  const idWidth = Math.max(...rules.map((r) => r.id.length), 'rule'.length);
  const header = `${'rule'.padEnd(idWidth)}  default  fixable  description`;
  const rows = rules.map((r) => `${r.id.padEnd(idWidth)}  ${r.defaultSeverity.padEnd(7)}  ${(r.fixable ? 'yes' : 'no').padEnd(7)}  ${r.description}`);
  return `${[header, ...rows].join('\n')}\n`;
}

/** `plan rules --format json`. */
export function rulesJson(rules: readonly Rule[]): string {
  const list = rules.map((r) => ({
    id: r.id,
    defaultSeverity: r.defaultSeverity,
    fixable: r.fixable,
    scope: r.scope,
    description: r.description,
    docsUrl: r.url,
  }));
  return `${JSON.stringify(list, null, 2)}\n`;
}

function optionLines(rule: Rule): string[] {
  return optionDocs(rule).map((o) => {
    const fallback = o.default === undefined ? '' : `, default ${JSON.stringify(o.default)}`;
    return `${o.name} (${o.type}${fallback})${o.description ? `: ${o.description}` : ''}`;
  });
}

function indent(text: string, prefix = '    '): string {
  return text
    .split('\n')
    .map((line) => (line ? `${prefix}${line}` : line))
    .join('\n');
}

/** `plan explain RULE`: what it reports, why, its options, a failing and a passing example. */
export function explainText(rule: Rule): string {
  const out = [
    `${rule.id}: ${rule.description}`,
    '',
    `Default severity: ${rule.defaultSeverity}. Fixable: ${rule.fixable ? 'yes (plan lint --fix)' : 'no'}. Checks ${SCOPE[rule.scope]}.`,
    '',
    'Why:',
    indent(rule.docs?.rationale ?? rule.description, '  '),
    '',
    'Options:',
  ];
  const options = optionLines(rule);
  out.push(...(options.length > 0 ? options.map((line) => `  ${line}`) : ['  none']));
  if (rule.docs?.invalid) out.push('', 'Reported:', indent(rule.docs.invalid));
  if (rule.docs?.valid) out.push('', 'Not reported:', indent(rule.docs.valid));
  out.push('', `Turn it off: "rules: { ${rule.id}: off }" in .planrc.yaml, or <!-- plan-lint-disable-next-line ${rule.id} --> above a line.`);
  out.push(`More: ${rule.url}`);
  return `${out.join('\n')}\n`;
}

/** A fence longer than any backtick run in the example, so examples can hold code. */
function fenced(text: string, language: string): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}${language}\n${text}\n${fence}`;
}

/** docs/rules/RULE.md, generated from the same metadata as `plan explain`. */
export function ruleMarkdown(rule: Rule): string {
  const out = [
    "<!-- Generated from the rule's metadata by `npm run generate`; edit src/rules/, not this file. -->",
    `# ${rule.id}`,
    '',
    `${rule.description}.`,
    '',
    '| Default severity | Fixable | Checks |',
    '| --- | --- | --- |',
    `| ${rule.defaultSeverity} | ${rule.fixable ? 'yes (`plan lint --fix`)' : 'no'} | ${SCOPE[rule.scope]} |`,
    '',
    '## Why',
    '',
    rule.docs?.rationale ?? rule.description,
    '',
    '## Options',
    '',
  ];
  const options = optionDocs(rule);
  if (options.length === 0) out.push('None.');
  else {
    out.push('| Option | Type | Default | Description |', '| --- | --- | --- | --- |');
    for (const o of options) {
      const cell = (s: string) => s.replace(/\|/g, '\\|');
      out.push(
        `| \`${o.name}\` | ${cell(o.type)} | ${o.default === undefined ? '' : `\`${cell(JSON.stringify(o.default))}\``} | ${cell(o.description ?? '')} |`,
      );
    }
    out.push(
      '',
      '```yaml',
      'rules:',
      `  ${rule.id}: [${rule.defaultSeverity}, { ${options.map((o) => `${o.name}: ${JSON.stringify(o.default ?? null)}`).join(', ')} }]`,
      '```',
    );
  }
  if (rule.docs?.invalid || rule.docs?.valid) out.push('', '## Examples');
  if (rule.docs?.invalid) out.push('', 'Reported:', '', fenced(rule.docs.invalid, 'markdown'));
  if (rule.docs?.valid) out.push('', 'Not reported:', '', fenced(rule.docs.valid, 'markdown'));
  out.push(
    '',
    '## Turning it off',
    '',
    '```yaml',
    '# .planrc.yaml',
    'rules:',
    `  ${rule.id}: off`,
    '```',
    '',
    `Or for one line of a plan: \`<!-- plan-lint-disable-next-line ${rule.id} -->\`.`,
  );
  return `${out.join('\n')}\n`;
}

/** docs/rules/README.md: the index. */
export function rulesIndexMarkdown(rules: readonly Rule[]): string {
  const out = [
    "<!-- Generated from the rules' metadata by `npm run generate`; edit src/rules/, not this file. -->",
    '# Rules',
    '',
    '| Rule | Default | Fixable | What it reports |',
    '| --- | --- | --- | --- |',
    ...rules.map((r) => `| [${r.id}](${r.id}.md) | ${r.defaultSeverity} | ${r.fixable ? 'yes' : ''} | ${r.description} |`),
  ];
  return `${out.join('\n')}\n`;
}
