// Explicit export list of the blocs layer, re-exported by the package's headless entry.

export { ActivityLogBloc, type ActivityLogBlocOptions } from './activity-log/activity-log-bloc.js';
export type { ActivityLogEvent } from './activity-log/activity-log-event.js';
export {
  selectActiveActivityFilterCount,
  selectActivities,
  selectActivityLogForbidden,
  selectActivityPageCount,
} from './activity-log/activity-log-selectors.js';
export {
  ActivityLogFilters,
  ActivityLogPage,
  ActivityLogQueryState,
  ActivityLogState,
  initialActivityLogState,
  noActivityLogFilters,
} from './activity-log/activity-log-state.js';
export { AuditLogBloc, type AuditLogBlocOptions } from './audit-log/audit-log-bloc.js';
export type { AuditLogEvent } from './audit-log/audit-log-event.js';
export {
  selectActiveAuditFilterCount,
  selectAuditEntries,
  selectAuditLogForbidden,
  selectAuditPageCount,
} from './audit-log/audit-log-selectors.js';
export {
  AuditLogFilters,
  AuditLogPage,
  AuditLogQueryState,
  AuditLogState,
  AuditLogTextFilter,
  AuditLogTypedFilters,
  initialAuditLogState,
  noAuditLogFilters,
  noTypedAuditLogFilters,
} from './audit-log/audit-log-state.js';
export { ContactsBloc, type ContactsBlocOptions } from './contacts/contacts-bloc.js';
export type { ContactsEvent } from './contacts/contacts-event.js';
export {
  selectContactFieldError,
  selectContactRows,
  selectContactsForbidden,
  selectContactsPageCount,
  selectIsContactSearch,
} from './contacts/contacts-selectors.js';
export {
  ContactDetail,
  ContactRow,
  ContactsPage,
  ContactsQuery,
  ContactsState,
  initialContactsState,
} from './contacts/contacts-state.js';
export { DashboardBloc, type DashboardBlocOptions } from './dashboard/dashboard-bloc.js';
export type { DashboardEvent } from './dashboard/dashboard-event.js';
export {
  selectDashboardCards,
  selectIsReloading,
  selectSnapshotMatchesScope,
} from './dashboard/dashboard-selectors.js';
export { DashboardBlocState, initialDashboardState } from './dashboard/dashboard-state.js';
export { OrgTreeBloc, type OrgTreeBlocOptions } from './org-tree/org-tree-bloc.js';
export type { OrgTreeEvent } from './org-tree/org-tree-event.js';
export {
  selectOrgNode,
  selectOrgSearchHits,
  selectOrgTree,
  selectVisibleOrgTree,
} from './org-tree/org-tree-selectors.js';
export { initialOrgTreeState, OrgTreeState } from './org-tree/org-tree-state.js';
export {
  OrganizationsBloc,
  type OrganizationsBlocOptions,
} from './organizations/organizations-bloc.js';
export type { OrganizationsEvent } from './organizations/organizations-event.js';
export {
  selectOrganizations,
  selectOrganizationsForbidden,
  selectOrganizationsPageCount,
  selectOrganizationsStale,
} from './organizations/organizations-selectors.js';
export {
  initialOrganizationsState,
  OrganizationsPage,
  OrganizationsQuery,
  OrganizationsState,
} from './organizations/organizations-state.js';
export { PeerMentorsBloc, type PeerMentorsBlocOptions } from './peer-mentors/peer-mentors-bloc.js';
export type { PeerMentorsEvent } from './peer-mentors/peer-mentors-event.js';
export {
  selectAvailablePeerMentors,
  selectPeerMentorRows,
  selectPeerMentorsForbidden,
  selectPeerMentorsPageCount,
} from './peer-mentors/peer-mentors-selectors.js';
export {
  initialPeerMentorsState,
  PeerMentorRow,
  PeerMentorsPage,
  PeerMentorsQuery,
  PeerMentorsState,
} from './peer-mentors/peer-mentors-state.js';
export { PlatformBloc, type PlatformBlocOptions } from './platform/platform-bloc.js';
export type { PlatformEvent } from './platform/platform-event.js';
export {
  selectCanLoadMoreSessions,
  selectCanLoadMoreUsers,
  selectIsUserPending,
  selectPlatformForbidden,
  selectPlatformUsers,
} from './platform/platform-selectors.js';
export {
  initialPlatformState,
  noPlatformSessionFilters,
  PendingPlatformUserChange,
  PlatformLoadMoreState,
  PlatformSessionFilters,
  PlatformSessionsSection,
  PlatformState,
  PlatformStatsSection,
  PlatformUserMutationFailure,
  PlatformUsersPage,
  PlatformUsersQueryState,
} from './platform/platform-state.js';
export {
  EditState,
  FieldErrors,
  initialEditState,
  serverFieldErrors,
  validateFields,
} from './record-editing.js';
export { SelectedOrgBloc, type SelectedOrgBlocOptions } from './selected-org/selected-org-bloc.js';
export type { SelectedOrgEvent } from './selected-org/selected-org-event.js';
export { initialSelectedOrgState, SelectedOrgState } from './selected-org/selected-org-state.js';
export { SessionBloc, type SessionBlocOptions } from './session/session-bloc.js';
export type { SessionEvent } from './session/session-event.js';
export {
  selectIsAuthenticated,
  selectIsForbidden,
  selectIsSuperAdmin,
  selectSessionExpired,
} from './session/session-selectors.js';
export { initialSessionState, SessionState } from './session/session-state.js';
export {
  debouncedOn,
  Failure,
  FailureCode,
  type AuthSource,
  type FollowTarget,
  failureOf,
  foldSearchText,
  followStream,
  isAbort,
  isLoading,
  matchesSearchText,
  Status,
  systemTimers,
  type Timers,
  toFailure,
} from './shared/index.js';
export { UserImportBloc, type UserImportBlocOptions } from './user-import/user-import-bloc.js';
export type { UserImportEvent } from './user-import/user-import-event.js';
export { selectBulkInsertProgress } from './user-import/user-import-selectors.js';
export {
  BulkInsertJob,
  BulkInsertRow,
  initialUserImportState,
  UserImportState,
} from './user-import/user-import-state.js';
export { UserListBloc, type UserListBlocOptions } from './user-list/user-list-bloc.js';
export type { UserListEvent } from './user-list/user-list-event.js';
export {
  selectCanDeleteUsers,
  selectFilterKey,
  selectHasActiveFilters,
  selectIsUserSelected,
  selectPageCount,
  selectSelectedCount,
  selectUndoableDeletes,
  selectVisibleUsers,
} from './user-list/user-list-selectors.js';
export {
  BulkStatusChange,
  initialUserListState,
  PendingUserChange,
  UserChangeFailure,
  UserFilters,
  UserListQuery,
  UserListState,
  UserSelection,
  UserSort,
} from './user-list/user-list-state.js';
