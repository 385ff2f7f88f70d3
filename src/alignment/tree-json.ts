import type { Alignment, AlignmentGoal } from './build.js';

interface TreeNode extends Omit<AlignmentGoal, 'supportedBy' | 'supports'> {
  supportedBy: TreeNode[];
}

/** The alignment tree as nested JSON: top goals, each with the goals that support it, recursively. */
export function renderTreeJson(alignment: Alignment): string {
  const goals = new Map(alignment.goals.map((g) => [g.key, g]));
  const node = (key: string, path: ReadonlySet<string>): TreeNode => {
    const { supportedBy, supports: _supports, ...goal } = goals.get(key)!;
    return { ...goal, supportedBy: supportedBy.filter((k) => !path.has(k)).map((k) => node(k, new Set(path).add(k))) };
  };
  const tree = {
    plans: alignment.plans,
    tree: alignment.roots.map((key) => node(key, new Set([key]))),
    unaligned: alignment.unaligned.map((key) => node(key, new Set([key]))),
  };
  return `${JSON.stringify(tree, null, 2)}\n`;
}
