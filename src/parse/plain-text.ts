import type { Nodes } from 'mdast';

/**
 * The text of an mdast node, as mdast-util-to-string gives it (values, image alts, HTML included), but walked with
 * an explicit stack: a hostile file can nest thousands of lists or quotes, which overflows a recursive walk.
 */
export function plainText(node: Nodes | Nodes[]): string {
  const out: string[] = [];
  const stack: Nodes[] = Array.isArray(node) ? [...node].reverse() : [node];
  while (stack.length > 0) {
    const current = stack.pop()!;
    if ('value' in current) out.push(current.value);
    else if ('alt' in current && current.alt) out.push(current.alt);
    else if ('children' in current) for (let i = current.children.length - 1; i >= 0; i--) stack.push(current.children[i]!);
  }
  return out.join('');
}

/** Visits every node below `nodes` in document order without recursion. */
export function walk(nodes: readonly Nodes[], visit: (node: Nodes) => void): void {
  const stack: Nodes[] = [...nodes].reverse();
  while (stack.length > 0) {
    const current = stack.pop()!;
    visit(current);
    if ('children' in current) for (let i = current.children.length - 1; i >= 0; i--) stack.push(current.children[i]!);
  }
}
