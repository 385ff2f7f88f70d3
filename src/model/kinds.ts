import type { PlanKind } from './frontmatter-schema.js';

/**
 * How wide each kind of plan is: an account plan aligns to a territory or team plan, a territory plan to a team
 * plan, a team plan to a region or the company plan (contract §1).
 */
const KIND_RANK: Readonly<Record<PlanKind, number>> = { account: 0, territory: 1, team: 2, region: 3, company: 4 };

/** Whether a plan of kind `parent` is wider than one of kind `child`. */
export function isWiderKind(parent: PlanKind, child: PlanKind): boolean {
  return KIND_RANK[parent] > KIND_RANK[child];
}

/** The kinds wider than `kind`, the closest first. */
export function widerKinds(kind: PlanKind): PlanKind[] {
  return (Object.keys(KIND_RANK) as PlanKind[]).filter((k) => isWiderKind(k, kind)).sort((a, b) => KIND_RANK[a] - KIND_RANK[b]);
}
