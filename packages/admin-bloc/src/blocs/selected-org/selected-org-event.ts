import type { SessionAuth } from '../../repositories/session-repository.js';

/**
 * What happens to the selected org node: the coordinator picked a node or cleared the selection, or the
 * session changed (signed in: restore the selection from the server; signed out: forget it).
 *
 * @example
 * selectedOrg.add({ type: 'selectedOrg/nodeSelected', orgId: 'org_tY2zLm' });
 */
export type SelectedOrgEvent =
  | { readonly type: 'selectedOrg/authChanged'; readonly auth: SessionAuth }
  | { readonly type: 'selectedOrg/restoreRequested' }
  | { readonly type: 'selectedOrg/nodeSelected'; readonly orgId: string }
  | { readonly type: 'selectedOrg/selectionCleared' };
