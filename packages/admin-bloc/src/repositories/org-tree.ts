import type { OrgNode } from '../contract/data.js';

/**
 * One org node with its children, as the org-nodes endpoint's flat list (each node naming its parent) is
 * turned into a tree. Children keep the server's order.
 *
 * @example
 * const tree: OrgTreeNode[] = buildOrgTree(nodes);
 * tree[0]?.node.name; // 'Stavanger Region'
 */
export interface OrgTreeNode {
  readonly node: OrgNode;
  readonly children: readonly OrgTreeNode[];
}

/**
 * Builds the forest of a flat org-node list: roots are nodes without a parent or whose parent is not in the
 * list (a scoped admin's list starts below the real root). Cycles cannot hang it: a node is placed once.
 *
 * @example
 * buildOrgTree([{ org_id: 'a', name: 'A', parent_org_id: null, level: 0 }, { org_id: 'b', name: 'B', parent_org_id: 'a', level: 1 }]);
 * // [{ node: A, children: [{ node: B, children: [] }] }]
 */
export function buildOrgTree(nodes: readonly OrgNode[]): OrgTreeNode[] {
  const ids = new Set(nodes.map((node) => node.org_id));
  const childrenOf = new Map<string, OrgNode[]>();
  for (const node of nodes) {
    if (node.parent_org_id === null || !ids.has(node.parent_org_id)) continue;
    const list = childrenOf.get(node.parent_org_id) ?? [];
    list.push(node);
    childrenOf.set(node.parent_org_id, list);
  }
  const placed = new Set<string>();
  const build = (node: OrgNode): OrgTreeNode => {
    placed.add(node.org_id);
    const children = (childrenOf.get(node.org_id) ?? []).filter((child) => !placed.has(child.org_id)).map(build);
    return { node, children };
  };
  return nodes.filter((node) => node.parent_org_id === null || !ids.has(node.parent_org_id)).map(build);
}

/**
 * The id of `orgId` and of every node below it in the flat list, in list order; empty when `orgId` is not
 * in the list.
 *
 * @example
 * descendantIds(nodes, 'org_tY2zLm'); // ['org_tY2zLm', 'org_xW7pNq', …]
 */
export function descendantIds(nodes: readonly OrgNode[], orgId: string): string[] {
  if (!nodes.some((node) => node.org_id === orgId)) return [];
  const inside = new Set([orgId]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const node of nodes) {
      if (node.parent_org_id !== null && inside.has(node.parent_org_id) && !inside.has(node.org_id)) {
        inside.add(node.org_id);
        grew = true;
      }
    }
  }
  return nodes.filter((node) => inside.has(node.org_id)).map((node) => node.org_id);
}
