import type { OrgNode } from '../../contract/data.js';
import { buildOrgTree, type OrgTreeNode } from '../../repositories/org-tree.js';
import { foldSearchText } from '../shared/text.js';
import type { OrgTreeState } from './org-tree-state.js';

const trees = new WeakMap<readonly OrgNode[], OrgTreeNode[]>();

/**
 * The whole tree built from the flat list; the same array for the same nodes, so views can compare by identity.
 *
 * @example
 * selectOrgTree(state)[0]?.node.name; // 'Stavanger Region'
 */
export function selectOrgTree(state: OrgTreeState): OrgTreeNode[] {
  let tree = trees.get(state.nodes);
  if (!tree) {
    tree = buildOrgTree(state.nodes);
    trees.set(state.nodes, tree);
  }
  return tree;
}

/**
 * The tree cut down to the nodes whose name contains the search text (case- and accent-insensitive: "sor"
 * finds "Sør") and their ancestors, so every hit is shown where it sits. The whole tree without a search.
 *
 * @example
 * selectVisibleOrgTree({ ...state, query: 'haugaland sor' }); // root → Rogaland Nord → Haugaland Sør og Vest
 */
export function selectVisibleOrgTree(state: OrgTreeState): OrgTreeNode[] {
  const tree = selectOrgTree(state);
  const needle = foldSearchText(state.query);
  if (needle === '') return tree;
  const prune = (branch: OrgTreeNode): OrgTreeNode | null => {
    const children = branch.children.map(prune).filter((child): child is OrgTreeNode => child !== null);
    if (children.length > 0 || foldSearchText(branch.node.name).includes(needle))
      return { node: branch.node, children };
    return null;
  };
  return tree.map(prune).filter((branch): branch is OrgTreeNode => branch !== null);
}

/**
 * The ids of the nodes the search matches (for highlighting), empty without a search.
 *
 * @example
 * selectOrgSearchHits({ ...state, query: 'nord' }); // ['org_tY2zLm']
 */
export function selectOrgSearchHits(state: OrgTreeState): string[] {
  const needle = foldSearchText(state.query);
  if (needle === '') return [];
  return state.nodes.filter((node) => foldSearchText(node.name).includes(needle)).map((node) => node.org_id);
}

/**
 * A node by id, for showing the selected node's name.
 *
 * @example
 * selectOrgNode(state, 'org_tY2zLm')?.name; // 'Rogaland Nord'
 */
export function selectOrgNode(state: OrgTreeState, orgId: string | null): OrgNode | undefined {
  return orgId === null ? undefined : state.nodes.find((node) => node.org_id === orgId);
}
