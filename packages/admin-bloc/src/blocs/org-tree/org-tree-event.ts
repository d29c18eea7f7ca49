import type { SessionAuth } from '../../repositories/session-repository.js';

/**
 * What happens to the org tree: the session changed (signed in: load; signed out: forget), the coordinator
 * asked to reload, or typed in the tree's search box.
 *
 * @example
 * orgTree.add({ type: 'orgTree/searchChanged', query: 'haugaland sor' });
 */
export type OrgTreeEvent =
  | { readonly type: 'orgTree/authChanged'; readonly auth: SessionAuth }
  | { readonly type: 'orgTree/reloadRequested' }
  | { readonly type: 'orgTree/searchChanged'; readonly query: string };
