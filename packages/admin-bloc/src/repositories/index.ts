// Explicit export list of the repositories layer, re-exported by the package's headless entry.
export { type AdminRepositories, createAdminRepositories } from './admin-repositories.js';
export {
  type AdminStateStorageOptions,
  createAdminStateStorage,
  SELECTED_ORG_KEY,
  USER_FILTERS_KEY_PREFIX,
  userFiltersKey,
} from './admin-state-storage.js';
export {
  computeScope,
  OrgScope,
  OrgScopeRepository,
  type OrgScopeRepositoryOptions,
  type ScopeSession,
} from './org-scope-repository.js';
export { buildOrgTree, descendantIds, type OrgTreeNode } from './org-tree.js';
export {
  SessionAuth,
  SessionRepository,
  type SessionRepositoryOptions,
  SessionRole,
  SignOutReason,
} from './session-repository.js';
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
