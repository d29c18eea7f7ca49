// The public list of the repositories layer, re-exported whole by the package's headless entry (src/index.ts).
// A `// Why:` comment says why the export statements below it (up to the next blank line) are public; the docs
// print it (docs/exports.md). What the layer shares only with the blocs (the scope computation, an org's
// descendants, the filters key prefix) is imported from its own file.

// Why: what the blocs depend on, created once per app and handed to every bloc: the session and the selected org
// scope are streams several blocs follow, and createAdminStateStorage keeps hydrated state on the server.
export { type AdminRepositories, createAdminRepositories } from './admin-repositories.js';
export { type AdminStateStorageOptions, createAdminStateStorage } from './admin-state-storage.js';
export { OrgScope, OrgScopeRepository, type OrgScopeRepositoryOptions } from './org-scope-repository.js';
export type { OrgTreeNode } from './org-tree.js';
export {
  SessionAuth,
  SessionRepository,
  type SessionRepositoryOptions,
  SessionRole,
  SignOutReason,
} from './session-repository.js';

// Why: the keys createAdminStateStorage keeps each bloc's state under (for an app that reads or clears one), and the
// tree an org list becomes, which a scope picker renders.
export { SELECTED_ORG_KEY, userFiltersKey } from './admin-state-storage.js';
export { buildOrgTree } from './org-tree.js';

// Why: one paged source per list endpoint (list(query, signal) → { items, total }, hiding page or cursor and the wire
// casing), which the list blocs load through; an app reads a whole list with them and allPages (the CSV export).
export {
  type ActivityQuery,
  type AuditQuery,
  activityLogSource,
  auditLogSource,
  type ContactListRow,
  contactsSource,
  type OrganizationsListQuery,
  type OrgSearchQuery,
  organizationsSource,
  type PeerMentorListRow,
  peerMentorsSource,
  type UsersQuery,
  usersSource,
} from './list-sources.js';
export { allPages, type Page, type PagedSource, type Paging } from './paged-source.js';
