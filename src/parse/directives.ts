import type { RootContent } from 'mdast';
import { walk } from './plain-text.js';

/** Decides whether inline `<!-- plan-lint-... -->` comments silence a rule on a line. */
export type Suppression = (ruleId: string, line: number) => boolean;

export interface Directive {
  kind: 'disable' | 'enable' | 'disable-line' | 'disable-next-line';
  /** Empty means every rule. */
  rules: string[];
  line: number;
  endLine: number;
}

const DIRECTIVE = /<!--\s*plan-lint-(disable-next-line|disable-line|disable|enable)\b([\s\S]*?)-->/g;

/** The directives in HTML comments anywhere among these nodes. */
export function readDirectives(nodes: RootContent[]): Directive[] {
  const directives: Directive[] = [];
  walk(nodes, (node) => {
    if (node.type !== 'html') return;
    for (const m of node.value.matchAll(DIRECTIVE)) {
      const rules = m[2]!
        .split(/[\s,]+/)
        .map((r) => r.trim())
        .filter((r) => r !== '' && r !== '--');
      directives.push({ kind: m[1] as Directive['kind'], rules, line: node.position!.start.line, endLine: node.position!.end.line });
    }
  });
  return directives;
}

export function suppressionOf(found: readonly Directive[]): Suppression {
  if (found.length === 0) return () => false;
  const directives = [...found].sort((a, b) => a.line - b.line);
  const names = (d: Directive, ruleId: string) => d.rules.length === 0 || d.rules.includes(ruleId);
  return (ruleId, line) => {
    let disabled = false;
    for (const d of directives) {
      if (d.kind === 'disable-line' && d.line <= line && line <= d.endLine && names(d, ruleId)) return true;
      if (d.kind === 'disable-next-line' && line === d.endLine + 1 && names(d, ruleId)) return true;
      if (d.line > line) continue;
      if (d.kind === 'disable' && names(d, ruleId)) disabled = true;
      if (d.kind === 'enable' && names(d, ruleId)) disabled = false;
    }
    return disabled;
  };
}
