import { buildOrgTree, type OrgNode, type SelectedOrgEvent, type SelectedOrgState } from 'admin-bloc';
import { useBlocState } from 'admin-bloc/react';
import { useMemo } from 'react';
import { SCOPE_PARAM } from './router.js';
import { useServices } from './services-context.js';
import { type UrlCodec, useUrlCodec } from './use-url-codec.js';

/** What the scope codec reads: the selection and the tree it is chosen from. */
export interface ScopeUrlState {
  readonly selected: SelectedOrgState;
  readonly nodes: readonly OrgNode[];
  readonly treeLoaded: boolean;
}

const rootOf = (nodes: readonly OrgNode[]) => buildOrgTree(nodes)[0]?.node.org_id ?? null;

/**
 * The org scope's URL codec: `?org=<id>` on every screen, the root's id for the whole tree, so a shared link shows
 * the sharer's scope (and a reload in mock mode, whose data starts afresh, keeps it). An org the tree does not hold
 * is replaced by the scope actually shown.
 *
 * @example
 * useUrlCodec(selectedOrg, { selected, nodes, treeLoaded }, scopeCodec);
 */
export const scopeCodec: UrlCodec<ScopeUrlState, { readonly org: string | null }, SelectedOrgEvent> = {
  parse: (params) => ({ org: params.get(SCOPE_PARAM) }),
  href({ org }, current) {
    const params = new URLSearchParams(current.search);
    if (org === null) params.delete(SCOPE_PARAM);
    else params.set(SCOPE_PARAM, org);
    const query = params.toString();
    return query === '' ? current.pathname : `${current.pathname}?${query}`;
  },
  shown({ selected, nodes, treeLoaded }) {
    const root = rootOf(nodes);
    if (!treeLoaded || root === null || selected.status !== 'success' || selected.saving) return null;
    return { org: selected.selectedOrgId ?? root };
  },
  step(asked, { selected, nodes, treeLoaded }) {
    const root = rootOf(nodes);
    if (!treeLoaded || root === null || selected.status === 'initial' || selected.status === 'loading')
      return 'waiting';
    if (asked.org === null || !nodes.some((node) => node.org_id === asked.org)) return 'shown';
    if (asked.org === (selected.selectedOrgId ?? root)) return 'shown';
    return asked.org === root
      ? { event: { type: 'selectedOrg/selectionCleared' } }
      : { event: { type: 'selectedOrg/nodeSelected', orgId: asked.org } };
  },
};

/** Keeps the org scope and the URL's `?org=` in step (the shell runs it while signed in). */
export function ScopeUrl() {
  const { selectedOrg, orgTree } = useServices();
  const selected = useBlocState(selectedOrg);
  const tree = useBlocState(orgTree);
  const state = useMemo(
    () => ({ selected, nodes: tree.nodes, treeLoaded: tree.status === 'success' }),
    [selected, tree.nodes, tree.status],
  );
  useUrlCodec(selectedOrg, state, scopeCodec);
  return null;
}
